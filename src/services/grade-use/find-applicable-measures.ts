import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { withReferenceText } from '../../domain/readable-reference.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { type EnterpriseCategory, findDishonestyCategories } from './find-dishonesty-categories.ts';
import { loadMeasureCatalog, type Measure } from './grade-use-settings.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

/** A measure in an answer, with what triggered it: the grade, the categories of dishonesty (with their records), or both. */
export interface ApplicableMeasure extends Measure {
  /** The reference as a person reads it. */
  referenceText: string;
  triggeredBy: {
    /** The enterprise's grade when the measure applies to it; null when only a category triggered it. */
    grade: string | null;
    categories: EnterpriseCategory[];
  };
}

export interface ApplicableMeasures {
  uscc: string;
  name: string;
  grade: string | null;
  scene: string;
  sceneLabel: string;
  /** The date the categories of dishonesty were read on (the district's today). */
  asOf: string;
  /** The categories of dishonesty the enterprise is in, with the published records that put it there. */
  categories: EnterpriseCategory[];
  measures: ApplicableMeasure[];
  /** Incentives its grade would give but a category withholds (严重失信主体名单), with that category. */
  withheld: { code: string; label: string; category: string; categoryLabel: string }[];
  /** The audit event that logged this answer (every answer is logged: who asked, for what, what was answered). */
  auditSeq: number;
}

/**
 * 资源挂接 (001 §二(七)表 9): a department's system asks which measures apply to an enterprise in a scene and gets
 * them with their basis and what triggered each. A measure applies for the enterprise's current grade or for a
 * category of dishonesty it is in (001 §二(五) "结合失信类别和程度"), so an enterprise on the 严重失信主体名单 gets
 * the restrictions of that category whatever its grade, and none of the incentives when the category withholds them.
 * An enterprise never evaluated and in no category gets none.
 */
export async function findApplicableMeasures(
  db: Kysely<Database>,
  input: { uscc: string; scene: string; actor: string; today?: string },
): Promise<ApplicableMeasures> {
  const catalog = loadMeasureCatalog();
  const scene = catalog.scenes.find((row) => row.code === input.scene);
  if (!scene)
    throw new AppError(
      'INVALID_INPUT',
      `场景（scene）“${input.scene}”不存在，可选：${catalog.scenes.map((row) => `${row.code}(${row.label})`).join('、')}`,
    );
  const asOf = input.today ?? todayInDistrict();
  const uscc = normalizeUscc(input.uscc);
  const enterprise = await requireEnterprise(db, uscc);
  const grade = (await findCurrentGrades(db, [enterprise.id])).get(Number(enterprise.id))?.grade ?? null;
  const categories = await findDishonestyCategories(db, Number(enterprise.id), asOf);
  const withholding = categories.find((category) => category.withholdsIncentives);
  const measures: ApplicableMeasure[] = [];
  const withheld: ApplicableMeasures['withheld'] = [];
  for (const measure of catalog.measures) {
    if (!measure.scenes.includes(scene.code)) continue;
    const byGrade = grade !== null && measure.grades.includes(grade);
    const byCategories = categories.filter((category) => measure.categories.includes(category.code));
    if (!byGrade && byCategories.length === 0) continue;
    if (measure.kind === 'incentive' && withholding) {
      withheld.push({
        code: measure.code,
        label: measure.label,
        category: withholding.code,
        categoryLabel: withholding.label,
      });
      continue;
    }
    measures.push({
      ...withReferenceText(measure),
      triggeredBy: { grade: byGrade ? grade : null, categories: byCategories },
    });
  }
  const event = await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: input.actor,
      action: 'measures.queried',
      subjectType: 'enterprise',
      subjectId: enterprise.uscc,
      payload: {
        scene: scene.code,
        grade,
        categories: categories.map((category) => ({
          code: category.code,
          records: category.records.map((record) => record.id),
        })),
        measures: measures.map((measure) => measure.code),
        withheld: withheld.map((measure) => measure.code),
      },
    }),
  );
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    grade,
    scene: scene.code,
    sceneLabel: scene.label,
    asOf,
    categories,
    measures,
    withheld,
    auditSeq: event.seq,
  };
}
