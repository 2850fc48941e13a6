import type { Insertable } from 'kysely';
import type { MeasureFeedbackResult } from '../domain/measure-feedback.ts';
import type { MeasureFeedbackTable } from './database.ts';
import type { Executor } from './executor.ts';

/** The SQL of `measure_feedback` (措施实施反馈, append-only). */

export interface MeasureFeedbackRow {
  id: number;
  measureCode: string;
  uscc: string;
  enterpriseName: string;
  departmentCode: string;
  appliedOn: string;
  result: MeasureFeedbackResult;
  note: string | null;
  reportedBy: string;
  reportedAt: Date;
}

export async function insertMeasureFeedback(
  db: Executor,
  row: Insertable<MeasureFeedbackTable>,
): Promise<{ id: number; reportedAt: Date }> {
  const inserted = await db
    .insertInto('measure_feedback')
    .values(row)
    .returning(['id', 'reported_at'])
    .executeTakeFirstOrThrow();
  return { id: Number(inserted.id), reportedAt: inserted.reported_at };
}

/** Feedback, newest first; `departmentCode` narrows it to one department's, `measureCode` to one measure's. */
export async function listMeasureFeedbackRows(
  db: Executor,
  filter: { departmentCode?: string; measureCode?: string; limit: number },
): Promise<MeasureFeedbackRow[]> {
  let query = db
    .selectFrom('measure_feedback as f')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .select([
      'f.id',
      'f.measure_code',
      'e.uscc',
      'e.name',
      'f.department_code',
      'f.applied_on',
      'f.result',
      'f.note',
      'f.reported_by',
      'f.reported_at',
    ])
    .orderBy('f.applied_on', 'desc')
    .orderBy('f.id', 'desc')
    .limit(filter.limit);
  if (filter.departmentCode) query = query.where('f.department_code', '=', filter.departmentCode);
  if (filter.measureCode) query = query.where('f.measure_code', '=', filter.measureCode);
  return (await query.execute()).map((row) => ({
    id: Number(row.id),
    measureCode: row.measure_code,
    uscc: row.uscc,
    enterpriseName: row.name,
    departmentCode: row.department_code,
    appliedOn: row.applied_on,
    result: row.result,
    note: row.note,
    reportedBy: row.reported_by,
    reportedAt: row.reported_at,
  }));
}

export interface MeasureFeedbackCount {
  feedbacks: number;
  applied: number;
  notApplied: number;
  enterprises: number;
}

/** Per measure: feedbacks, how many say applied / not applied, and how many enterprises they concern. */
export async function countMeasureFeedback(
  db: Executor,
  filter: { departmentCode?: string },
): Promise<Map<string, MeasureFeedbackCount>> {
  let query = db
    .selectFrom('measure_feedback')
    .select((eb) => [
      'measure_code',
      eb.fn.countAll<number>().as('feedbacks'),
      eb.fn.count<number>('id').filterWhere('result', '=', 'applied').as('applied'),
      eb.fn.count<number>('id').filterWhere('result', '=', 'not_applied').as('not_applied'),
      eb.fn.count<number>('enterprise_id').distinct().as('enterprises'),
    ])
    .groupBy('measure_code');
  if (filter.departmentCode) query = query.where('department_code', '=', filter.departmentCode);
  const rows = await query.execute();
  return new Map(
    rows.map((row) => [
      row.measure_code,
      {
        feedbacks: Number(row.feedbacks),
        applied: Number(row.applied),
        notApplied: Number(row.not_applied),
        enterprises: Number(row.enterprises),
      },
    ]),
  );
}
