import { sql, type Kysely } from 'kysely';

// A model simulation started on a PostgreSQL deployment with a job queue (ARCHITECTURE.md, "Several instances") runs
// on whichever worker claims it. A draft's files are on the disk of the instance that found them: what the worker
// simulates is a copy of them kept here, beside the job's progress row, with the directory the version is recorded
// under; the row is deleted when the job finishes.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table queued_simulations (
      job_id uuid primary key references cluster_jobs(id) on delete cascade,
      model_id text not null,
      version text not null,
      operator text not null,
      model_dir text not null,
      files jsonb not null,
      queued_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table queued_simulations`.execute(db);
}
