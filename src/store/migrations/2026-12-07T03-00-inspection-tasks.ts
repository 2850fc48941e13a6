import { sql, type Kysely } from 'kysely';

// An inspector's task list on a phone (我的检查任务): each visit needs where to go (the enterprise's registered
// 住所/经营场所), what to check and on what legal basis, and by when (the plan's inspection period: today, upcoming,
// overdue); a result may carry photos taken on site (attachments, cited by SHA-256 like a case's evidence).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table enterprises add column address text`.execute(db);
  await sql`alter table inspection_plans add column check_items text`.execute(db);
  await sql`alter table inspection_plans add column legal_basis text`.execute(db);
  await sql`alter table inspection_plans add column starts_on date`.execute(db);
  await sql`alter table inspection_plans add column due_on date`.execute(db);
  await sql`alter table inspection_visits add column photos text[] not null default '{}'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table inspection_visits drop column photos`.execute(db);
  await sql`alter table inspection_plans drop column due_on`.execute(db);
  await sql`alter table inspection_plans drop column starts_on`.execute(db);
  await sql`alter table inspection_plans drop column legal_basis`.execute(db);
  await sql`alter table inspection_plans drop column check_items`.execute(db);
  await sql`alter table enterprises drop column address`.execute(db);
}
