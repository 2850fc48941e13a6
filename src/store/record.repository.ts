import { hash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder, type Selectable, type Transaction } from 'kysely';
import { copyRowsIn, encodeCopyRow, type CopySession } from './bulk-copy.ts';
import type { NormalizedRecord } from '../domain/record.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import type { Database, EnterpriseTable, RecordTable, RecordVersionTable } from './database.ts';
import { recordEnterpriseVersions } from './enterprise-history.repository.ts';
import { currentEvaluationLateral, type RecordState } from './evaluation.repository.ts';
import type { Executor } from './executor.ts';

/** A row of `records`: the current state of one record. */
export type RecordRow = Selectable<RecordTable>;
/** A row of `record_versions`: one state a record has had. */
export type RecordVersionRow = Selectable<RecordVersionTable>;
/** `fields` as the platform writes it: every field of the row by catalog key. */
type WithFields<Row> = Omit<Row, 'fields'> & { fields: Record<string, unknown> };

const DIGEST_GROUP_SIZE = 5_000;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * What a record's content hash covers, in canonicalJson's order (sorted keys): everything it says but its subject's
 * name and source row.
 */
const CONTENT_KEYS = [
  'amount',
  'departmentCode',
  'endsOn',
  'fields',
  'grade',
  'kind',
  'level',
  'naturalKey',
  'occurredOn',
  'quantity',
  'status',
  'subjectUscc',
  'subtype',
] as const satisfies ReadonlyArray<keyof NormalizedRecord>;
const CONTENT_MEMBERS = CONTENT_KEYS.map((key) => `"${key}":`);

/**
 * The hash of everything a record says; equal hashes mean a re-sent row changes nothing. The hash is of
 * canonicalJson of the record's CONTENT_KEYS, written here member by member in their known order instead of building
 * that object and sorting its keys for every row of an import (record.repository.test.ts checks they agree).
 */
export function hashRecordContent(record: NormalizedRecord): string {
  let json = '{';
  for (let index = 0; index < CONTENT_KEYS.length; index += 1) {
    const value = record[CONTENT_KEYS[index]!];
    if (value === undefined) continue;
    json += (json.length > 1 ? ',' : '') + CONTENT_MEMBERS[index] + canonicalJson(value);
  }
  return hash('sha256', `${json}}`, 'hex');
}

/**
 * Makes sure every subject has an enterprise row (a record may name a market entity the registry does not hold yet:
 * it is registered with source 'import', its attributes' history starting with it) and returns uscc → enterprise id.
 * Records leave the attributes of the enterprises they name as they are: those get no new version.
 */
export async function ensureEnterprises(
  trx: Transaction<Database>,
  subjects: Map<string, string>,
): Promise<Map<string, number>> {
  if (subjects.size === 0) return new Map();
  const rows = [...subjects].map(([uscc, name]) => ({ uscc, name }));
  // One round trip: rows inserted by this statement are not visible to its own join, so each uscc comes back once.
  const found = await sql<{ id: number; uscc: string; created: boolean }>`
    with subjects as (select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(uscc text, name text)),
    inserted as (
      insert into enterprises (uscc, name, source) select uscc, name, 'import' from subjects
      on conflict (uscc) do nothing returning id, uscc
    )
    select id, uscc, true as created from inserted
    union all
    select e.id, e.uscc, false as created from enterprises e join subjects using (uscc)`.execute(trx);
  await recordEnterpriseVersions(
    trx,
    found.rows.filter((row) => row.created).map((row) => row.id),
  );
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
  // A subject named twice is named by its first row (as mergeStagedRecords does).
  const subjects = new Map<string, string>();
  for (const record of records)
    if (!subjects.has(record.subjectUscc)) subjects.set(record.subjectUscc, record.subjectName);
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
  const history = (rows: string, changeName: string) =>
    historyOf(sql.raw(rows), changeName, operator, batchId === null);
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
      ${history('written', 'created')}`
      .execute(trx)
      .then(noteUnbatched);
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
      ${history('written', change)}`
      .execute(trx)
      .then(noteUnbatched);
  }
  return { created: fresh.length, updated: changed.length, unchanged };
}

/**
 * The one statement that appends records' states to their history: every column of `record_versions` is taken from
 * the record row as written (`rows`: the rows a write returned, or the records themselves), so the current state and
 * its latest version cannot say different things.
 */
function historyOf(rows: RawBuilder<unknown>, change: string, operator: string, returning: boolean) {
  return sql<{ record_id: number; version: number }>`
    insert into record_versions (record_id, version, enterprise_id, change, status, occurred_on, ends_on, level,
      subtype, grade, amount, quantity, fields, content_hash, batch_id, source_row, operator)
    select id, version, enterprise_id, ${change}, status, occurred_on, ends_on, level, subtype, grade, amount,
      quantity, fields, content_hash, batch_id, source_row, ${operator}
    from ${rows}
    ${returning ? sql`returning record_id, version` : sql``}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Staged writes: a batch's records are copied into a temporary table with COPY, then merged into records and
// record_versions by a few set-based statements in the same transaction. The result is the one writeRecords gives for
// the same rows (same ids, versions, history and counts), so the batch's digest is the same too.

/** The temporary table a batch's records are staged in; dropped when the transaction ends, committed or not. */
const STAGING_TABLE = 'record_staging';

/** The staged columns, in the order `encodeStagedRecord` writes them. `position` is the row's place in the batch. */
export const RECORD_STAGING_COLUMNS = [
  'position',
  'subject_uscc',
  'subject_name',
  'kind',
  'natural_key',
  'department_code',
  'status',
  'occurred_on',
  'ends_on',
  'level',
  'subtype',
  'grade',
  'amount',
  'quantity',
  'fields',
  'content_hash',
  'source_row',
] as const;

/**
 * Memory a batch's transaction may sort and hash in before spilling to disk. With the default (4 MB) the merge's sort
 * by position, the sharing feed's sort and the digest's two sorts each wrote tens of megabytes to temporary files for
 * a 50,000-row batch. Kept well below what PGlite's WebAssembly memory allows, as several sorts may hold it at once.
 */
const BATCH_WORK_MEMORY = '128MB';

/**
 * Creates the (empty) staging table in the session's transaction, and gives the transaction the memory its set-based
 * statements need (BATCH_WORK_MEMORY, for this transaction only).
 */
export async function createRecordStaging(trx: Transaction<Database>): Promise<void> {
  await sql`select set_config('work_mem', ${BATCH_WORK_MEMORY}, true)`.execute(trx);
  await sql`
    create temporary table ${sql.table(STAGING_TABLE)} (
      position integer not null, subject_uscc text not null, subject_name text, kind text not null,
      natural_key text not null, department_code text not null, status text not null, occurred_on date, ends_on date,
      level text, subtype text, grade text, amount numeric, quantity numeric, fields jsonb not null,
      content_hash text not null, source_row integer
    ) on commit drop`.execute(trx);
}

/** One record as a line of COPY text for the staging table: the values of `stagedValues`, in column order. */
export function encodeStagedRecord(record: NormalizedRecord, position: number): string {
  const values = stagedValues(record, position);
  return encodeCopyRow(
    RECORD_STAGING_COLUMNS.map((column) => (column === 'fields' ? JSON.stringify(values.fields) : values[column])),
  );
}

/**
 * Copies chunks of records into the staging table (created first with createRecordStaging), each chunk one piece of
 * COPY text, so the rows of the next chunk are validated while the database takes in this one. Given a transaction
 * that cannot COPY (a query builder made outside openStore), each chunk is one INSERT of the same values instead.
 * Positions continue from `firstPosition` (a batch staged and merged group by group). Natural keys must be unique
 * within the batch (the importer rejects repeated rows). Returns the number of rows staged.
 */
export async function stageRecords(
  target: CopySession | Transaction<Database>,
  chunks: AsyncIterable<NormalizedRecord[]> | Iterable<NormalizedRecord[]>,
  firstPosition = 0,
): Promise<number> {
  let position = firstPosition;
  if (!('trx' in target)) {
    for await (const chunk of chunks) {
      const rows = chunk.map((record) => stagedValues(record, position++));
      if (rows.length === 0) continue;
      await sql`insert into ${sql.table(STAGING_TABLE)}
        select * from jsonb_populate_recordset(null::${sql.table(STAGING_TABLE)}, ${JSON.stringify(rows)}::jsonb)`.execute(
        target,
      );
    }
    return position - firstPosition;
  }
  async function* encode(): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      const text = encodeStagedChunk(chunk, position);
      position += chunk.length;
      if (text.length > 0) yield text;
    }
  }
  return copyRowsIn(target, STAGING_TABLE, RECORD_STAGING_COLUMNS, encode());
}

/** A chunk of records as COPY text for the staging table, the first at `firstPosition` (stageEncodedRecords). */
export function encodeStagedChunk(chunk: readonly NormalizedRecord[], firstPosition: number): string {
  let text = '';
  for (let index = 0; index < chunk.length; index += 1) text += encodeStagedRecord(chunk[index], firstPosition + index);
  return text;
}

/**
 * Copies chunks encoded beforehand (encodeStagedChunk) into the staging table: the encoding (content hashes, COPY
 * text) can then be done while the database is busy with something else. Returns the number of rows staged.
 */
export async function stageEncodedRecords(session: CopySession, texts: readonly string[]): Promise<number> {
  return copyRowsIn(
    session,
    STAGING_TABLE,
    RECORD_STAGING_COLUMNS,
    texts.filter((text) => text.length > 0),
  );
}

/** One record as a row of the staging table, by column name (the INSERT path of stageRecords). */
function stagedValues(
  record: NormalizedRecord,
  position: number,
): Record<(typeof RECORD_STAGING_COLUMNS)[number], unknown> {
  return {
    position,
    subject_uscc: record.subjectUscc,
    subject_name: record.subjectName,
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
    content_hash: hashRecordContent(record),
    source_row: record.sourceRow,
  };
}

/**
 * Merges the staged records into records and record_versions, as writeRecords does chunk by chunk: subjects without an
 * enterprise row are registered (source 'import') in order of first appearance, new natural keys are created
 * (version 1) in batch order, changed ones get a new version, identical ones are left alone; every state written is
 * appended to the history by the statement that writes it. The staging table is then emptied, so a large batch can be
 * staged and merged in groups, in order, inside its one transaction (commit-batch.ts).
 */
export async function mergeStagedRecords(
  trx: Transaction<Database>,
  batchId: number,
  operator: string,
  change: 'created' | 'corrected' = 'corrected',
): Promise<WriteCounts> {
  const staging = sql.table(STAGING_TABLE);
  // A new subject is named by its first row, as in ensureEnterprises; subjects are inserted in order of first mention.
  // (A batch merged group by group names it in the group of its first row; later groups find it there.)
  // The new ones start their attributes' history (those already registered keep theirs: records do not change them).
  const registered = await sql<{ id: number }>`
    with inserted as (
      insert into enterprises (uscc, name, source)
      select subject_uscc, (array_agg(subject_name order by position))[1], 'import' from ${staging}
      group by subject_uscc order by min(position)
      on conflict (uscc) do nothing
      returning id
    )
    select id from inserted order by id`.execute(trx);
  await recordEnterpriseVersions(
    trx,
    registered.rows.map((row) => row.id),
  );

  // One pass over the staged rows finds each one's current record: changed ones get a new version, new natural keys
  // are created in batch order, identical ones are left alone; each write appends its version in the same statement.
  // Each staged row probes the unique indexes of enterprises and records, and each changed record is reached by its id
  // (nested loops, for this statement only): otherwise the planner, knowing nothing of the staging table,
  // hashed or merged the whole records table for every group of a batch (1–1.7 s a group at 2 million records,
  // growing with the store), where the probes cost the same whatever the store's size.
  const written = await withNestedLoopJoins(trx, () =>
    sql<{ staged: number; updated: number; created: number }>`
    with matched as (
      select s.*, e.id as enterprise_id, r.id as record_id, r.version as current_version,
        r.content_hash as current_hash
      from ${staging} s
      join enterprises e on e.uscc = s.subject_uscc
      left join records r on r.kind = s.kind and r.natural_key = s.natural_key
    ),
    updated as (
      update records r set version = m.current_version + 1, department_code = m.department_code,
        enterprise_id = m.enterprise_id, status = m.status, occurred_on = m.occurred_on, ends_on = m.ends_on,
        level = m.level, subtype = m.subtype, grade = m.grade, amount = m.amount, quantity = m.quantity,
        fields = m.fields, content_hash = m.content_hash, batch_id = ${batchId}, source_row = m.source_row,
        updated_at = now()
      from matched m where r.id = m.record_id and m.current_hash <> m.content_hash
      returning r.*
    ),
    created as (
      insert into records (enterprise_id, kind, natural_key, version, department_code, status, occurred_on, ends_on,
        level, subtype, grade, amount, quantity, fields, content_hash, batch_id, source_row)
      select m.enterprise_id, m.kind, m.natural_key, 1, m.department_code, m.status, m.occurred_on, m.ends_on,
        m.level, m.subtype, m.grade, m.amount, m.quantity, m.fields, m.content_hash, ${batchId}, m.source_row
      from matched m where m.record_id is null
      order by m.position
      returning *
    ),
    updated_versions as (${historyOf(sql.raw('updated'), change, operator, true)}),
    created_versions as (${historyOf(sql.raw('created'), 'created', operator, true)})
    select (select count(*) from matched)::integer as staged, (select count(*) from updated_versions)::integer as updated,
      (select count(*) from created_versions)::integer as created`.execute(trx),
  );
  // Emptied for the batch's next group: every staged row is merged now.
  await sql`truncate ${staging}`.execute(trx);
  const counts = written.rows[0]!;
  return {
    created: Number(counts.created),
    updated: Number(counts.updated),
    unchanged: Number(counts.staged) - Number(counts.created) - Number(counts.updated),
  };
}

/**
 * Runs `work` with hash and merge joins off, then gives them back the values they had (for the rest of the
 * transaction). After a failure nothing is given back: the transaction is aborted, and its settings go with it.
 */
async function withNestedLoopJoins<T>(trx: Transaction<Database>, work: () => Promise<T>): Promise<T> {
  const before = await sql<{ hash: string; merge: string }>`
    select current_setting('enable_hashjoin') as hash, current_setting('enable_mergejoin') as merge`.execute(trx);
  const { hash: hashJoin, merge: mergeJoin } = before.rows[0]!;
  await sql`select set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)`.execute(
    trx,
  );
  const result = await work();
  await sql`select set_config('enable_hashjoin', ${hashJoin}, true), set_config('enable_mergejoin', ${mergeJoin}, true)`.execute(
    trx,
  );
  return result;
}

/**
 * Refreshes the planner's statistics of the tables a large batch grew, so the statements that follow it (re-evaluation,
 * notices) are planned for the rows it added instead of waiting for autovacuum: without this a 200,000-row batch's
 * notice query ran for minutes on a nested loop. Where the role may not analyze them (a runtime role that does not own
 * the tables), PostgreSQL skips them with a warning.
 */
export async function analyzeRecordTables(db: Kysely<Database>): Promise<void> {
  // Every column but `fields` and the hashes: the statements that follow filter and join on these, never compare a
  // record's fields as a whole, and sampling the large jsonb values took most of the time. Autovacuum still analyzes
  // every column later.
  await sql`analyze enterprises,
    records (id, enterprise_id, kind, natural_key, version, department_code, status, occurred_on, ends_on, level,
      subtype, grade, amount, quantity, batch_id, source_row, created_at, updated_at),
    record_versions (record_id, version, enterprise_id, change, status, occurred_on, ends_on, level, subtype, grade,
      amount, quantity, batch_id, source_row, operator, recorded_at)`.execute(db);
}

/** The columns `records` is bulk-loaded with (COPY text, one record at version 1 per line), in this order. */
export const RECORD_COPY_IN_COLUMNS = [
  'enterprise_id',
  'kind',
  'natural_key',
  'version',
  'department_code',
  'status',
  'occurred_on',
  'ends_on',
  'level',
  'subtype',
  'grade',
  'amount',
  'quantity',
  'fields',
  'content_hash',
  'batch_id',
] as const;

/**
 * Bulk-loads records as COPY text (RECORD_COPY_IN_COLUMNS, every line a new record of one of `batchIds`) and appends
 * each one's first version to its history in the same transaction, with the statement writeRecords uses. Returns the
 * number of records written.
 */
export async function copyRecordsIn(
  session: CopySession,
  chunks: Iterable<Uint8Array | string> | AsyncIterable<Uint8Array | string>,
  batchIds: readonly number[],
  operator: string,
): Promise<number> {
  const count = await copyRowsIn(session, 'records', RECORD_COPY_IN_COLUMNS, chunks);
  if (batchIds.length > 0) {
    await historyOf(
      sql`records where batch_id = any(${sql.val([...batchIds])}::bigint[])`,
      'created',
      operator,
      false,
    ).execute(session.trx);
  }
  return count;
}

/** What an import batch records about where its rows came from. */
export interface ImportBatchValues {
  department_code: string;
  kind: string;
  file_name: string;
  file_hash: string;
  format: string;
  mode: string;
  operator: string;
}

/** Opens import batches for a bulk load and returns their ids, in the order given. */
export async function openImportBatches(
  trx: Transaction<Database>,
  rows: readonly ImportBatchValues[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await trx
    .insertInto('import_batches')
    .values(rows.map((row) => ({ ...row, status: 'open' })))
    .returning('id')
    .execute();
  return inserted.map((row) => row.id);
}

/** Marks bulk-loaded batches committed with the number of records each created, and returns those numbers. */
export async function commitBulkBatches(
  trx: Transaction<Database>,
  batchIds: readonly number[],
): Promise<Map<number, number>> {
  if (batchIds.length === 0) return new Map();
  const result = await sql<{ id: number; created: number }>`
    update import_batches b set status = 'committed', total_rows = coalesce(c.created, 0), created_rows = coalesce(c.created, 0),
      finished_at = now()
    from (select id from import_batches where id = any(${sql.val([...batchIds])}::bigint[])) as s
    left join (select batch_id, count(*)::integer as created from records where batch_id = any(${sql.val([...batchIds])}::bigint[]) group by batch_id) c
      on c.batch_id = s.id
    where b.id = s.id
    returning b.id, b.created_rows as created`.execute(trx);
  return new Map(result.rows.map((row) => [Number(row.id), Number(row.created)]));
}

/** How many records the store holds. */
export async function countRecords(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
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
 * A record version as one canonical line: the text of `jsonb_build_array(record_id, version, enterprise_id, status,
 * occurred_on, ends_on, level, subtype, grade, amount, quantity, fields, content_hash)`, which the digests stored in
 * audit events were taken over. Built by concatenation instead: the same characters (each value as jsonb writes it,
 * `, ` between them), without copying every version's fields into a new jsonb value first, which took over half of a
 * large batch's digest.
 */
function versionLine(alias: string): RawBuilder<string> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const json = (name: string) => sql`coalesce(to_json(${column(name)})::text, 'null')`;
  const number = (name: string) => sql`coalesce(${column(name)}::text, 'null')`;
  return sql<string>`concat('[', ${column('record_id')}, ', ', ${column('version')}, ', ', ${column('enterprise_id')}, ', ',
    ${json('status')}, ', ', ${json('occurred_on')}, ', ', ${json('ends_on')}, ', ', ${json('level')}, ', ',
    ${json('subtype')}, ', ', ${json('grade')}, ', ', ${number('amount')}, ', ', ${number('quantity')}, ', ',
    ${column('fields')}::text, ', ', ${json('content_hash')}, ']')`;
}

/**
 * The given record versions, one canonical line each (the columns digestBatchVersions covers), in (record, version)
 * order; a version that no longer exists is simply missing, which changes any digest taken over the lines.
 */
export async function readRecordVersionLines(db: Kysely<Database>, versions: [number, number][]): Promise<string[]> {
  const keys = versions.map(([record, version]) => ({ record, version }));
  const result = await sql<{ line: string }>`
    select ${versionLine('v')} as line
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
      select ${versionLine('v')} as line, row_number() over (order by v.record_id, v.version) - 1 as position
      from record_versions v where v.batch_id = ${batchId}
    ), groups as (
      select position / ${DIGEST_GROUP_SIZE} as number,
             sha256(convert_to(string_agg(line, E'\n' order by position), 'UTF8')) as hash
      from lines group by 1
    )
    select encode(sha256(coalesce(string_agg(hash, ''::bytea order by number), ''::bytea)), 'hex') as digest from groups`.execute(
    db,
  );
  return result.rows[0]?.digest ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

/** Which current records of an enterprise to list. */
export interface RecordFilter {
  kind?: string;
  status?: string;
  /** Only this department's records. */
  departmentCode?: string;
}

/** A current record as a listing shows it: its columns with the kind's label and the department's short name. */
export type LabelledRecordRow = WithFields<
  Pick<
    RecordRow,
    | 'id'
    | 'kind'
    | 'department_code'
    | 'status'
    | 'occurred_on'
    | 'ends_on'
    | 'level'
    | 'subtype'
    | 'grade'
    | 'amount'
    | 'quantity'
    | 'fields'
    | 'version'
    | 'batch_id'
    | 'source_row'
    | 'created_at'
    | 'updated_at'
  >
> & { kind_label: string; department_name: string };

/** One page of an enterprise's current records, newest decision first, and how many match in all. */
export async function listRecordsOfEnterprise(
  db: Executor,
  enterpriseId: number,
  filter: RecordFilter = {},
  page?: { limit: number; offset: number },
): Promise<{ total: number; rows: LabelledRecordRow[] }> {
  const base = db
    .selectFrom('records as r')
    .where('r.enterprise_id', '=', enterpriseId)
    .$if(filter.kind !== undefined, (q) => q.where('r.kind', '=', filter.kind!))
    .$if(filter.status !== undefined, (q) => q.where('r.status', '=', filter.status!))
    .$if(filter.departmentCode !== undefined, (q) => q.where('r.department_code', '=', filter.departmentCode!));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('record_kinds as k', 'k.code', 'r.kind')
    .innerJoin('departments as d', 'd.code', 'r.department_code')
    .select([
      'r.id',
      'r.kind',
      'k.label as kind_label',
      'r.department_code',
      'd.short_name as department_name',
      'r.status',
      'r.occurred_on',
      'r.ends_on',
      'r.level',
      'r.subtype',
      'r.grade',
      'r.amount',
      'r.quantity',
      'r.fields',
      'r.version',
      'r.batch_id',
      'r.source_row',
      'r.created_at',
      'r.updated_at',
    ])
    .orderBy(sql`r.occurred_on desc nulls last`)
    .orderBy('r.id')
    .$if(page !== undefined, (q) => q.limit(page!.limit).offset(page!.offset))
    .execute();
  return { total: Number(total), rows: rows.map((row) => ({ ...row, fields: row.fields as Record<string, unknown> })) };
}

/**
 * A current record with the enterprise it names (USCC and name), its kind's label and its department's short name:
 * what a workflow rewrites and what a detail page heads with.
 */
export type RecordWithEnterpriseRow = WithFields<RecordRow> &
  Pick<Selectable<EnterpriseTable>, 'uscc' | 'name'> & { kind_label: string; department_name: string };

/** One current record with its enterprise and labels, or undefined. */
export async function findRecordWithEnterprise(db: Executor, id: number): Promise<RecordWithEnterpriseRow | undefined> {
  const row = await db
    .selectFrom('records as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .innerJoin('record_kinds as k', 'k.code', 'r.kind')
    .innerJoin('departments as d', 'd.code', 'r.department_code')
    .selectAll('r')
    .select(['e.uscc', 'e.name', 'k.label as kind_label', 'd.short_name as department_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row && { ...row, fields: row.fields as Record<string, unknown> };
}

/** The id of the record with this natural key, which must exist (e.g. just written by writeRecords). */
export async function findRecordIdByNaturalKey(db: Executor, kind: string, naturalKey: string): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select('id')
    .where('kind', '=', kind)
    .where('natural_key', '=', naturalKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The enterprise a record names and when it entered the platform, or undefined. */
export async function findRecordSubject(
  db: Executor,
  id: number,
): Promise<Pick<RecordRow, 'enterprise_id' | 'created_at'> | undefined> {
  return db.selectFrom('records').select(['enterprise_id', 'created_at']).where('id', '=', id).executeTakeFirst();
}

/** Every state a record has had, oldest first, each with the import batch that wrote it (null outside batches). */
export async function listVersionsWithBatch(db: Executor, recordId: number) {
  return db
    .selectFrom('record_versions as v')
    .leftJoin('import_batches as b', 'b.id', 'v.batch_id')
    .select([
      'v.version',
      'v.change',
      'v.status',
      'v.occurred_on',
      'v.ends_on',
      'v.level',
      'v.subtype',
      'v.grade',
      'v.amount',
      'v.quantity',
      'v.fields',
      'v.content_hash',
      'v.source_row',
      'v.operator',
      'v.recorded_at',
      'b.id as batch_id',
      'b.department_code as batch_department',
      'b.file_name',
      'b.file_hash',
      'b.format',
      'b.operator as batch_operator',
      'b.started_at',
    ])
    .where('v.record_id', '=', recordId)
    .orderBy('v.version')
    .execute();
}

/** The columns of a record the evaluation engine reads (engine/engine-input.ts EngineRecord), one list for its readers. */
export type EngineRecordColumn =
  | 'id'
  | 'version'
  | 'content_hash'
  | 'kind'
  | 'status'
  | 'occurred_on'
  | 'ends_on'
  | 'level'
  | 'subtype'
  | 'grade'
  | 'amount'
  | 'quantity'
  | 'department_code';

/** The content of a record as evaluation reads it, in the state it had as of some instant. */
export type RecordStateRow = WithFields<Pick<RecordRow, EngineRecordColumn | 'fields'>>;

/**
 * Every record of an enterprise in id order: the current state, or, with `recordedBefore`, the latest version of each
 * record recorded before that instant, kept when that version names this enterprise.
 */
export async function listRecordStatesOfEnterprise(
  db: Executor,
  enterpriseId: number,
  recordedBefore: Date | null,
): Promise<RecordStateRow[]> {
  const rows =
    recordedBefore === null
      ? await db
          .selectFrom('records')
          .select([
            'id',
            'version',
            'content_hash',
            'kind',
            'status',
            'occurred_on',
            'ends_on',
            'level',
            'subtype',
            'grade',
            'amount',
            'quantity',
            'department_code',
            'fields',
          ])
          .where('enterprise_id', '=', enterpriseId)
          .orderBy('id')
          .execute()
      : (
          await db
            .selectFrom('record_versions as v')
            .innerJoin('records as r', 'r.id', 'v.record_id')
            .distinctOn('v.record_id')
            .select([
              'v.record_id as id',
              'v.version',
              'v.content_hash',
              'r.kind',
              'v.status',
              'v.occurred_on',
              'v.ends_on',
              'v.level',
              'v.subtype',
              'v.grade',
              'v.amount',
              'v.quantity',
              'r.department_code',
              'v.fields',
              'v.enterprise_id',
            ])
            .where(
              'v.record_id',
              'in',
              db.selectFrom('record_versions').select('record_id').where('enterprise_id', '=', enterpriseId),
            )
            .where('v.recorded_at', '<', recordedBefore)
            .orderBy('v.record_id')
            .orderBy('v.version', 'desc')
            .execute()
        )
          .filter((row) => row.enterprise_id === enterpriseId)
          .map(({ enterprise_id: _, ...row }) => row);
  return rows.map((row) => ({ ...row, fields: row.fields as Record<string, unknown> }));
}

/** The active records of one kind of an enterprise, newest decision first, at most `limit`. */
export async function listActiveRecordsOfKind(
  db: Executor,
  enterpriseId: number,
  kind: string,
  limit: number,
): Promise<WithFields<Pick<RecordRow, 'grade' | 'fields'>>[]> {
  const rows = await db
    .selectFrom('records')
    .select(['grade', 'fields'])
    .where('enterprise_id', '=', enterpriseId)
    .where('kind', '=', kind)
    .where('status', '=', 'active')
    .orderBy('occurred_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, fields: row.fields as Record<string, unknown> }));
}

/** An enterprise's newest active record of one kind: its grade column, date and fields. */
export type LatestRecordOfKindRow = WithFields<Pick<RecordRow, 'enterprise_id' | 'grade' | 'occurred_on'>>;

/** Per enterprise (all, or these ids) the active record of a kind with the latest date (then the latest id). */
export async function listLatestActiveRecordsOfKind(
  db: Executor,
  kind: string,
  enterpriseIds?: readonly number[],
): Promise<LatestRecordOfKindRow[]> {
  if (enterpriseIds && enterpriseIds.length === 0) return [];
  const scope = enterpriseIds ? sql`and enterprise_id = any(${sql.val(enterpriseIds)}::bigint[])` : sql``;
  const { rows } = await sql<LatestRecordOfKindRow>`select distinct on (enterprise_id) enterprise_id, grade,
      occurred_on, fields
    from records where kind = ${kind} and status = 'active' ${scope}
    order by enterprise_id, occurred_on desc nulls last, id desc`.execute(db);
  return rows.map((row) => ({
    ...row,
    enterprise_id: Number(row.enterprise_id),
    fields: row.fields as Record<string, unknown>,
  }));
}

/** A standing record with the columns its publicity window needs (`violation_type` read out of `fields`). */
export type StandingRecordRow = WithFields<
  Pick<
    RecordRow,
    | 'id'
    | 'enterprise_id'
    | 'kind'
    | 'department_code'
    | 'status'
    | 'occurred_on'
    | 'ends_on'
    | 'level'
    | 'subtype'
    | 'amount'
  >
> & { violation_type: string | null };

/**
 * The records of these kinds that stand (status active) and had happened by the date, for the given enterprises,
 * by enterprise, decision date and id.
 */
export async function listStandingRecords(
  db: Executor,
  enterpriseIds: readonly number[],
  kinds: readonly string[],
  asOf: string,
): Promise<StandingRecordRow[]> {
  if (enterpriseIds.length === 0 || kinds.length === 0) return [];
  const rows = await db
    .selectFrom('records as r')
    .select([
      'r.id',
      'r.enterprise_id',
      'r.kind',
      'r.department_code',
      'r.status',
      'r.occurred_on',
      'r.ends_on',
      'r.level',
      'r.subtype',
      'r.amount',
      sql<string | null>`r.fields ->> 'violation_type'`.as('violation_type'),
      'r.fields',
    ])
    .where(sql<boolean>`r.enterprise_id = any(${sql.val(enterpriseIds)}::bigint[])`)
    .where(sql<boolean>`r.kind = any(${sql.val(kinds)}::text[])`)
    .where('r.status', '=', 'active')
    .where(sql<boolean>`r.occurred_on <= ${asOf}::date`)
    .orderBy('r.enterprise_id')
    .orderBy('r.occurred_on')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    enterprise_id: Number(row.enterprise_id),
    amount: row.amount === null ? null : Number(row.amount),
    fields: row.fields as Record<string, unknown>,
  }));
}

/** Records with the enterprise they name, for the given ids (a page of a public listing), in no particular order. */
export async function findRecordsWithEnterprise(
  db: Executor,
  ids: readonly number[],
): Promise<
  Array<
    WithFields<Pick<RecordRow, 'id' | 'subtype' | 'occurred_on' | 'fields'>> &
      Pick<Selectable<EnterpriseTable>, 'uscc' | 'name'>
  >
> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('records as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .select(['r.id', 'r.subtype', 'r.occurred_on', 'r.fields', 'e.uscc', 'e.name'])
    .where('r.id', 'in', ids)
    .execute();
  return rows.map((row) => ({ ...row, fields: row.fields as Record<string, unknown> }));
}

/** How many records and record versions each kind has. */
export async function countRecordsByKind(db: Executor): Promise<Map<string, { records: number; versions: number }>> {
  const records = await db
    .selectFrom('records')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('kind')
    .execute();
  const versions = await db
    .selectFrom('record_versions')
    .innerJoin('records', 'records.id', 'record_versions.record_id')
    .select(['records.kind', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('records.kind')
    .execute();
  const counts = new Map<string, { records: number; versions: number }>();
  for (const row of records) counts.set(row.kind, { records: Number(row.count), versions: 0 });
  for (const row of versions)
    counts.set(row.kind, { records: counts.get(row.kind)?.records ?? 0, versions: Number(row.count) });
  return counts;
}

/** The first record (lowest id) of any of these enterprises, or undefined. */
export async function findFirstRecordOf(
  db: Executor,
  enterpriseIds: readonly number[],
): Promise<Pick<RecordRow, 'id' | 'enterprise_id'> | undefined> {
  if (enterpriseIds.length === 0) return undefined;
  return db
    .selectFrom('records')
    .select(['id', 'enterprise_id'])
    .where('enterprise_id', 'in', enterpriseIds)
    .orderBy('id')
    .executeTakeFirst();
}

/**
 * Writes a record whose versions were recorded at the given instants (the platform itself always records "now"), so
 * evaluations as of earlier dates can be tested. The last version is the record's current state.
 */
export async function writeBackdatedRecord(
  trx: Transaction<Database>,
  versions: Array<{ recordedAt: string; record: NormalizedRecord }>,
): Promise<number> {
  const first = versions[0].record;
  const enterpriseId = (await ensureEnterprises(trx, new Map([[first.subjectUscc, first.subjectName]]))).get(
    first.subjectUscc,
  )!;
  const row = (record: NormalizedRecord) => ({
    status: record.status,
    occurred_on: record.occurredOn,
    ends_on: record.endsOn,
    level: record.level,
    subtype: record.subtype,
    grade: record.grade,
    amount: record.amount,
    quantity: record.quantity,
    fields: JSON.stringify(record.fields),
    content_hash: hashRecordContent(record),
  });
  const last = versions[versions.length - 1].record;
  const { id } = await trx
    .insertInto('records')
    .values({
      enterprise_id: enterpriseId,
      kind: last.kind,
      natural_key: last.naturalKey,
      version: versions.length,
      department_code: last.departmentCode,
      ...row(last),
      batch_id: null,
      source_row: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [index, version] of versions.entries()) {
    await trx
      .insertInto('record_versions')
      .values({
        record_id: id,
        version: index + 1,
        enterprise_id: enterpriseId,
        change: index === 0 ? 'created' : 'corrected',
        operator: '测试员',
        ...row(version.record),
        batch_id: null,
        source_row: null,
        recorded_at: version.recordedAt,
      })
      .execute();
  }
  return id;
}

/** The id and natural key of every record. */
export async function listRecordKeys(db: Executor): Promise<Array<Pick<RecordRow, 'id' | 'kind' | 'natural_key'>>> {
  return db.selectFrom('records').select(['id', 'kind', 'natural_key']).orderBy('id').execute();
}

/** Records by id, with what a reader of a case needs: kind, department, dates, status and fields. */
export async function findRecordsByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('records')
    .select(['id', 'kind', 'department_code', 'occurred_on', 'ends_on', 'status', 'fields'])
    .where('id', 'in', ids)
    .execute();
}

/**
 * Where the patent records keep what the whitelist rules read (catalog/ip-pledge-whitelist.yaml `patents`): the
 * record kind, the fields holding the number, name, type and 法律状态, and the values that count.
 */
export interface PatentFields {
  kind: string;
  numberField: string;
  nameField: string;
  typeField: string;
  inventionTypes: readonly string[];
  legalStatusField: string;
  validLegalStatuses: readonly string[];
  pledgedLegalStatuses: readonly string[];
}

/** An enterprise's count of valid patents, valid invention patents and pledged patents. */
export interface PatentCountRow {
  enterprise_id: number;
  valid_patents: number;
  valid_invention_patents: number;
  pledged_patents: number;
}

/** Valid on a date: the record stands, its 法律状态 counts as valid, it was granted by then and its term had not ended. */
function validPatentCondition(patents: PatentFields, asOf: string): RawBuilder<boolean> {
  return sql<boolean>`r.kind = ${patents.kind} and r.status = 'active'
      and r.fields ->> ${patents.legalStatusField}::text = any(${sql.val(patents.validLegalStatuses)}::text[])
      and (r.occurred_on is null or r.occurred_on <= ${asOf}::date)
      and (r.ends_on is null or r.ends_on >= ${asOf}::date)`;
}

/** One grouped statement: the patent counts of each enterprise as of a date (`scope` narrows it to some enterprises). */
function patentCountsSql(patents: PatentFields, asOf: string, scope?: readonly number[]): RawBuilder<PatentCountRow> {
  const inScope = scope ? sql`and r.enterprise_id = any(${sql.val(scope)}::bigint[])` : sql``;
  return sql<PatentCountRow>`
    select r.enterprise_id,
      count(*) as valid_patents,
      count(*) filter (where r.fields ->> ${patents.typeField}::text = any(${sql.val(patents.inventionTypes)}::text[])) as valid_invention_patents,
      count(*) filter (where r.fields ->> ${patents.legalStatusField}::text = any(${sql.val(patents.pledgedLegalStatuses)}::text[])) as pledged_patents
    from records r
    where ${validPatentCondition(patents, asOf)}
      ${inScope}
    group by r.enterprise_id`;
}

/** The patent counts as of a date of the enterprises that hold a valid patent, among `enterpriseIds`. */
export async function countValidPatentsByEnterprise(
  db: Executor,
  patents: PatentFields,
  asOf: string,
  enterpriseIds: readonly number[],
): Promise<PatentCountRow[]> {
  const result = await patentCountsSql(patents, asOf, enterpriseIds).execute(db);
  return result.rows.map((row) => ({
    enterprise_id: Number(row.enterprise_id),
    valid_patents: Number(row.valid_patents),
    valid_invention_patents: Number(row.valid_invention_patents),
    pledged_patents: Number(row.pledged_patents),
  }));
}

/** An enterprise with enough valid invention patents, with its current grade (null when never evaluated). */
export interface PatentHolderWithGradeRow {
  enterprise_id: number;
  uscc: string;
  valid_patents: number;
  valid_invention_patents: number;
  grade: string | null;
  score: number | null;
  evaluated_on: string | null;
}

/**
 * The enterprises holding at least `minValidInventionPatents` valid invention patents as of a date, with their patent
 * counts and latest evaluation, by enterprise id (`scope` narrows it to some enterprises).
 */
export async function listPatentHoldersWithGrade(
  db: Executor,
  patents: PatentFields,
  asOf: string,
  minValidInventionPatents: number,
  scope?: readonly number[],
): Promise<PatentHolderWithGradeRow[]> {
  const result = await sql<PatentHolderWithGradeRow>`
    select p.enterprise_id, e.uscc, p.valid_patents, p.valid_invention_patents, g.grade, g.score, g.as_of as evaluated_on
    from (${patentCountsSql(patents, asOf, scope)}) p
    join enterprises e on e.id = p.enterprise_id
    left join lateral ${currentEvaluationLateral('p.enterprise_id')} g on true
    where p.valid_invention_patents >= ${minValidInventionPatents}
    order by p.enterprise_id`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    enterprise_id: Number(row.enterprise_id),
    valid_patents: Number(row.valid_patents),
    valid_invention_patents: Number(row.valid_invention_patents),
    score: row.score === null ? null : Number(row.score),
  }));
}

/** A valid invention patent of an enterprise: number, name, 法律状态 and grant date. */
export interface InventionPatentRow {
  enterprise_id: number;
  number: string;
  name: string;
  legal_status: string;
  granted_on: string | null;
}

/** The valid invention patents as of a date of these enterprises, by enterprise, grant date and id. */
export async function listValidInventionPatents(
  db: Executor,
  patents: PatentFields,
  asOf: string,
  enterpriseIds: readonly number[],
): Promise<InventionPatentRow[]> {
  if (enterpriseIds.length === 0) return [];
  const result = await sql<InventionPatentRow>`
    select r.enterprise_id, r.fields ->> ${patents.numberField}::text as number, r.fields ->> ${patents.nameField}::text as name, r.fields ->> ${patents.legalStatusField}::text as legal_status, r.occurred_on as granted_on
    from records r
    where r.enterprise_id = any(${sql.val(enterpriseIds)}::bigint[]) and ${validPatentCondition(patents, asOf)}
      and r.fields ->> ${patents.typeField}::text = any(${sql.val(patents.inventionTypes)}::text[])
    order by r.enterprise_id, r.occurred_on, r.id`.execute(db);
  return result.rows.map((row) => ({ ...row, enterprise_id: Number(row.enterprise_id) }));
}

/** Of these patent numbers (upper case), those the enterprise has a patent record of, in any legal status. */
export async function findPatentNumbersOfEnterprise(
  db: Executor,
  patents: Pick<PatentFields, 'kind' | 'numberField'>,
  enterpriseId: number,
  numbers: readonly string[],
): Promise<string[]> {
  if (numbers.length === 0) return [];
  const result = await sql<{ number: string }>`
    select r.fields ->> ${patents.numberField}::text as number from records r
    where r.enterprise_id = ${enterpriseId} and r.kind = ${patents.kind}
      and upper(r.fields ->> ${patents.numberField}::text) = any(${sql.val(numbers)}::text[])`.execute(db);
  return result.rows.map((row) => row.number);
}

/** How many active records of a kind each of these enterprises has in force on a date (begun by then, not ended). */
export async function countRecordsInForceByEnterprise(
  db: Executor,
  kind: string,
  asOf: string,
  enterpriseIds: readonly number[],
): Promise<Map<number, number>> {
  if (enterpriseIds.length === 0) return new Map();
  const result = await sql<{ enterprise_id: number; count: number }>`
    select r.enterprise_id, count(*) as count from records r
    where r.enterprise_id = any(${sql.val(enterpriseIds)}::bigint[]) and r.kind = ${kind} and r.status = 'active'
      and (r.occurred_on is null or r.occurred_on <= ${asOf}::date) and (r.ends_on is null or r.ends_on >= ${asOf}::date)
    group by r.enterprise_id`.execute(db);
  return new Map(result.rows.map((row) => [Number(row.enterprise_id), Number(row.count)]));
}

/** The records of one kind with the given natural keys: id, natural key and current version. */
export async function findRecordsByNaturalKeys(
  db: Executor,
  kind: string,
  naturalKeys: readonly string[],
): Promise<Array<{ id: number; natural_key: string; version: number }>> {
  if (naturalKeys.length === 0) return [];
  return db
    .selectFrom('records')
    .select(['id', 'natural_key', 'version'])
    .where('kind', '=', kind)
    .where('natural_key', 'in', naturalKeys)
    .execute();
}

/** The versions one import batch wrote of the given records. */
export async function findVersionsWrittenByBatch(
  db: Executor,
  batchId: number,
  recordIds: readonly number[],
): Promise<Array<{ record_id: number; version: number }>> {
  if (recordIds.length === 0) return [];
  return db
    .selectFrom('record_versions')
    .select(['record_id', 'version'])
    .where('batch_id', '=', batchId)
    .where('record_id', 'in', recordIds)
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Reads for notices, policies, inspections, the public portal and the demo

/** The lowest and highest id of the records an import batch created (nulls when it created none). */
export async function findCreatedRecordIdRange(
  db: Executor,
  batchId: number,
): Promise<{ low: number | null; high: number | null }> {
  // The batch's versions are read by the batch index first (`offset 0` keeps the subquery apart): written as a bare
  // min/max, PostgreSQL walked the primary key from either end looking for the batch's first row, about 4 s per
  // batch on 20 million versions, for every single-record push after a large store had grown.
  const range = await sql<{ low: number | null; high: number | null }>`
    select min(record_id) as low, max(record_id) as high
    from (select record_id from record_versions where batch_id = ${batchId} and change = 'created' offset 0) v`.execute(
    db,
  );
  return range.rows[0] ?? { low: null, high: null };
}

/** A record an import batch created, with its current columns and its document number. */
export interface CreatedRecordRow extends RecordState {
  id: number;
  version: number;
  enterprise_id: number;
  number: string | null;
}

/**
 * The records of these kinds that an import batch created (version 1 in the batch) with ids from `fromId` to `toId`,
 * by id. `number` is the SQL (over the record aliased `r`) of each one's document number.
 */
export async function listCreatedRecordsOfBatch(
  db: Executor,
  options: {
    batchId: number;
    kinds: readonly string[];
    fromId: number;
    toId: number;
    number: RawBuilder<string | null>;
  },
): Promise<CreatedRecordRow[]> {
  const rows = await sql<CreatedRecordRow>`
    select r.id, r.version, r.enterprise_id, r.kind, r.department_code, r.status, r.occurred_on, r.ends_on, r.level,
      r.subtype, r.amount, r.fields->>'violation_type' as violation_type, ${options.number} as number
    from records r join record_versions v on v.record_id = r.id and v.version = 1 and v.batch_id = ${options.batchId}
    -- The range on both sides lets the planner walk both primary keys side by side (a merge join) instead of reading
    -- every version of the batch again for each range.
    where r.id between ${options.fromId} and ${options.toId} and v.record_id between ${options.fromId} and ${options.toId}
      and r.kind = any(${sql.val(options.kinds)}::text[])
    order by r.id`.execute(db);
  return rows.rows;
}

/** An active record as policy conditions read it. */
export interface RecordFactRow {
  enterprise_id: number;
  kind: string;
  subtype: string | null;
  grade: string | null;
  reported_status: string | null;
  occurred_on: string | null;
  ends_on: string | null;
  amount: number | null;
  quantity: number | null;
}

/**
 * The active records of these kinds, of every enterprise or of `enterpriseIds`, by enterprise, date (undated first)
 * and id. `reportedStatusSql` is the SQL (over `r`) of each one's reported status (evaluation.repository's
 * reportedStatusSql).
 */
export async function listActiveRecordFacts(
  db: Executor,
  options: { kinds: readonly string[]; reportedStatusSql: string; enterpriseIds?: readonly number[] },
): Promise<RecordFactRow[]> {
  const scope = options.enterpriseIds
    ? sql`and ${sql.ref('r.enterprise_id')} = any(${sql.val(options.enterpriseIds)}::bigint[])`
    : sql``;
  const rows = await sql<RecordFactRow>`
    select r.enterprise_id, r.kind, r.subtype, r.grade, ${sql.raw(options.reportedStatusSql)} as reported_status, r.occurred_on, r.ends_on, r.amount, r.quantity
    from records r
    where r.status = 'active' and r.kind = any(${sql.val(options.kinds)}::text[]) ${scope}
    order by r.enterprise_id, r.occurred_on nulls first, r.id`.execute(db);
  return rows.rows;
}

/**
 * Inspections of each of these enterprises between two dates: the visits of the platform's plans (a joint visit is
 * one; a visit not yet made counts on the Beijing day its plan was drawn) plus the random_inspection records not
 * revoked whose batch's file hash does not start with `planBatchHashPrefix` (records a published plan wrote).
 */
export async function countInspectionsBetween(
  db: Executor,
  options: { first: string; last: string; enterpriseIds: readonly number[]; planBatchHashPrefix: string },
): Promise<Array<{ enterprise_id: number; checks: number }>> {
  const { first, last } = options;
  const rows = await sql<{ enterprise_id: number; checks: number }>`
    select enterprise_id, count(*)::int as checks from (
      select distinct v.enterprise_id, coalesce('joint-' || v.joint_visit_id, 'visit-' || v.id) as inspection
      from inspection_visits v join inspection_plans p on p.id = v.plan_id
      where coalesce(v.inspected_on, ((p.drawn_at at time zone 'UTC') + interval '8 hours')::date) between ${first}::date and ${last}::date
      union all
      select r.enterprise_id, 'record-' || r.id
      from records r left join import_batches b on b.id = r.batch_id
      where r.kind = 'random_inspection' and r.status <> 'revoked' and r.occurred_on between ${first}::date and ${last}::date
        and (b.file_hash is null or b.file_hash not like ${`${options.planBatchHashPrefix}%`})
    ) inspections
    where enterprise_id = any(${sql.val(options.enterpriseIds)}::bigint[])
    group by enterprise_id`.execute(db);
  return rows.rows;
}

/** An active inspection result as the public portal shows it. */
export interface InspectionResultRow {
  id: number;
  uscc: string;
  name: string;
  number: string | null;
  plan: string | null;
  outcome: string | null;
  occurred_on: string | null;
  authority: string | null;
}

/**
 * The active records of an inspection kind whose enterprise matches `match` (SQL over `e`; null: all), newest first:
 * how many, and one page with the fields the portal shows (keys of `fields`).
 */
export async function pageActiveInspectionResults(
  db: Executor,
  options: {
    kind: string;
    fields: { number: string; plan: string; outcome: string; authority: string };
    match: RawBuilder<unknown> | null;
    limit: number;
    offset: number;
  },
): Promise<{ total: number; rows: InspectionResultRow[] }> {
  const from = sql`from records r join enterprises e on e.id = r.enterprise_id
    where r.kind = ${options.kind} and r.status = 'active' ${options.match ? sql`and ${options.match}` : sql``}`;
  const field = (key: string) => sql`r.fields ->> ${key}::text`;
  const { fields } = options;
  const [counted, rows] = await Promise.all([
    sql<{ total: number }>`select count(*) as total ${from}`.execute(db),
    sql<InspectionResultRow>`
      select r.id, e.uscc, e.name, ${field(fields.number)} as number, ${field(fields.plan)} as plan, ${field(fields.outcome)} as outcome,
        r.occurred_on, ${field(fields.authority)} as authority
      ${from} order by r.occurred_on desc nulls last, r.id desc limit ${options.limit} offset ${options.offset}`.execute(
      db,
    ),
  ]);
  return { total: Number(counted.rows[0]?.total ?? 0), rows: rows.rows };
}

/** The columns a publicity window is computed from, of a record the public portal may show. */
export type PublicRecordCandidateRow = Pick<
  RecordRow,
  'id' | 'kind' | 'department_code' | 'level' | 'subtype' | 'amount' | 'occurred_on' | 'ends_on'
>;

/** The active records passing `where` (SQL over the record `r` and its enterprise `e`), newest first. */
export async function listActiveRecordsWithEnterpriseWhere(
  db: Executor,
  where: RawBuilder<unknown>,
): Promise<PublicRecordCandidateRow[]> {
  const rows = await sql<PublicRecordCandidateRow>`
    select r.id, r.kind, r.department_code, r.level, r.subtype, r.amount, r.occurred_on, r.ends_on
    from records r join enterprises e on e.id = r.enterprise_id
    where r.status = 'active' and ${where}
    order by r.occurred_on desc, r.id desc`.execute(db);
  return rows.rows;
}

/**
 * The enterprises of a whitelist generation in rank order, each with the numbers of its valid, unpledged invention
 * patents (by grant date and id).
 */
export async function listWhitelistedPatentNumbers(
  db: Executor,
  generationId: number,
  patents: PatentFields,
): Promise<Array<{ uscc: string; patent_numbers: string[] }>> {
  const listed = await sql<{ uscc: string; patent_numbers: string[] }>`
    select e.uscc, array_agg(r.fields ->> ${patents.numberField}::text order by r.occurred_on, r.id) as patent_numbers
    from whitelist_entries w
    join enterprises e on e.id = w.enterprise_id
    join records r on r.enterprise_id = w.enterprise_id and r.kind = ${patents.kind} and r.status = 'active'
      and r.fields ->> ${patents.typeField}::text = any(${sql.val(patents.inventionTypes)}::text[])
      and r.fields ->> ${patents.legalStatusField}::text = any(${sql.val(patents.validLegalStatuses)}::text[])
      and not r.fields ->> ${patents.legalStatusField}::text = any(${sql.val(patents.pledgedLegalStatuses)}::text[])
    where w.generation_id = ${generationId}
    group by e.uscc, w.rank order by w.rank`.execute(db);
  return listed.rows;
}

/** An enterprise with honours on record and an eligible current grade (the demo's 诚信典型案例). */
export interface HonouredEnterpriseRow {
  uscc: string;
  name: string;
  registered_on: string | null;
  tiers: string[];
  honours: string[];
  invention_patents: number;
  grade: string;
}

/**
 * The `limit` enterprises with a current grade among `grades` holding the most active honours (then the best score,
 * then by USCC): their honour names newest first and their count of valid invention patents.
 */
export async function listMostHonouredEnterprises(
  db: Executor,
  grades: readonly string[],
  limit: number,
): Promise<HonouredEnterpriseRow[]> {
  const rows = await sql<HonouredEnterpriseRow>`
    select e.uscc, e.name, e.registered_on, e.tiers, cur.grade,
      array_agg(h.fields ->> 'honor_name' order by h.occurred_on desc, h.id desc) as honours,
      (select count(*) from records p where p.enterprise_id = e.id and p.kind = 'patent' and p.status = 'active'
        and p.subtype = '发明' and p.fields ->> 'legal_status' in ('有效', '质押')) as invention_patents
    from enterprises e
    join lateral ${currentEvaluationLateral('e.id')} cur on true
    join records h on h.enterprise_id = e.id and h.kind = 'honor' and h.status = 'active'
    where cur.grade = any(${sql.val(grades)}::text[])
    group by e.id, e.uscc, e.name, e.registered_on, e.tiers, cur.grade, cur.score
    order by count(h.id) desc, cur.score desc, e.uscc
    limit ${limit}`.execute(db);
  return rows.rows;
}
