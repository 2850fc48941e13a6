import type { Kysely } from 'kysely';
import { OPEN_OBJECTION_STATES } from '../../domain/workflows/objection-workflow.ts';
import type { Database } from '../../store/database.ts';

/**
 * The records of an enterprise with an objection under review (异议中, 001 §二(四)), which the report marks as such:
 * the records named by the enterprise's objections that are still submitted or accepted.
 */
export async function findRecordsUnderObjection(
  db: Kysely<Database>,
  enterpriseId: number,
): Promise<ReadonlySet<number>> {
  const rows = await db
    .selectFrom('objections')
    .select('record_id')
    .where('enterprise_id', '=', enterpriseId)
    .where('state', 'in', [...OPEN_OBJECTION_STATES])
    .where('record_id', 'is not', null)
    .execute();
  return new Set(rows.map((row) => Number(row.record_id)));
}
