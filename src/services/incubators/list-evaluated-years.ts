import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { listEvaluatedYears } from '../../store/incubator-evaluation.repository.ts';

/** The years with a stored incubator evaluation, newest first, with the number of the latest run of each. */
export async function listEvaluatedIncubatorYears(
  db: Kysely<Database>,
): Promise<Array<{ year: number; runNumber: number }>> {
  return (await listEvaluatedYears(db)).map((row) => ({ year: row.year, runNumber: row.run_number }));
}
