import { sql, type Kysely } from 'kysely';

// Several instances behind one proxy (ARCHITECTURE.md, "Several instances"): a web upload previewed on one instance is
// committed, or its preview shown again, on another, and a batch's rejection file kept by the worker that imported it
// is downloaded from any instance. Both therefore live in the store instead of one instance's data directory. Their
// content holds personal data and is encrypted with the data key ring, as the files were; so is an upload's preview,
// whose row errors may quote cell values.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table staged_uploads (
      id uuid primary key,
      file_name text not null,
      department_code text not null,
      kind text,
      uploaded_by text not null,
      uploaded_at timestamptz not null default now(),
      content bytea not null,
      preview bytea
    )`.execute(db);
  await sql`create index staged_uploads_uploaded_at on staged_uploads (uploaded_at)`.execute(db);
  await sql`
    create table rejection_files (
      batch_id bigint primary key references import_batches(id) on delete cascade,
      extension text not null,
      content bytea not null,
      masked_content bytea not null,
      kept_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table rejection_files`.execute(db);
  await sql`drop table staged_uploads`.execute(db);
}
