import { sql, type Kysely } from 'kysely';

// Anchoring the audit chain outside the database.
// - audit_events.hash_algorithm: each event records the hash it was chained with ('sm3' for new events under the
//   default suite); events written before this migration were chained with SHA-256 and keep verifying as such.
// - audit_checkpoints: at most one signed checkpoint per day (seq, head hash, time), published and exportable, so a
//   chain rewritten with every hash recomputed no longer contains a head that was handed out.
// - record_versions_before_coverage: record versions written outside import batches before events listed the versions
//   they wrote; every later version must be covered by an event (verify-audit-chain.ts).
// - issued_reports: the signature kept with each report, so re-downloading the same report returns it unchanged.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_events add column hash_algorithm text not null default 'sha256'`.execute(db);
  await sql`alter table audit_events alter column hash_algorithm drop default`.execute(db);

  await sql`
    create table audit_checkpoints (
      id bigint generated always as identity primary key,
      made_on date not null unique,
      seq bigint not null,
      head_hash text not null,
      hash_algorithm text not null,
      made_at timestamptz not null,
      signature_algorithm text not null,
      signature text not null,
      public_key text not null,
      public_key_fingerprint text not null
    )`.execute(db);

  await sql`
    create table record_versions_before_coverage (
      record_id bigint not null,
      version integer not null,
      primary key (record_id, version)
    )`.execute(db);
  await sql`
    insert into record_versions_before_coverage (record_id, version)
    select record_id, version from record_versions where batch_id is null`.execute(db);

  for (const table of ['audit_checkpoints', 'record_versions_before_coverage']) {
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function refuse_change()`.execute(db);
  }

  await sql`alter table issued_reports add column signature text, add column signature_algorithm text, add column public_key_fingerprint text`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table issued_reports drop column signature, drop column signature_algorithm, drop column public_key_fingerprint`.execute(
    db,
  );
  await db.schema.dropTable('record_versions_before_coverage').execute();
  await db.schema.dropTable('audit_checkpoints').execute();
  await sql`alter table audit_events drop column hash_algorithm`.execute(db);
}
