import { sql, type Kysely } from 'kysely';

// Row warnings of an import: a row that is stored but deserves a second look — e.g. the file's own
// 公示截止期 differs from the end the platform computes — is counted on its batch, with the first warnings as text
// (like error_summary), so the batch history shows them after the preview is gone.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches add column warning_count integer not null default 0`.execute(db);
  await sql`alter table import_batches add column warning_summary text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table import_batches drop column warning_summary`.execute(db);
  await sql`alter table import_batches drop column warning_count`.execute(db);
}
