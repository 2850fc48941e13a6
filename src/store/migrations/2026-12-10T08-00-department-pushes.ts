import { sql, type Kysely } from 'kysely';

// Records pushed from departments' systems (001 §二(一): departments 归集 to the district platform), the reverse of
// 向上共享: a department's token may be scoped to its department and to some of the record kinds it sends, every
// pushed row carries the department's idempotency key, and every push leaves a receipt the department reads later
// (accepted rows with their record and version, refused rows with row, field and reason).
export async function up(db: Kysely<any>): Promise<void> {
  // Null department: the token acts as its owner (as before). Null kinds: every kind the department sends.
  await sql`alter table api_tokens add column department_code text`.execute(db);
  await sql`alter table api_tokens add column record_kinds text[]`.execute(db);

  await sql`
    create table department_push_receipts (
      id bigint generated always as identity primary key,
      department_code text not null,
      operator text not null,
      token_id bigint references api_tokens(id),
      total_rows integer not null,
      accepted_rows integer not null,
      duplicate_rows integer not null,
      refused_rows integer not null,
      received_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index department_push_receipts_department on department_push_receipts (department_code, id)`.execute(
    db,
  );

  await sql`
    create table department_push_rows (
      receipt_id bigint not null references department_push_receipts(id),
      row_number integer not null,
      department_code text not null,
      idempotency_key text not null,
      content_hash text not null,
      kind text,
      status text not null check (status in ('accepted', 'duplicate', 'refused')),
      outcome text check (outcome in ('created', 'updated', 'unchanged')),
      record_id bigint references records(id),
      record_version integer,
      batch_id bigint references import_batches(id),
      field text,
      reason text,
      primary key (receipt_id, row_number)
    )`.execute(db);
  // A key is used once it is accepted: the same key again is a duplicate pointing at the first acceptance; a refused
  // row's key stays free, so the corrected row can be sent again under it.
  await sql`
    create unique index department_push_rows_key on department_push_rows (department_code, idempotency_key)
    where status = 'accepted'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table department_push_rows`.execute(db);
  await sql`drop table department_push_receipts`.execute(db);
  await sql`alter table api_tokens drop column record_kinds`.execute(db);
  await sql`alter table api_tokens drop column department_code`.execute(db);
}
