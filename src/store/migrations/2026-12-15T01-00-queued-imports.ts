import { sql, type Kysely } from 'kysely';

// A web import committed on a PostgreSQL deployment with a job queue (ARCHITECTURE.md, "Several instances") runs on
// whichever worker claims it, not in the instance that received the upload: the file and what the import needs wait
// here, beside the job's progress row, until the worker has finished with it. The file is stored as it was staged on
// disk, encrypted with the data key ring (it holds personal data), and the row is deleted when the job finishes.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table queued_imports (
      job_id uuid primary key references cluster_jobs(id) on delete cascade,
      upload_id text not null,
      department_code text not null,
      kind text,
      file_name text not null,
      mode text not null check (mode in ('all-or-nothing', 'accept-valid')),
      operator text not null,
      total_rows integer,
      content bytea not null,
      queued_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table queued_imports`.execute(db);
}
