import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { MEASURE_FEEDBACK_RESULT_LABELS, type MeasureFeedbackResult } from '../../domain/measure-feedback.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';
import { insertMeasureFeedback } from '../../store/measure-feedback.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { loadMeasureCatalog } from './grade-use-settings.ts';

export interface MeasureFeedbackInput {
  /** The measure's code in catalog/measures.yaml. */
  measure: string;
  uscc: string;
  /** The department that applied the measure (a department operator's own). */
  departmentCode: string;
  appliedOn: string;
  result: MeasureFeedbackResult;
  note?: string | null;
  actor: string;
  /** The district's today (tests fix it). */
  today?: string;
}

export interface ReportedMeasureFeedback {
  id: number;
  measure: string;
  measureLabel: string;
  uscc: string;
  name: string;
  departmentCode: string;
  appliedOn: string;
  result: MeasureFeedbackResult;
  resultLabel: string;
  note: string | null;
  auditSeq: number;
}

/**
 * 措施实施反馈: a department reports that it applied (or did not apply) a measure to an enterprise, closing the loop
 * of 资源挂接 (001 §二(七)) and of 失信惩戒 (001 §二(五) "严格落实"). Each precondition fails naming its field; the
 * feedback and its audit event are written in one transaction.
 */
export async function reportMeasureFeedback(
  db: Kysely<Database>,
  input: MeasureFeedbackInput,
): Promise<ReportedMeasureFeedback> {
  const measure = loadMeasureCatalog().measures.find((row) => row.code === input.measure);
  if (!measure) throw new AppError('INVALID_INPUT', `措施（measure）“${input.measure}”不在信用激励与约束措施目录中`);
  const uscc = normalizeUscc(input.uscc);
  const enterprise = await findEnterpriseByUscc(db, uscc);
  if (!enterprise) throw new AppError('INVALID_INPUT', `企业（uscc）：未找到统一社会信用代码为 ${uscc} 的企业`);
  const department = loadCatalog().department(input.departmentCode);
  if (!department || department.code !== input.departmentCode)
    throw new AppError('INVALID_INPUT', `实施部门（departmentCode）“${input.departmentCode}”不在部门目录中`);
  const today = input.today ?? todayInDistrict();
  if (input.appliedOn > today)
    throw new AppError(
      'INVALID_INPUT',
      `实施日期（appliedOn）${input.appliedOn} 晚于今天（${today}），只能反馈已发生的实施情况`,
    );
  const note = input.note?.trim() || null;
  if (input.result === 'not_applied' && !note)
    throw new AppError('INVALID_INPUT', '说明（note）：反馈“未实施”时须说明原因');
  return db.transaction().execute(async (trx) => {
    const { id } = await insertMeasureFeedback(trx, {
      measure_code: measure.code,
      enterprise_id: Number(enterprise.id),
      department_code: department.code,
      applied_on: input.appliedOn,
      result: input.result,
      note,
      reported_by: input.actor,
    });
    const event = await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'measures.feedback_reported',
      subjectType: 'enterprise',
      subjectId: enterprise.uscc,
      payload: {
        feedbackId: id,
        measure: measure.code,
        department: department.code,
        appliedOn: input.appliedOn,
        result: input.result,
        note,
      },
    });
    return {
      id,
      measure: measure.code,
      measureLabel: measure.label,
      uscc: enterprise.uscc,
      name: enterprise.name,
      departmentCode: department.code,
      appliedOn: input.appliedOn,
      result: input.result,
      resultLabel: MEASURE_FEEDBACK_RESULT_LABELS[input.result],
      note,
      auditSeq: event.seq,
    };
  });
}
