import { sql, type Kysely } from 'kysely';

// The holiday calendar's years: one row per year of the State Council's arrangement, as loaded by an
// official (or seeded from catalog/holidays.yaml when the year is absent), with who loaded it and when. Working-day
// deadlines read these rows; a date in a year without a row is counted by weekends only and says so.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table holiday_years (
      year integer primary key,
      reference text not null,
      is_confirmed boolean not null,
      holidays jsonb not null,
      workdays jsonb not null,
      source text not null check (source in ('catalog', 'loaded')),
      loaded_by text not null,
      loaded_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table holiday_years`.execute(db);
}
