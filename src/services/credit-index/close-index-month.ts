import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import {
  computeIndexMonth,
  findBaseMeasures,
  valueGroups,
  type BaseMeasures,
  type ComputedIndexMonth,
  type IndexComputation,
} from './compute-index-month.ts';
import {
  findClosedMonth,
  findClosedMonths,
  findFirstEvaluationMonth,
  insertClosedMonth,
} from '../../store/credit-index.repository.ts';
import { loadCreditIndexMethod, type CreditIndexMethod } from './credit-index-method.ts';
import { addMonthsToMonth, isMonth, monthOf, monthsBetween } from '../../domain/index-months.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * Closing a month freezes its index ("the index of a month does not change when a later month's data
 * arrives"): the values are computed once, after the month has ended, and stored append-only with the method's
 * digest. A closed month is never computed again; the base month is closed before any other month needs it.
 */

export interface CloseOptions extends IndexComputation {
  operator: string;
  /** The district's today (default: now): only months before its month have ended. */
  today?: string;
}

export type CloseOutcome =
  | { month: string; outcome: 'closed'; enterprises: number; groups: number; withheld: number }
  | { month: string; outcome: 'already_closed' }
  | { month: string; outcome: 'no_evaluations' };

export async function closeIndexMonth(
  db: Kysely<Database>,
  month: string,
  options: CloseOptions,
): Promise<CloseOutcome> {
  const method = options.method ?? loadCreditIndexMethod();
  const currentMonth = monthOf(options.today ?? todayInDistrict());
  if (!isMonth(month)) throw new AppError('INVALID_INPUT', `月份应为 YYYY-MM 格式，实际为“${month}”`);
  if (month >= currentMonth)
    throw new AppError(
      'PRECONDITION_FAILED',
      `${month} 尚未结束（本月为 ${currentMonth}）：只能结算已结束的月份，本月的指数为暂定值`,
    );
  if (await findClosedMonth(db, month)) return { month, outcome: 'already_closed' };

  // The base month first, so this month is valued against frozen base measures (when the base month has data).
  if (month !== method.baseMonth && method.baseMonth < currentMonth && !(await findClosedMonth(db, method.baseMonth))) {
    await closeIndexMonth(db, method.baseMonth, { ...options, method });
  }
  const computed = await computeIndexMonth(db, month, { ...options, method });
  if (computed.enterprises === 0) return { month, outcome: 'no_evaluations' };
  const base = await findBaseMeasures(db, currentMonth, { ...options, method });
  return freezeIndexMonth(db, computed, base, { method, operator: options.operator, source: 'evaluations' });
}

/** Stores a computed month with its audit event, in one transaction; the first close of a month stands. */
export async function freezeIndexMonth(
  db: Kysely<Database>,
  computed: ComputedIndexMonth,
  base: BaseMeasures,
  options: { method: CreditIndexMethod; operator: string; source: 'evaluations' | 'backfill' },
): Promise<CloseOutcome> {
  const values = valueGroups(computed, base, options.method);
  const withheld = values.filter((value) => value.withheld).length;
  const written = await db.transaction().execute(async (trx) => {
    const month = {
      month: computed.month,
      source: options.source,
      methodDigest: options.method.digest,
      modelVersions: computed.modelVersions,
      enterprises: computed.enterprises,
      closedBy: options.operator,
    };
    if (!(await insertClosedMonth(trx, month, values))) return false;
    const district = values.find((value) => value.dimension === 'district');
    await appendAuditEvent(trx, {
      actor: options.operator,
      action: 'credit_index.month_closed',
      subjectType: 'credit_index_month',
      subjectId: computed.month,
      payload: {
        source: options.source,
        methodDigest: options.method.digest,
        modelVersions: computed.modelVersions,
        enterprises: computed.enterprises,
        groups: values.length,
        withheld,
        districtValue: district?.value ?? null,
      },
    });
    return true;
  });
  if (!written) return { month: computed.month, outcome: 'already_closed' };
  return {
    month: computed.month,
    outcome: 'closed',
    enterprises: computed.enterprises,
    groups: values.length,
    withheld,
  };
}

/**
 * Closes every month that has ended and is not closed yet, from the first month the platform stored an evaluation in
 * (months before it have nothing to count). What the daily timer and `xinping index close` run.
 */
export async function closeEndedMonths(db: Kysely<Database>, options: CloseOptions): Promise<CloseOutcome[]> {
  const lastMonth = addMonthsToMonth(monthOf(options.today ?? todayInDistrict()), -1);
  const first = await findFirstEvaluationMonth(db);
  if (first === null || first > lastMonth) return [];
  const closed = new Set((await findClosedMonths(db, { from: first, to: lastMonth })).map((row) => row.month));
  const baseMonth = (options.method ?? loadCreditIndexMethod()).baseMonth;
  const months = monthsBetween(first, lastMonth).filter((month) => !closed.has(month));
  // The base month first: closing any other month would close it anyway, and its outcome belongs in the report.
  months.sort((a, b) => (a === baseMonth ? -1 : b === baseMonth ? 1 : a < b ? -1 : 1));
  const outcomes: CloseOutcome[] = [];
  for (const month of months) {
    const outcome = await closeIndexMonth(db, month, options);
    if (outcome.outcome === 'closed') outcomes.push(outcome);
  }
  return outcomes;
}
