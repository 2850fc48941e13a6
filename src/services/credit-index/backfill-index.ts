import type { Kysely } from 'kysely';
import { evaluateEach } from '../../engine/evaluate.ts';
import type { Database } from '../../store/database.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';
import { readEvaluationBatch } from '../evaluation/read-evaluation-batch.ts';
import type { IndexCell } from './aggregate-index-groups.ts';
import {
  baseMeasuresOf,
  findBaseMeasures,
  measureMonth,
  type BaseMeasures,
  type ComputedIndexMonth,
} from './compute-index-month.ts';
import { findClosedMonths, readIndexSubjects } from '../../store/credit-index.repository.ts';
import { freezeIndexMonth, type CloseOutcome } from './close-index-month.ts';
import { loadCreditIndexMethod, type CreditIndexMethod } from './credit-index-method.ts';
import { addMonthsToMonth, monthEnd, monthOf, monthsBetween } from '../../domain/index-months.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * A history for a district that has none (the demo: its records go back five years, but the platform evaluated only
 * "now"). Each past month is reconstructed by evaluating every enterprise registered by the month's end as of that
 * day, with the published model and the records as the platform knows them today, then frozen with source
 * `backfill`. The reconstruction is not stored as evaluations, deliberately:
 *
 * - a stored evaluation as of a past day promises that replaying it (records recorded before that day) gives the same
 *   result; the demo's records were all recorded today, so a replay would find none and the promise would be false;
 * - the rows would enter each enterprise's evaluation history and the sharing feed as if the platform had published
 *   those grades at the time, which it never did;
 * - one batch evaluation per month over records read once is fast (2,004 enterprises × 24 months: see the report).
 *
 * AMBIGUITY: a reconstruction uses today's knowledge — a record repaired or revoked since counts as repaired or
 * revoked in every past month (001 §二(四): repaired information is no basis for any evaluation), and enterprises are
 * grouped by today's industry, region and tiers. Closed months are never touched: a month already closed is skipped.
 */

export interface BackfillOptions {
  operator: string;
  today?: string;
  /** Months up to last month (default: the method's backfill_months); the base month is included when earlier. */
  months?: number;
  method?: CreditIndexMethod;
  /** Enterprises read and evaluated at a time (bounds memory on a large store). */
  chunkSize?: number;
}

export interface BackfillSummary {
  months: CloseOutcome[];
  enterprises: number;
  evaluations: number;
  seconds: number;
}

const DEFAULT_CHUNK_SIZE = 5000;

export async function backfillIndex(db: Kysely<Database>, options: BackfillOptions): Promise<BackfillSummary> {
  const started = performance.now();
  const method = options.method ?? loadCreditIndexMethod();
  const { compiled, version } = await requirePublishedModel(db);
  const currentMonth = monthOf(options.today ?? todayInDistrict());
  const lastMonth = addMonthsToMonth(currentMonth, -1);
  const firstMonth = addMonthsToMonth(lastMonth, 1 - (options.months ?? method.backfillMonths));
  const from = [firstMonth, method.baseMonth].sort()[0]!;
  const closed = new Set((await findClosedMonths(db, { from, to: lastMonth })).map((row) => row.month));
  // A month the model cannot evaluate (before its evaluable_from) is left out rather than reconstructed wrongly.
  const months = monthsBetween(from, lastMonth).filter(
    (month) => !closed.has(month) && monthEnd(month) >= compiled.model.evaluableFrom,
  );
  if (months.length === 0) return { months: [], enterprises: 0, evaluations: 0, seconds: 0 };

  const subjects = await readIndexSubjects(db);
  const gradeNames = compiled.model.grades.map((row) => row.grade);
  const cellsByMonth = new Map(months.map((month) => [month, new Map<string, IndexCell>()]));
  for (const month of months) compiled.prepare(monthEnd(month)); // refuses a month the model cannot evaluate before any read
  let evaluations = 0;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  for (let start = 0; start < subjects.length; start += chunkSize) {
    const chunk = subjects.slice(start, start + chunkSize);
    const byId = new Map(chunk.map((subject) => [subject.id, subject]));
    // The records' current state (recordedBefore null); the engine leaves out records dated after each month's end.
    const { batch, enterpriseIds } = await readEvaluationBatch(
      db,
      compiled,
      chunk.map((subject) => subject.id),
      { asOf: options.today ?? todayInDistrict(), recordedBefore: null },
    );
    const subjectOf = (e: number) => byId.get(enterpriseIds[e]!)!;
    for (const month of months) {
      const end = monthEnd(month);
      const cells = cellsByMonth.get(month)!;
      // An enterprise not yet registered at the month's end is left out of that month.
      const isRegistered = (e: number) => {
        const { registeredOn } = subjectOf(e);
        return registeredOn === null || registeredOn <= end;
      };
      evaluateEach(
        batch,
        compiled,
        end,
        (e, evaluator) => {
          const subject = subjectOf(e);
          evaluations += 1;
          const grade = gradeNames[evaluator.grade]!;
          const key = `${subject.region}|${subject.industryCode}|${subject.tiers.join(',')}|${grade}`;
          const cell = cells.get(key);
          const cents = Math.round(evaluator.score * 100);
          if (cell) {
            cell.count += 1;
            cell.scoreCents += cents;
          } else {
            cells.set(key, {
              region: subject.region,
              industryCode: subject.industryCode,
              tiers: subject.tiers,
              grade,
              count: 1,
              scoreCents: cents,
            });
          }
        },
        { include: isRegistered },
      );
    }
  }

  const modelVersion = `${version.model_id}/${version.version}`;
  const computed = new Map<string, ComputedIndexMonth>(
    months.map((month) => [
      month,
      measureMonth(month, [...cellsByMonth.get(month)!.values()], [modelVersion], { method }),
    ]),
  );
  // The base month is frozen first; the others are valued against it (frozen, or just reconstructed).
  const baseComputed = computed.get(method.baseMonth);
  const outcomes: CloseOutcome[] = [];
  if (baseComputed && baseComputed.enterprises > 0)
    outcomes.push(
      await freezeIndexMonth(db, baseComputed, baseMeasuresOf(baseComputed.groups), {
        method,
        operator: options.operator,
        source: 'backfill',
      }),
    );
  const base: BaseMeasures = await findBaseMeasures(db, currentMonth, { method });
  for (const month of months) {
    const monthComputed = computed.get(month)!;
    if (month === method.baseMonth || monthComputed.enterprises === 0) continue;
    outcomes.push(
      await freezeIndexMonth(db, monthComputed, base, { method, operator: options.operator, source: 'backfill' }),
    );
  }
  outcomes.sort((a, b) => (a.month < b.month ? -1 : 1));
  return {
    months: outcomes,
    enterprises: subjects.length,
    evaluations,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
