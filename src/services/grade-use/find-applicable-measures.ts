import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { loadMeasureCatalog, type Measure } from './grade-use-settings.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

export interface ApplicableMeasures {
  uscc: string;
  name: string;
  grade: string | null;
  scene: string;
  sceneLabel: string;
  measures: Measure[];
  /** The audit event that logged this answer (every answer is logged: who asked, for what, what was answered). */
  auditSeq: number;
}

/**
 * 资源挂接 (001 §二(七)表 9): a department's system asks which measures apply to an enterprise in a scene and gets
 * them with their basis. The answer follows the enterprise's current grade; an enterprise never evaluated gets none.
 */
export async function findApplicableMeasures(
  db: Kysely<Database>,
  input: { uscc: string; scene: string; actor: string },
): Promise<ApplicableMeasures> {
  const catalog = loadMeasureCatalog();
  const scene = catalog.scenes.find((row) => row.code === input.scene);
  if (!scene)
    throw new AppError(
      'INVALID_INPUT',
      `场景（scene）“${input.scene}”不存在，可选：${catalog.scenes.map((row) => `${row.code}(${row.label})`).join('、')}`,
    );
  const uscc = normalizeUscc(input.uscc);
  const enterprise = await requireEnterprise(db, uscc);
  const grade = (await findCurrentGrades(db, [enterprise.id])).get(Number(enterprise.id))?.grade ?? null;
  const measures = grade
    ? catalog.measures.filter((measure) => measure.scenes.includes(scene.code) && measure.grades.includes(grade))
    : [];
  const event = await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: input.actor,
      action: 'measures.queried',
      subjectType: 'enterprise',
      subjectId: enterprise.uscc,
      payload: { scene: scene.code, grade, measures: measures.map((measure) => measure.code) },
    }),
  );
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    grade,
    scene: scene.code,
    sceneLabel: scene.label,
    measures,
    auditSeq: event.seq,
  };
}
