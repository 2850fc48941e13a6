import { sql, type Kysely } from 'kysely';

// 诚信典型案例 (public portal; 001 §二(九) "广泛宣传诚信典型案例"): cases the credit office curates and
// publishes on the public portal. A case keeps the grade (and its as-of date) the enterprise held when it was
// published; withdrawing keeps the row (who, when, why) and only takes it off the portal. `version` guards the
// withdrawal like the workflows' decisions (`update … where state = expected and version = expected`).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table honest_cases (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      title text not null,
      story text not null,
      highlights jsonb not null default '[]',
      grade text not null,
      grade_as_of date not null,
      state text not null default 'published' check (state in ('published', 'withdrawn')),
      version integer not null default 1,
      published_by text not null,
      published_at timestamptz not null default now(),
      withdrawn_by text,
      withdrawn_at timestamptz,
      withdrawal_reason text,
      check ((state = 'withdrawn') = (withdrawn_at is not null))
    )`.execute(db);
  await sql`create index honest_cases_listing on honest_cases (state, published_at desc, id desc)`.execute(db);
  // One published case per enterprise at a time (a second publication is refused, not added).
  await sql`create unique index honest_cases_one_published on honest_cases (enterprise_id) where state = 'published'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table honest_cases`.execute(db);
}
