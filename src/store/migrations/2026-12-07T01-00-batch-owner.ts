import { sql, type Kysely } from 'kysely';

// An import batch is recorded before its rows: its row is committed on its own with status 'open' and
// the process that runs it, so a batch whose process was killed is found later and marked 'interrupted' (中断) instead
// of vanishing from the batch history. The owner is JSON: pid, process start time and host (store-owner.ts).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches add column owner_process text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches drop column owner_process`.execute(db);
}
