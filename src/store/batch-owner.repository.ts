import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.ts';

export interface OpenBatch {
  id: number;
  operator: string;
  /** JSON of the running process (pid, startTime, hostname), or null. */
  ownerProcess: string | null;
}

/** Batches still marked 'open': running now, or left behind by a process that was killed. */
export async function listOpenBatches(db: Kysely<Database>): Promise<OpenBatch[]> {
  const rows = await db
    .selectFrom('import_batches')
    .select(['id', 'operator', 'owner_process'])
    .where('status', '=', 'open')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, operator: row.operator, ownerProcess: row.owner_process }));
}

/** Marks one batch interrupted (中断), only if it is still open; returns whether it was. */
export async function markBatchInterrupted(trx: Transaction<Database>, id: number, reason: string): Promise<boolean> {
  const updated = await trx
    .updateTable('import_batches')
    .set({ status: 'interrupted', error_summary: reason, finished_at: new Date(), owner_process: null })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Removes a batch still open (its rows were never committed). */
export async function deleteOpenBatch(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('import_batches').where('id', '=', id).where('status', '=', 'open').execute();
}

/** The last batch a queued job's import finished (committed or rejected), or undefined when none did. */
export async function findFinishedBatchOfJob(db: Kysely<Database>, jobId: string) {
  return db
    .selectFrom('import_batches')
    .selectAll()
    .where('job_id', '=', jobId)
    .where('status', 'in', ['committed', 'rejected'])
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
