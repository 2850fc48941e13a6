import { sql, type Kysely } from 'kysely';

// Issued credit reports: one row per report handed out, the record the public verification
// (/verify/{number}) checks a presented report against. The verification code itself is not stored: it is an HMAC
// the platform recomputes from these columns, so a row edited behind the platform's back no longer verifies
// against the code printed on the genuine report. Rows are never changed or deleted (append-only).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table issued_reports (
      id bigint generated always as identity primary key,
      number text not null unique,
      issued_on date not null,
      sequence integer not null check (sequence > 0),
      enterprise_id bigint not null references enterprises(id),
      -- The name and code as printed on the report: the registry may change later, the report does not.
      uscc text not null,
      enterprise_name text not null,
      audience text not null check (audience in ('full', 'public')),
      model_version text not null,
      as_of date not null,
      score numeric not null,
      grade text not null,
      grade_label text not null,
      fingerprint text not null,
      content_digest text not null,
      issued_at timestamptz not null,
      issued_by text not null,
      unique (issued_on, sequence)
    )`.execute(db);
  await sql`create index issued_reports_enterprise on issued_reports (enterprise_id, issued_at desc)`.execute(db);
  await sql`create trigger issued_reports_append_only before update or delete on issued_reports
    for each row execute function refuse_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('issued_reports').execute();
}
