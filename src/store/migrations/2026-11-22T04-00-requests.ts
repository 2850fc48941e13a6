import { sql, type Kysely } from 'kysely';

// 企呼我应 and the reform task board.
//
// requests: one row per request or complaint, carrying its current state and a version (decisions are
// `update … where state = expected and version = expected`, as for the other workflows), the department it is routed
// to now, its working-day deadline, the latest answer and rating, the escalation (督办) flag and, for a visitor
// without an account, the phone number protected like other personal data (masked form + cipher; never in clear).
// request_events: the case's history as the requester and the officials read it (who did what, when, from which
// state to which), append-only like the audit trail the same changes also go to.
// reform_task_reports: the progress the units report on the tasks of catalog/reform-tasks.yaml, append-only: a
// correction is a new report, the board reads the latest one as of a date.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table requests (
      id bigint generated always as identity primary key,
      tracking_code text not null unique,
      request_type text not null check (request_type in ('request', 'complaint')),
      category text not null check (category in ('policy', 'approval', 'financing', 'credit', 'enforcement', 'utilities', 'other')),
      title text not null,
      body text not null,
      attachments text[] not null default '{}',
      enterprise_id bigint references enterprises(id),
      phone_masked text,
      phone_cipher text,
      record_id bigint references records(id),
      evaluation_id bigint,
      department_code text not null references departments(code),
      routing_explanation text not null,
      state text not null default 'submitted',
      version integer not null default 1,
      filed_on date not null,
      due_on date not null,
      first_answered_on date,
      is_first_answer_late boolean,
      answer_text text,
      answered_by text,
      answered_on date,
      rating text check (rating in ('very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied')),
      rating_comment text,
      rated_on date,
      reopen_count integer not null default 0,
      escalated_on date,
      escalation_count integer not null default 0,
      is_flagged_for_supervision boolean not null default false,
      outcome text check (outcome in ('satisfied', 'unsatisfied', 'unrated')),
      closed_on date,
      duplicate_of bigint references requests(id),
      submitted_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (enterprise_id is not null or phone_cipher is not null)
    )`.execute(db);
  await sql`create index requests_department on requests (department_code, state)`.execute(db);
  await sql`create index requests_enterprise on requests (enterprise_id, id desc)`.execute(db);
  await sql`create index requests_filed on requests (filed_on)`.execute(db);
  await sql`create index requests_duplicate_of on requests (duplicate_of) where duplicate_of is not null`.execute(db);

  await sql`
    create table request_events (
      id bigint generated always as identity primary key,
      request_id bigint not null references requests(id),
      action text not null,
      from_state text,
      to_state text not null,
      department_code text,
      actor text not null,
      note text,
      payload jsonb not null default '{}',
      occurred_on date not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index request_events_request on request_events (request_id, id)`.execute(db);

  await sql`
    create table reform_task_reports (
      id bigint generated always as identity primary key,
      task_code text not null,
      unit_code text not null references departments(code),
      status text not null check (status in ('not_started', 'in_progress', 'done')),
      percent integer check (percent between 0 and 100),
      text text not null,
      attachments text[] not null default '{}',
      reported_on date not null,
      reported_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index reform_task_reports_task on reform_task_reports (task_code, reported_on desc, id desc)`.execute(
    db,
  );

  // refuse_change() comes from the foundation migration (record_versions, audit_events).
  for (const table of ['request_events', 'reform_task_reports']) {
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function refuse_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['reform_task_reports', 'request_events', 'requests']) await db.schema.dropTable(table).execute();
}
