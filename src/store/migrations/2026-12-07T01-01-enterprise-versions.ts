import { sql, type Kysely } from 'kysely';

// The history of the enterprise attributes the engine reads: an evaluation as of a past date uses the
// registered date, status, industry and tiers in force then, as it uses the record versions in force then. A row is
// written whenever a write changes them (enterprise-history.repository.ts). Existing enterprises start their history
// with their current attributes, dated when the enterprise was created (nothing older is known).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table enterprise_versions (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      registered_on date,
      status text not null,
      industry_code text,
      tiers text[] not null,
      recorded_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index enterprise_versions_enterprise on enterprise_versions (enterprise_id, recorded_at)`.execute(
    db,
  );
  await sql`
    insert into enterprise_versions (enterprise_id, registered_on, status, industry_code, tiers, recorded_at)
    select id, registered_on, status, industry_code, tiers, created_at from enterprises order by id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table enterprise_versions`.execute(db);
}
