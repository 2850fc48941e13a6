import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { NormalizedRecord } from '../domain/record.ts';
import { canonicalJson } from '../services/audit/append-audit-event.ts';
import type { Database } from './database.ts';
import { recordEnterpriseVersions } from './enterprise-history.repository.ts';

const DIGEST_GROUP_SIZE = 5_000;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The hash of everything a record says; equal hashes mean a re-sent row changes nothing. */
export function hashRecordContent(record: NormalizedRecord): string {
  const content = {
    kind: record.kind,
    naturalKey: record.naturalKey,
    subjectUscc: record.subjectUscc,
    departmentCode: record.departmentCode,
    status: record.status,
    occurredOn: record.occurredOn,
    endsOn: record.endsOn,
    level: record.level,
    subtype: record.subtype,
    grade: record.grade,
    amount: record.amount,
    quantity: record.quantity,
    fields: record.fields,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Makes sure every subject has an enterprise row (a record may name a market entity the registry does not hold yet:
 * it is registered with source 'import') and returns uscc → enterprise id.
 */
export async function ensureEnterprises(trx: Transaction<Database>, subjects: Map<string, string>): Promise<Map<string, number>> {
  if (subjects.size === 0) return new Map();
  const rows = [...subjects].map(([uscc, name]) => ({ uscc, name }));
  // One round trip: rows inserted by this statement are not visible to its own join, so each uscc comes back once.
  const found = await sql<{ id: number; uscc: string }>`
    with subjects as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(uscc text, name text)),
    inserted as (
      insert into enterprises (uscc, name, source) select uscc, name, 'import' from subjects
      on conflict (uscc) do nothing returning id, uscc
    )
    select id, uscc from inserted
    union all
    select e.id, e.uscc from enterprises e join subjects using (uscc)`.execute(trx);
  await recordEnterpriseVersions(trx, found.rows.map((row) => row.id));
  return new Map(found.rows.map((row) => [row.uscc, row.id]));
}

/** The content columns of records and record_versions, as jsonb_to_recordset declares them. */
const CONTENT_COLUMNS = sql`enterprise_id bigint, kind text, natural_key text, department_code text, status text,
  occurred_on date, ends_on date, level text, subtype text, grade text, amount numeric, quantity numeric,
  fields jsonb, content_hash text, source_row integer, id bigint, version integer`;

/**
 * Writes one chunk of records of a batch: new natural keys are created (version 1), changed ones get a new version
 * (the old version stays in record_versions), identical ones are left alone. Natural keys must be unique within
 * the chunk (the importer rejects duplicate rows before they get here). Each write and its history row are one
 * statement, so the chunk is parsed once by the database.
 */
export async function writeRecords(
  trx: Transaction<Database>,
  batchId: number | null,
  operator: string,
  records: NormalizedRecord[],
  change: 'created' | 'corrected' = 'corrected',
): Promise<WriteCounts> {
  if (records.length === 0) return { created: 0, updated: 0, unchanged: 0 };
  const subjects = new Map(records.map((record) => [record.subjectUscc, record.subjectName]));
  const enterpriseIds = await ensureEnterprises(trx, subjects);

  const keys = records.map((record) => ({ kind: record.kind, natural_key: record.naturalKey }));
  const existing = await sql<{ id: number; kind: string; natural_key: string; version: number; content_hash: string }>`
    select r.id, r.kind, r.natural_key, r.version, r.content_hash
    from records r join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(kind text, natural_key text)
      on r.kind = k.kind and r.natural_key = k.natural_key`.execute(trx);
  const byKey = new Map(existing.rows.map((row) => [`${row.kind}\u0000${row.natural_key}`, row]));

  const fresh: object[] = [];
  const changed: object[] = [];
  let unchanged = 0;
  for (const record of records) {
    const contentHash = hashRecordContent(record);
    const current = byKey.get(`${record.kind}\u0000${record.naturalKey}`);
    if (current?.content_hash === contentHash) {
      unchanged += 1;
      continue;
    }
    const row = {
      id: current?.id ?? null,
      version: current ? current.version + 1 : 1,
      enterprise_id: enterpriseIds.get(record.subjectUscc),
      kind: record.kind,
      natural_key: record.naturalKey,
      department_code: record.departmentCode,
      status: record.status,
      occurred_on: record.occurredOn,
      ends_on: record.endsOn,
      level: record.level,
      subtype: record.subtype,
      grade: record.grade,
      amount: record.amount,
      quantity: record.quantity,
      fields: record.fields,
      content_hash: contentHash,
      source_row: record.sourceRow,
    };
    (current ? changed : fresh).push(row);
  }

  // Every state a record reaches is appended to its history in the same statement that writes it.
  // Versions written outside a batch are listed by the audit event of the same transaction (takeUnbatchedVersions).
  const history = (rows: string, changeName: string | ReturnType<typeof sql>) => sql<{ record_id: number; version: number }>`
    insert into record_versions (record_id, version, enterprise_id, change, status, occurred_on, ends_on, level,
      subtype, grade, amount, quantity, fields, content_hash, batch_id, source_row, operator)
    select id, version, enterprise_id, ${changeName}, status, occurred_on, ends_on, level, subtype, grade, amount,
      quantity, fields, content_hash, batch_id, source_row, ${operator}
    from ${sql.raw(rows)}
    ${batchId === null ? sql`returning record_id, version` : sql``}`;
  const noteUnbatched = (written: { rows: { record_id: number; version: number }[] }) => {
    if (batchId !== null) return;
    const pending = unbatchedVersions.get(trx) ?? [];
    for (const row of written.rows) pending.push([row.record_id, row.version]);
    unbatchedVersions.set(trx, pending);
  };
  if (fresh.length > 0) {
    await sql<{ record_id: number; version: number }>`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) as x(${CONTENT_COLUMNS})),
      written as (
        insert into records (enterprise_id, kind, natural_key, version, department_code, status, occurred_on, ends_on,
          level, subtype, grade, amount, quantity, fields, content_hash, batch_id, source_row)
        select enterprise_id, kind, natural_key, 1, department_code, status, occurred_on, ends_on,
          level, subtype, grade, amount, quantity, fields, content_hash, ${batchId}, source_row
        from x
        returning *
      )
      ${history('written', 'created')}`.execute(trx).then(noteUnbatched);
  }
  if (changed.length > 0) {
    await sql<{ record_id: number; version: number }>`
      with x as (select * from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as x(${CONTENT_COLUMNS})),
      written as (
        update records r set version = x.version, department_code = x.department_code, enterprise_id = x.enterprise_id,
          status = x.status, occurred_on = x.occurred_on, ends_on = x.ends_on, level = x.level, subtype = x.subtype,
          grade = x.grade, amount = x.amount, quantity = x.quantity, fields = x.fields, content_hash = x.content_hash,
          batch_id = ${batchId}, source_row = x.source_row, updated_at = now()
        from x where r.id = x.id
        returning r.*
      )
      ${history('written', change)}`.execute(trx).then(noteUnbatched);
  }
  return { created: fresh.length, updated: changed.length, unchanged };
}

/** (record id, version) pairs written outside import batches in a transaction, not yet listed by an audit event. */
const unbatchedVersions = new WeakMap<Transaction<Database>, [number, number][]>();

/** Hands the versions written outside batches in `trx` to the audit event that describes them (once). */
export function takeUnbatchedVersions(trx: Transaction<Database>): [number, number][] {
  const pending = unbatchedVersions.get(trx) ?? [];
  unbatchedVersions.delete(trx);
  return pending;
}

/**
 * The given record versions, one canonical line each (the columns digestBatchVersions covers), in (record, version)
 * order; a version that no longer exists is simply missing, which changes any digest taken over the lines.
 */
export async function readRecordVersionLines(db: Kysely<Database>, versions: [number, number][]): Promise<string[]> {
  const keys = versions.map(([record, version]) => ({ record, version }));
  const result = await sql<{ line: string }>`
    select jsonb_build_array(v.record_id, v.version, v.enterprise_id, v.status, v.occurred_on, v.ends_on, v.level,
             v.subtype, v.grade, v.amount, v.quantity, v.fields, v.content_hash)::text as line
    from record_versions v join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(record bigint, version integer)
      on v.record_id = k.record and v.version = k.version
    order by v.record_id, v.version`.execute(db);
  return result.rows.map((row) => row.line);
}

/** Record versions written outside batches and not from before events listed them: each must be listed by an event. */
export async function listCoverableUnbatchedVersions(db: Kysely<Database>): Promise<[number, number][]> {
  const result = await sql<{ record_id: number; version: number }>`
    select v.record_id, v.version from record_versions v
    where v.batch_id is null
      and not exists (select 1 from record_versions_before_coverage c where c.record_id = v.record_id and c.version = v.version)
    order by v.record_id, v.version`.execute(db);
  return result.rows.map((row) => [row.record_id, row.version]);
}

/**
 * A digest of every record version a batch wrote (each column, not only the content hash, so an edited amount with
 * its old hash still counts as altered), kept in the batch's audit event: `audit verify` recomputes it, so a version
 * edited behind the platform's back is caught even though the event itself is intact. Versions are hashed in groups
 * of DIGEST_GROUP_SIZE and the group hashes hashed again, so no single string grows with the batch (PostgreSQL caps a
 * value at 1 GB, and a million-row batch would pass that).
 */
export async function digestBatchVersions(db: Kysely<Database>, batchId: number): Promise<string> {
  const result = await sql<{ digest: string | null }>`
    with lines as (
      select jsonb_build_array(record_id, version, enterprise_id, status, occurred_on, ends_on, level, subtype, grade,
               amount, quantity, fields, content_hash)::text as line,
             row_number() over (order by record_id, version) - 1 as position
      from record_versions where batch_id = ${batchId}
    ), groups as (
      select position / ${DIGEST_GROUP_SIZE} as number,
             sha256(convert_to(string_agg(line, E'\n' order by position), 'UTF8')) as hash
      from lines group by 1
    )
    select encode(sha256(coalesce(string_agg(hash, ''::bytea order by number), ''::bytea)), 'hex') as digest from groups`.execute(db);
  return result.rows[0]?.digest ?? '';
}
