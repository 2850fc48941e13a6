import { sql, type Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

/** incubator_evaluations: the one owner of the table (the stored yearly incubator rankings, append-only). */

export type IncubatorEvaluationRow = Omit<Selectable<Database['incubator_evaluations']>, 'indicators'> & {
  indicators: unknown;
};

export type NewIncubatorEvaluation = Omit<IncubatorEvaluationRow, 'id' | 'evaluated_at' | 'run_number' | 'year'>;

/**
 * Stores one run of a year's evaluation: every incubator's result under the next run number of the year. Serialised
 * per year by a transaction-scoped advisory lock, so two runs never share a number.
 */
export async function insertIncubatorEvaluationRun(
  trx: Executor,
  year: number,
  rows: readonly NewIncubatorEvaluation[],
): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext('incubator_evaluations'), ${year})`.execute(trx);
  const last = await trx
    .selectFrom('incubator_evaluations')
    .select((eb) => eb.fn.max('run_number').as('run_number'))
    .where('year', '=', year)
    .executeTakeFirst();
  const runNumber = Number(last?.run_number ?? 0) + 1;
  if (rows.length > 0)
    await trx
      .insertInto('incubator_evaluations')
      .values(
        rows.map((row) => ({
          ...row,
          year,
          run_number: runNumber,
          indicators: JSON.stringify(row.indicators),
        })),
      )
      .execute();
  return runNumber;
}

/** The rows of one run of a year (the latest run when none is named), by overall rank. */
export async function findIncubatorEvaluationRun(
  db: Executor,
  year: number,
  runNumber?: number,
): Promise<IncubatorEvaluationRow[]> {
  const run =
    runNumber ??
    Number(
      (
        await db
          .selectFrom('incubator_evaluations')
          .select((eb) => eb.fn.max('run_number').as('run_number'))
          .where('year', '=', year)
          .executeTakeFirst()
      )?.run_number ?? 0,
    );
  if (run === 0) return [];
  const rows = await db
    .selectFrom('incubator_evaluations')
    .selectAll()
    .where('year', '=', year)
    .where('run_number', '=', run)
    .orderBy('overall_rank')
    .orderBy('incubator_code')
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id), score: Number(row.score) }));
}

/** The years evaluated, newest first, with the latest run number of each. */
export async function listEvaluatedYears(db: Executor): Promise<Array<{ year: number; run_number: number }>> {
  const rows = await db
    .selectFrom('incubator_evaluations')
    .select(['year', (eb) => eb.fn.max('run_number').as('run_number')])
    .groupBy('year')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((row) => ({ year: Number(row.year), run_number: Number(row.run_number) }));
}

/** One incubator's result in the latest run of every year, oldest year first (its ranking over the years). */
export async function listLatestResultsOfIncubator(
  db: Executor,
  incubatorCode: string,
): Promise<IncubatorEvaluationRow[]> {
  const rows = await sql<Selectable<Database['incubator_evaluations']>>`
    select v.* from incubator_evaluations v
    where v.incubator_code = ${incubatorCode}
      and v.run_number = (select max(run_number) from incubator_evaluations w where w.year = v.year)
    order by v.year`.execute(db);
  return rows.rows.map((row) => ({ ...row, id: Number(row.id), score: Number(row.score) }));
}
