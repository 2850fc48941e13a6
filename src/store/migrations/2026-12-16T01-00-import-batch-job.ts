import { sql, type Kysely } from 'kysely';

// A batch written for a job of the queue names it, so a worker that takes over a job whose first worker died after
// the batch had committed finishes the job with that batch instead of importing the file a second time. No foreign
// key: the batch history outlives the jobs' progress rows.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches add column job_id uuid`.execute(db);
  await sql`create index import_batches_job on import_batches (job_id) where job_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index import_batches_job`.execute(db);
  await sql`alter table import_batches drop column job_id`.execute(db);
}
