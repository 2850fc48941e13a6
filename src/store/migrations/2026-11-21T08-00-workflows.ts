import { sql, type Kysely } from 'kysely';

// Workflows where the enterprise acts: self-declarations, objections, repair applications, commitments,
// their attachments and the enterprise's inbox. Each case row carries its state and a version: a decision is
// `update … where id = ? and state = <expected> returning`, so of two reviewers deciding the same case at once only
// one update matches and the other is told the case was already decided. Every transition is an audit event.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table attachments (
      sha256 text primary key,
      media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null check (size_bytes > 0),
      file_name text not null,
      uploaded_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table declarations (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      category text not null check (category in ('honor', 'qualification', 'other')),
      title text not null,
      fields jsonb not null,
      attachments text[] not null default '{}',
      state text not null default 'submitted',
      version integer not null default 1,
      decision_reason text,
      decided_by text,
      record_id bigint references records(id),
      submitted_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index declarations_enterprise on declarations (enterprise_id, created_at desc)`.execute(db);
  await sql`
    create table objections (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      record_id bigint references records(id),
      evaluation_id bigint,
      reason text not null,
      attachments text[] not null default '{}',
      state text not null default 'submitted',
      version integer not null default 1,
      accepted_on date,
      due_on date,
      decision_reason text,
      decided_by text,
      submitted_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index objections_enterprise on objections (enterprise_id, state)`.execute(db);
  await sql`
    create table repair_applications (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      record_id bigint not null references records(id),
      correction text not null,
      commitment_id bigint,
      attachments text[] not null default '{}',
      state text not null default 'submitted',
      version integer not null default 1,
      decision_reason text,
      decided_by text,
      submitted_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index repair_applications_record on repair_applications (record_id, state)`.execute(db);
  await sql`
    create table commitments (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      commitment_type text not null,
      item_code text,
      department_code text not null references departments(code),
      text_version text not null,
      text_digest text not null,
      state text not null default 'signed',
      version integer not null default 1,
      evidence text,
      decided_by text,
      record_id bigint references records(id),
      signed_by text not null,
      signed_on date not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index commitments_enterprise on commitments (enterprise_id)`.execute(db);
  await sql`
    create table notifications (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      topic text not null,
      title text not null,
      body text not null,
      subject_type text,
      subject_id text,
      created_at timestamptz not null default now(),
      read_at timestamptz
    )`.execute(db);
  await sql`create index notifications_enterprise on notifications (enterprise_id, id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notifications',
    'commitments',
    'repair_applications',
    'objections',
    'declarations',
    'attachments',
  ])
    await db.schema.dropTable(table).execute();
}
