import { sql, type Kysely } from 'kysely';

// Foundation schema: registry, catalog mirror, import batches, records with append-only versions, audit chain.
// Every enterprise-scoped table carries enterprise_id so it can be hash-partitioned later (DESIGN.md).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await sql`
    create table departments (
      code text primary key,
      name text not null unique,
      short_name text not null,
      uscc text,
      kind text not null
    )`.execute(db);

  await sql`
    create table record_kinds (
      code text primary key,
      label text not null,
      category text not null,
      polarity text not null
    )`.execute(db);

  await sql`
    create table enterprises (
      id bigint generated always as identity primary key,
      uscc text not null unique,
      name text not null,
      legal_representative text,
      industry_code text,
      region_code text,
      registered_on date,
      status text not null default '存续',
      tiers text[] not null default '{}',
      incubator_code text,
      uscc_warning text,
      source text not null default 'registry',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index enterprises_name_trgm on enterprises using gin (name gin_trgm_ops)`.execute(db);

  // Codes that fail the mod-31 check but are real (early pilot codes), accepted one by one by an operator.
  await sql`
    create table legacy_uscc_acceptances (
      uscc text primary key,
      reason text not null,
      accepted_by text not null,
      accepted_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table import_batches (
      id bigint generated always as identity primary key,
      department_code text not null references departments(code),
      kind text not null references record_kinds(code),
      file_name text not null,
      file_hash text not null,
      format text not null,
      mode text not null,
      status text not null,
      operator text not null,
      total_rows integer not null default 0,
      created_rows integer not null default 0,
      updated_rows integer not null default 0,
      unchanged_rows integer not null default 0,
      rejected_rows integer not null default 0,
      error_summary text,
      started_at timestamptz not null default now(),
      finished_at timestamptz
    )`.execute(db);

  // The current state of each record, one row per natural key. Every state it ever had is in record_versions.
  await sql`
    create table records (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      kind text not null references record_kinds(code),
      natural_key text not null,
      version integer not null,
      department_code text not null references departments(code),
      status text not null default 'active',
      occurred_on date,
      ends_on date,
      level text,
      subtype text,
      grade text,
      amount numeric(18, 4),
      quantity numeric(18, 4),
      fields jsonb not null,
      content_hash text not null,
      batch_id bigint references import_batches(id),
      source_row integer,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (kind, natural_key)
    )`.execute(db);
  await sql`create index records_enterprise on records (enterprise_id, kind)`.execute(db);

  await sql`
    create table record_versions (
      record_id bigint not null references records(id),
      version integer not null,
      enterprise_id bigint not null,
      change text not null,
      status text not null,
      occurred_on date,
      ends_on date,
      level text,
      subtype text,
      grade text,
      amount numeric(18, 4),
      quantity numeric(18, 4),
      fields jsonb not null,
      content_hash text not null,
      batch_id bigint references import_batches(id),
      source_row integer,
      operator text not null,
      recorded_at timestamptz not null default now(),
      primary key (record_id, version)
    )`.execute(db);
  await sql`create index record_versions_batch on record_versions (batch_id)`.execute(db);

  // Hash-chained audit trail: hash = sha256(prev_hash, canonical event). seq is dense, assigned under a lock.
  await sql`
    create table audit_events (
      seq bigint primary key,
      occurred_at timestamptz not null,
      actor text not null,
      action text not null,
      subject_type text not null,
      subject_id text not null,
      payload jsonb not null,
      prev_hash text not null,
      hash text not null
    )`.execute(db);

  // History tables are append-only: refuse UPDATE and DELETE at the database, not only in the code.
  await sql`
    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'table % is append-only', tg_table_name;
    end $$`.execute(db);
  for (const table of ['record_versions', 'audit_events']) {
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function refuse_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'record_versions',
    'records',
    'import_batches',
    'legacy_uscc_acceptances',
    'enterprises',
    'record_kinds',
    'departments',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function refuse_change()`.execute(db);
}
