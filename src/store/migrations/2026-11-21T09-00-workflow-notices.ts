import { sql, type Kysely } from 'kysely';

// Notices the workflows send: the 信用修复提示函 issued with each negative record that has a
// repair path ("两书同达", 003 §一(五)), messages to the credit office's staff (deadlines), and the repair review
// deadline on repair applications.
export async function up(db: Kysely<any>): Promise<void> {
  // One notice per record, with the facts it told the enterprise fixed at issue time (the PDF is rendered from this
  // row, so it reads the same whenever it is downloaded). reminded_on: the day the enterprise was told the repair
  // date has come (set at issue when the date had already passed). No foreign keys: a million-row import issues a
  // million notices, and each key would cost a lookup per row; the only writer takes every id from rows it has just
  // read (the batch's records).
  await sql`
    create table repair_notices (
      id bigint generated always as identity primary key,
      record_id bigint not null unique,
      record_version integer not null,
      enterprise_id bigint not null,
      batch_id bigint,
      kind text not null,
      department_code text not null,
      decision_number text,
      decided_on date not null,
      repairable_from date not null,
      public_until date,
      basis text not null,
      issued_at timestamptz not null default now(),
      reminded_on date
    )`.execute(db);
  await sql`create index repair_notices_enterprise on repair_notices (enterprise_id, id desc)`.execute(db);
  await sql`create index repair_notices_due on repair_notices (repairable_from) where reminded_on is null`.execute(db);
  // Messages to staff by role (reviewers) and, for department operators, by department. dedupe_key makes the daily
  // run idempotent: the same reminder is not sent twice.
  await sql`
    create table staff_messages (
      id bigint generated always as identity primary key,
      role text not null,
      department_code text,
      topic text not null,
      title text not null,
      body text not null,
      subject_type text,
      subject_id text,
      dedupe_key text not null unique,
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db);
  await sql`create index staff_messages_role on staff_messages (role, id desc)`.execute(db);
  await sql`alter table repair_applications add column accepted_on date, add column due_on date`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table repair_applications drop column accepted_on, drop column due_on`.execute(db);
  for (const table of ['staff_messages', 'repair_notices']) await db.schema.dropTable(table).execute();
}
