import { sql, type Kysely } from 'kysely';

// The IP-pledge financing whitelist (知识产权质押融资白名单, 000 §二(七)): each generation of the list with
// the rules and the as-of date it was computed from, its entries, the banks it was pushed to; banks' lookups of their
// loan applicants; and the loans banks report back (双向推送), with every version of each report.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per generation. period: the month (YYYY-MM) a scheduled generation stands for — at most one per month.
  // rules: the rules as read (their digest too), so a past list can be explained after the catalog changes.
  await sql`
    create table whitelist_generations (
      id bigint generated always as identity primary key,
      list_code text not null,
      as_of date not null,
      period text,
      trigger text not null check (trigger in ('schedule', 'manual', 'review')),
      triggered_by text not null,
      rules_digest text not null,
      rules jsonb not null,
      model_version_id bigint references model_versions(id),
      candidates integer not null,
      ungraded integer not null,
      excluded_by_grade integer not null,
      excluded_by_records integer not null,
      listed integer not null,
      created_at timestamptz not null default now(),
      check ((trigger = 'schedule') = (period is not null))
    )`.execute(db);
  await sql`create unique index whitelist_generations_period on whitelist_generations (period) where trigger = 'schedule'`.execute(
    db,
  );
  await sql`create index whitelist_generations_as_of on whitelist_generations (as_of, id)`.execute(db);
  await sql`create trigger whitelist_generations_append_only before update or delete on whitelist_generations for each row execute function refuse_change()`.execute(
    db,
  );

  await sql`
    create table whitelist_entries (
      generation_id bigint not null references whitelist_generations(id),
      enterprise_id bigint not null references enterprises(id),
      rank integer not null,
      grade text not null,
      score double precision not null,
      evaluated_on date not null,
      valid_patents integer not null,
      valid_invention_patents integer not null,
      is_priority boolean not null,
      primary key (generation_id, enterprise_id)
    )`.execute(db);
  await sql`create index whitelist_entries_enterprise on whitelist_entries (enterprise_id, generation_id)`.execute(db);
  await sql`create trigger whitelist_entries_append_only before update or delete on whitelist_entries for each row execute function refuse_change()`.execute(
    db,
  );

  // The banks a generation was pushed to, and how their shared list changed (added, withdrawn).
  await sql`
    create table whitelist_recipients (
      generation_id bigint not null references whitelist_generations(id),
      recipient_user_id bigint not null references users(id),
      added integer not null,
      withdrawn integer not null,
      pushed_at timestamptz not null default now(),
      primary key (generation_id, recipient_user_id)
    )`.execute(db);

  // A bank's lookup of its applicants, kept as answered: what was disclosed to whom (the audit trail names it too).
  await sql`
    create table applicant_lookups (
      id bigint generated always as identity primary key,
      bank_user_id bigint not null references users(id),
      requested_by text not null,
      as_of date not null,
      submitted integer not null,
      found integer not null,
      rejected integer not null,
      results jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index applicant_lookups_bank on applicant_lookups (bank_user_id, id)`.execute(db);
  await sql`create trigger applicant_lookups_append_only before update or delete on applicant_lookups for each row execute function refuse_change()`.execute(
    db,
  );

  // A loan a bank reports (金额 in 万元). The bank's own reference is unique per bank; corrections and withdrawals
  // add versions (loan_versions, append-only) and move the current state here.
  await sql`
    create table loans (
      id bigint generated always as identity primary key,
      bank_user_id bigint not null references users(id),
      bank_reference text not null,
      enterprise_id bigint not null references enterprises(id),
      amount_wan numeric(16, 2) not null check (amount_wan > 0),
      granted_on date not null,
      term_months integer not null check (term_months > 0),
      pledged_patents text[] not null default '{}',
      status text not null default 'active' check (status in ('active', 'withdrawn')),
      version integer not null default 1,
      reported_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (bank_user_id, bank_reference)
    )`.execute(db);
  await sql`create index loans_enterprise on loans (enterprise_id)`.execute(db);
  await sql`create index loans_granted_on on loans (granted_on)`.execute(db);

  await sql`
    create table loan_versions (
      loan_id bigint not null references loans(id),
      version integer not null,
      change text not null check (change in ('reported', 'corrected', 'withdrawn')),
      bank_reference text not null,
      enterprise_id bigint not null references enterprises(id),
      amount_wan numeric(16, 2) not null,
      granted_on date not null,
      term_months integer not null,
      pledged_patents text[] not null,
      status text not null,
      reason text,
      changed_by text not null,
      recorded_at timestamptz not null default now(),
      primary key (loan_id, version)
    )`.execute(db);
  await sql`create trigger loan_versions_append_only before update or delete on loan_versions for each row execute function refuse_change()`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'loan_versions',
    'loans',
    'applicant_lookups',
    'whitelist_recipients',
    'whitelist_entries',
    'whitelist_generations',
  ]) {
    await sql`drop table ${sql.id(table)}`.execute(db);
  }
}
