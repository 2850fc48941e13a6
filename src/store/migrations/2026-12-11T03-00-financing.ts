import { sql, type Kysely } from 'kysely';

// 融资对接 (000 §二（六）、§二（七）; 004 §（十四）): an enterprise publishes a financing need, with or without its consent
// to share its credit with the banks whose products it matches (withdrawable). Each need is compared, when published,
// with every product of catalog/financing-products.yaml: one financing_matches row per product, eligible or not, with
// the checks that explain why. A bank sees its eligible matches of consenting, open needs, answers them and reports the
// outcome (a granted loan is also reported through `loans`). Matchmaking events (融资专场) list their participants.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table financing_needs (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      amount_wan numeric(14, 2) not null check (amount_wan > 0),
      term_months integer not null check (term_months > 0),
      purpose text not null,
      collaterals text[] not null default '{}',
      has_consent boolean not null,
      consent_changed_at timestamptz not null default now(),
      state text not null default 'open' check (state in ('open', 'withdrawn')),
      grade text,
      invention_patents integer not null default 0,
      tiers text[] not null default '{}',
      published_by text not null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index financing_needs_enterprise on financing_needs (enterprise_id, id)`.execute(db);
  await sql`
    create table financing_matches (
      id bigint generated always as identity primary key,
      need_id bigint not null references financing_needs(id),
      product_code text not null,
      bank text not null,
      is_eligible boolean not null,
      checks jsonb not null,
      answer text not null default 'pending' check (answer in ('pending', 'interested', 'declined')),
      answer_reason text,
      answered_at timestamptz,
      answered_by text,
      outcome text check (outcome in ('granted', 'refused')),
      outcome_reason text,
      loan_id bigint references loans(id),
      granted_amount_wan numeric(14, 2),
      granted_on date,
      reported_at timestamptz,
      reported_by text,
      version integer not null default 1,
      unique (need_id, product_code),
      check (answer <> 'declined' or answer_reason is not null),
      check (outcome is null or answer = 'interested'),
      check ((outcome = 'granted') = (granted_amount_wan is not null and granted_on is not null)),
      check (outcome <> 'refused' or outcome_reason is not null)
    )`.execute(db);
  await sql`create index financing_matches_bank on financing_matches (lower(bank), is_eligible, id)`.execute(db);
  await sql`
    create table financing_events (
      id bigint generated always as identity primary key,
      title text not null,
      held_on date not null,
      venue text,
      created_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table financing_event_participants (
      id bigint generated always as identity primary key,
      event_id bigint not null references financing_events(id),
      enterprise_id bigint references enterprises(id),
      bank text,
      check ((enterprise_id is null) <> (bank is null))
    )`.execute(db);
  await sql`create unique index financing_event_enterprises on financing_event_participants (event_id, enterprise_id) where enterprise_id is not null`.execute(
    db,
  );
  await sql`create unique index financing_event_banks on financing_event_participants (event_id, lower(bank)) where bank is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table financing_event_participants`.execute(db);
  await sql`drop table financing_events`.execute(db);
  await sql`drop table financing_matches`.execute(db);
  await sql`drop table financing_needs`.execute(db);
}
