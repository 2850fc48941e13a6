import { sql, type Kysely } from 'kysely';

// 向上共享 to the provincial platform (001 §二(一) and its annex: the district platform shares what it holds upward).
// Every record version and every changed evaluation result becomes one item with an idempotency key, exactly once
// (unique keys): a correction, revocation or repair is a later version of the record, so it is its own item and is
// never sent again as new. Items are pushed in batches; a batch keeps its items across retries, so a retried batch
// is the same batch, and the receiver's receipt decides each item (acknowledged, or rejected with its reason).
// Each district day's items are also written once as a signed file package (upward_packages).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table upward_batches (
      id bigint generated always as identity primary key,
      status text not null default 'pending' check (status in ('pending', 'sent', 'acknowledged')),
      item_count integer not null,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_status_code integer,
      last_error text,
      receipt_id text,
      accepted_count integer,
      rejected_count integer,
      sent_at timestamptz,
      acknowledged_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index upward_batches_due on upward_batches (next_attempt_at) where status = 'pending'`.execute(db);

  await sql`
    create table upward_items (
      id bigint generated always as identity primary key,
      idempotency_key text not null unique,
      record_id bigint references records(id),
      version integer,
      evaluation_id bigint unique references evaluations(id),
      enterprise_id bigint not null references enterprises(id),
      data_set text not null,
      event text not null check (event in ('new', 'correction', 'revocation', 'repair', 'removal', 'evaluation')),
      period_day date not null,
      status text not null default 'pending' check (status in ('pending', 'sent', 'acknowledged', 'rejected')),
      batch_id bigint references upward_batches(id),
      reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (record_id, version),
      check ((record_id is not null and version is not null) <> (evaluation_id is not null))
    )`.execute(db);
  await sql`create index upward_items_unbatched on upward_items (id) where batch_id is null`.execute(db);
  await sql`create index upward_items_batch on upward_items (batch_id, id)`.execute(db);
  await sql`create index upward_items_day on upward_items (period_day, id)`.execute(db);

  // How far the evaluation results have been turned into items (record versions are found by their key instead).
  await sql`create table upward_cursors (name text primary key, last_id bigint not null)`.execute(db);

  await sql`
    create table upward_packages (
      period_day date primary key,
      directory text not null,
      manifest jsonb not null,
      signature text not null,
      signature_algorithm text not null,
      public_key_fingerprint text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table upward_packages`.execute(db);
  await sql`drop table upward_cursors`.execute(db);
  await sql`drop table upward_items`.execute(db);
  await sql`drop table upward_batches`.execute(db);
}
