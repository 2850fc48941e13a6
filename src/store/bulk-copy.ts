import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, type PostgresPool, type Transaction } from 'kysely';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Engine, Store } from './connect.ts';
import type { Database } from './database.ts';
import { PgliteDialect } from './pglite-dialect.ts';
import { escapeCopyText, hashBytes } from './copy-text.ts';

/**
 * Bulk transfer with COPY in text format on both engines, for what row-by-row SQL is too slow for: loading millions
 * of rows, and reading every record into typed columns for a full re-evaluation.
 *
 * Connections and transactions:
 * - Given a `Store`, `copyRowsIn` runs in a transaction of its own (all rows or none) and `copyQueryInto` /
 *   `copyQueryOut` read on a connection of their own. On PostgreSQL that is a pool client; on PGlite, which has a single connection, the call
 *   reserves that connection through Kysely, so it waits for an open Kysely transaction to finish and holds Kysely's
 *   other queries back until it is done. Hence: never call them with a Store from inside a Kysely transaction on
 *   PGlite (it would wait for itself); use `withCopySession` instead.
 * - `withCopySession(store, work)` opens one connection and one transaction and hands `work` a session: COPY in and
 *   out on that connection, plus `session.trx`, a Kysely transaction on the same connection, for ordinary queries
 *   (e.g. appendAuditEvent). Everything commits together or rolls back together.
 */

/** A connection reserved for bulk work, inside one transaction. */
export interface CopySession {
  readonly engine: Engine;
  /** Kysely on the same connection and transaction as the COPY statements. */
  readonly trx: Transaction<Database>;
  /** `isSocket`: a PostgreSQL client of an embedded store's socket, where COPY FROM STDIN does not work (store-socket.ts). */
  readonly connection:
    | { engine: 'pglite'; pglite: PGlite }
    | { engine: 'postgres'; client: pg.PoolClient; isSocket?: boolean };
}

/** PGlite gets the rows of a COPY FROM as one blob: gather chunks up to about this size (characters or bytes). */
const PGLITE_BLOB_SIZE = 16 * 1024 * 1024;

export async function withCopySession<T>(store: Store, work: (session: CopySession) => Promise<T>): Promise<T> {
  const raw = store.raw;
  if (raw.engine === 'pglite') {
    // Reserve PGlite's only connection through the store's Kysely, so its other users wait, then run a transaction
    // through a second Kysely bound to the same PGlite. That second instance is never destroyed: destroying a
    // PgliteDialect closes the database.
    return store.db.connection().execute(async () => {
      const sessionDb = new Kysely<Database>({ dialect: new PgliteDialect(raw.pglite) });
      return sessionDb
        .transaction()
        .execute((trx) => work({ engine: 'pglite', trx, connection: { engine: 'pglite', pglite: raw.pglite } }));
    });
  }
  // A failed COPY ends with the server's error and ReadyForQuery like any failed statement, and Kysely rolls back:
  // the connection is fit to go back to the pool either way.
  const client = await raw.pool.connect();
  try {
    const sessionDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool: singleClientPool(client) }) });
    const connection = { engine: 'postgres' as const, client, isSocket: raw.engine === 'pglite-socket' };
    return await sessionDb.transaction().execute((trx) => work({ engine: store.engine, trx, connection }));
  } finally {
    client.release();
  }
}

/** A Kysely pool that always hands out the one client of the session and never releases it. */
function singleClientPool(client: pg.PoolClient): PostgresPool {
  return {
    connect: async () => ({
      query: ((...args: unknown[]) => (client.query as (...a: unknown[]) => unknown)(...args)) as never,
      release: () => {},
    }),
    end: async () => {},
  };
}

function isSession(target: Store | CopySession): target is CopySession {
  return 'trx' in target;
}

/** Quotes a table or column name; `schema.table` is quoted part by part. */
export function quoteIdentifier(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replaceAll('"', '""')}"`)
    .join('.');
}

/**
 * COPY FROM text format: `chunks` are rows already encoded with `encodeCopyRow`, as strings or UTF-8 bytes (each
 * chunk ends at a row boundary, i.e. with '\n'). Returns the number of rows written. With a Store the whole copy is
 * one transaction.
 */
export async function copyRowsIn(
  target: Store | CopySession,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<number> {
  if (!isSession(target)) return withCopySession(target, (session) => copyRowsIn(session, table, columns, chunks));
  const columnList = columns.map(quoteIdentifier).join(', ');
  const connection = target.connection;
  if (connection.engine === 'postgres' && connection.isSocket)
    return insertCopyText(connection.client, table, columns, chunks);
  if (connection.engine === 'postgres') {
    const stream = connection.client.query(copyFrom(`COPY ${quoteIdentifier(table)} (${columnList}) FROM STDIN`));
    await pipeline(Readable.from(chunks, { objectMode: false }), stream);
    return stream.rowCount;
  }
  const statement = `COPY ${quoteIdentifier(table)} (${columnList}) FROM '/dev/blob'`;
  let rows = 0;
  let parts: Array<string | Uint8Array> = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const result = await connection.pglite.query(statement, [], { blob: new Blob(parts as BlobPart[]) });
    rows += result.affectedRows ?? 0;
    parts = [];
    size = 0;
  };
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= PGLITE_BLOB_SIZE) await flush();
  }
  await flush();
  return rows;
}

/** Rows per INSERT when COPY FROM is not available. */
const INSERT_BATCH_ROWS = 2000;
const COPY_UNESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v' };

/**
 * The same rows as `copyRowsIn` for a client of an embedded store's socket: PGlite answers COPY FROM STDIN only
 * in-process, so the COPY text is decoded here and inserted in batches, each column a text array cast to its type.
 */
async function insertCopyText(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): Promise<number> {
  const types = await client.query<{ name: string; type: string }>(
    'select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped',
    [quoteIdentifier(table)],
  );
  const typeOf = new Map(types.rows.map((row) => [row.name, row.type]));
  const casts = columns.map((column, index) => `u.c${index}::${typeOf.get(column) ?? 'text'}`).join(', ');
  const arrays = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
  const names = columns.map((_, index) => `c${index}`).join(', ');
  const statement = `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) SELECT ${casts} FROM unnest(${arrays}) AS u(${names})`;
  const decoder = new TextDecoder();
  let batch: Array<Array<string | null>> = columns.map(() => []);
  let pending = 0;
  let rows = 0;
  const flush = async () => {
    if (pending === 0) return;
    await client.query(statement, batch);
    rows += pending;
    batch = columns.map(() => []);
    pending = 0;
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk);
    for (const line of text.split('\n')) {
      if (line === '') continue;
      line
        .split('\t')
        .forEach((field, index) =>
          batch[index].push(
            field === '\\N' ? null : field.replace(/\\(.)/g, (_, char: string) => COPY_UNESCAPES[char] ?? char),
          ),
        );
      if (++pending >= INSERT_BATCH_ROWS) await flush();
    }
  }
  await flush();
  return rows;
}

/**
 * COPY (query) TO text format, streamed: `onChunk` gets the output piece by piece, in order, and must use each piece
 * before it returns (on PGlite it is a view into the database's memory). A row may be split across two pieces: a
 * `CopyColumnReader` puts it back together. This is the fast path with constant memory on both engines; `select` may
 * be several queries, read one after the other.
 */
export async function copyQueryInto(
  target: Store | CopySession,
  select: string | Iterable<string>,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const queries = typeof select === 'string' ? [select] : [...select];
  if (isSession(target)) {
    for (const query of queries) await copyOneQueryInto(target.connection, query, onChunk);
    return;
  }
  const raw = target.raw;
  if (raw.engine === 'pglite') {
    // Reserved through Kysely, so no Kysely query runs in the middle of it.
    await target.db.connection().execute(async () => {
      for (const query of queries) await copyOneQueryInto({ engine: 'pglite', pglite: raw.pglite }, query, onChunk);
    });
    return;
  }
  const client = await raw.pool.connect();
  try {
    for (const query of queries) await copyOneQueryInto({ engine: 'postgres', client }, query, onChunk);
  } finally {
    client.release();
  }
}

/**
 * COPY (query) TO text format as an async sequence of Buffers (rows may straddle two). On PostgreSQL it streams; on
 * PGlite each query's whole output is gathered first, so split a huge result into ranges or use `copyQueryInto`.
 * Consume the iterator to its end: on PostgreSQL, leaving early discards the connection.
 */
export async function* copyQueryOut(
  target: Store | CopySession,
  select: string | Iterable<string>,
): AsyncGenerator<Buffer> {
  const queries = typeof select === 'string' ? [select] : select;
  if (target.engine === 'pglite') {
    for (const query of queries) {
      const pieces: Buffer[] = [];
      await copyQueryInto(target, query, (chunk) => pieces.push(Buffer.from(chunk)));
      yield* pieces;
    }
    return;
  }
  if (isSession(target)) {
    for (const query of queries)
      yield* streamFromPostgres((target.connection as { client: pg.PoolClient }).client, query);
    return;
  }
  const client = await (target.raw as { pool: pg.Pool }).pool.connect();
  let isComplete = false;
  try {
    for (const query of queries) yield* streamFromPostgres(client, query);
    isComplete = true;
  } finally {
    if (isComplete) {
      client.release();
    } else {
      // Rows may still be arriving on this connection: close it. It may report its end as an error; nobody listens.
      client.on('error', () => {});
      client.release(true);
    }
  }
}

function streamFromPostgres(client: pg.PoolClient, query: string): AsyncIterable<Buffer> {
  return client.query(copyTo(`COPY (${query}) TO STDOUT`));
}

async function copyOneQueryInto(
  connection: CopySession['connection'],
  query: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  if (connection.engine === 'postgres') {
    // If the consumer fails, the rest of the output is still read (and dropped) so the connection stays in step.
    let failure: { error: unknown } | undefined;
    for await (const chunk of streamFromPostgres(connection.client, query)) {
      if (failure) continue;
      try {
        onChunk(chunk);
      } catch (error) {
        failure = { error };
      }
    }
    if (failure) throw failure.error;
    return;
  }
  // PGlite's COPY TO '/dev/blob' gathers the whole output in many small pieces and then copies it twice; the wire
  // protocol instead hands over each piece as the backend writes it (about twice as fast, constant memory). PGlite runs
  // the query synchronously inside this call, under its own lock.
  const pglite = connection.pglite;
  const reader = new CopyDataReader(onChunk);
  await pglite._runExclusiveQuery(() =>
    pglite.execProtocolRawStream(simpleQueryMessage(`COPY (${query}) TO STDOUT`), {
      syncToFs: false,
      onRawData: (data) => reader.push(data),
    }),
  );
  reader.finish();
}

/** A simple-protocol Query message ('Q', length, text, NUL). */
function simpleQueryMessage(text: string): Uint8Array {
  const body = Buffer.from(`${text}\0`, 'utf8');
  const message = Buffer.allocUnsafe(5 + body.length);
  message[0] = 0x51;
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return message;
}

const MESSAGE_COPY_DATA = 0x64;
const MESSAGE_ERROR = 0x45;
const ERROR_FIELD_MESSAGE = 0x4d;

/**
 * Splits backend protocol bytes into messages: passes on CopyData contents, keeps an ErrorResponse to throw. A failing
 * consumer is remembered, not thrown through PGlite (which is in the middle of the query), and thrown at the end.
 */
class CopyDataReader {
  private readonly header = Buffer.alloc(5);
  private headerLength = 0;
  private remaining = 0;
  private type = 0;
  private error: Buffer[] = [];
  private failure: { error: unknown } | undefined;

  constructor(private readonly onChunk: (chunk: Uint8Array) => void) {}

  push(data: Uint8Array): void {
    let position = 0;
    while (position < data.length) {
      if (this.remaining === 0) {
        while (this.headerLength < 5 && position < data.length) this.header[this.headerLength++] = data[position++];
        if (this.headerLength < 5) return;
        this.type = this.header[0];
        this.remaining = this.header.readInt32BE(1) - 4;
        this.headerLength = 0;
        continue;
      }
      const length = Math.min(this.remaining, data.length - position);
      if (this.type === MESSAGE_COPY_DATA) this.deliver(data.subarray(position, position + length));
      else if (this.type === MESSAGE_ERROR) this.error.push(Buffer.from(data.subarray(position, position + length)));
      position += length;
      this.remaining -= length;
    }
  }

  private deliver(chunk: Uint8Array): void {
    if (this.failure) return;
    try {
      this.onChunk(chunk);
    } catch (error) {
      this.failure = { error };
    }
  }

  /** Throws the server's error, if it sent one, or else the consumer's. */
  finish(): void {
    if (this.error.length === 0) {
      if (this.failure) throw this.failure.error;
      return;
    }
    const fields = Buffer.concat(this.error);
    let position = 0;
    while (position < fields.length && fields[position] !== 0) {
      const end = fields.indexOf(0, position + 1);
      if (fields[position] === ERROR_FIELD_MESSAGE) throw new Error(fields.toString('utf8', position + 1, end));
      position = end + 1;
    }
    throw new Error('COPY failed');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding rows for COPY FROM (text format: tab between columns, newline after each row, \N for null).

/** An array element inside a PostgreSQL array literal: always quoted, with " and \ escaped. */
function encodeArrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return `"${String(value).replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

/**
 * One value as a COPY text field. null/undefined → \N; strings and numbers as they are; booleans t/f; Dates as ISO
 * timestamps; a JS array becomes a PostgreSQL array literal (for text[] columns); any other object becomes JSON (for
 * jsonb columns; pass JSON.stringify(array) yourself for a jsonb array). Backslash, newline, carriage return and tab
 * are escaped, so any text round-trips.
 */
export function encodeCopyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (typeof value) {
    case 'string':
      return escapeCopyText(value);
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 't' : 'f';
    default:
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return escapeCopyText(`{${value.map(encodeArrayElement).join(',')}}`);
      return escapeCopyText(JSON.stringify(value));
  }
}

/** One row as a line of COPY text, newline included. */
export function encodeCopyRow(values: readonly unknown[]): string {
  let line = '';
  for (let index = 0; index < values.length; index += 1)
    line += (index === 0 ? '' : '\t') + encodeCopyValue(values[index]);
  return `${line}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing COPY TO output into typed columns, straight from the bytes: no string per field. This is the hot path of
// reading every record for a full re-evaluation.

/** What an int32, date or enum column holds for SQL null (a float64 column holds NaN). */
export const COPY_NULL_INT32 = -2147483648;

export type CopyColumnType =
  /** An integer that fits in 32 bits (ids, counts, smallints) → Int32Array. */
  | 'int32'
  /** Any number (numeric, float, bigint below 2^53) → Float64Array. */
  | 'float64'
  /** A date 'YYYY-MM-DD' → Int32Array of days since 1970-01-01. */
  | 'date'
  /** Ignored (e.g. a text column the caller does not need). */
  | 'skip';

/** A column spec: a type, or for a text column with few distinct values, the list of them (→ index, −1 unknown). */
export type CopyColumnSpec = CopyColumnType | { enum: readonly string[] };

type ColumnArray<S> = S extends 'float64' ? Float64Array : S extends 'skip' ? undefined : Int32Array;
export type CopyColumns<Spec extends Record<string, CopyColumnSpec>> = { [K in keyof Spec]: ColumnArray<Spec[K]> };

const TAB = 9;
const NEWLINE = 10;
const BACKSLASH = 92;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const UPPER_N = 78;
const KIND_INT32 = 0;
const KIND_FLOAT64 = 1;
const KIND_DATE = 2;
const KIND_ENUM = 3;
const KIND_SKIP = 4;
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Float64Array.from({ length: EXACT_DIGITS + 1 }, (_, index) => 10 ** index);

/** Byte-level lookup of a short text value among a few known ones. */
class EnumDictionary {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly values: Uint8Array[];

  constructor(values: readonly string[]) {
    this.values = values.map((value) => Buffer.from(escapeCopyText(value), 'utf8'));
    let size = 16;
    while (size < values.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.values.forEach((bytes, index) => {
      let slot = hashBytes(bytes, 0, bytes.length) & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = index;
    });
  }

  /** The index of bytes[start, end) among the values, or −1. */
  lookup(bytes: Uint8Array, start: number, end: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const index = this.slots[slot];
      if (index === -1) return -1;
      const candidate = this.values[index];
      if (candidate.length === end - start) {
        let position = 0;
        while (position < candidate.length && candidate[position] === bytes[start + position]) position += 1;
        if (position === candidate.length) return index;
      }
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Cuts COPY text arriving in chunks of any size into whole rows: complete rows go to `parseRows`, a row cut at the end
 * of a chunk waits in `leftover` for the next one. Shared by every typed-column reader of COPY output.
 */
export abstract class CopyRowSplitter {
  protected leftover: Buffer | undefined;

  /** Parses every complete row in `chunk`; an incomplete last row waits for the next chunk. */
  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.leftover) {
      const newline = chunk.indexOf(NEWLINE);
      if (newline === -1) {
        this.leftover = Buffer.concat([this.leftover, chunk]);
        return;
      }
      const joined = Buffer.concat([this.leftover, chunk.subarray(0, newline + 1)]);
      this.leftover = undefined;
      this.parseRows(joined, 0, joined.length);
      start = newline + 1;
    }
    const lastNewline = chunk.lastIndexOf(NEWLINE);
    if (lastNewline < start) {
      if (start < chunk.length) this.leftover = Buffer.from(chunk.subarray(start));
      return;
    }
    this.parseRows(chunk, start, lastNewline + 1);
    if (lastNewline + 1 < chunk.length) this.leftover = Buffer.from(chunk.subarray(lastNewline + 1));
  }

  /** Parses the complete rows in bytes[start, end); bytes[end − 1] is a newline. */
  protected abstract parseRows(bytes: Uint8Array, start: number, end: number): void;
}

/**
 * Reads COPY text output into one typed array per column. Push Buffers in order (rows may straddle them), then
 * `finish()`. Columns are named in the order the query selects them.
 *
 *   const reader = new CopyColumnReader({ enterprise_id: 'int32', occurred_on: 'date', amount: 'float64' });
 *   for await (const chunk of copyQueryOut(store, 'select enterprise_id, occurred_on, amount from records')) reader.push(chunk);
 *   const { rowCount, columns } = reader.finish();
 */
export class CopyColumnReader<Spec extends Record<string, CopyColumnSpec>> extends CopyRowSplitter {
  private readonly names: string[];
  private readonly kinds: Int32Array;
  private readonly dictionaries: EnumDictionary[];
  // One array per column in both lists (an empty one where the column has the other type), so the hot loop only
  // ever sees Int32Array in one and Float64Array in the other.
  private ints: Int32Array[];
  private floats: Float64Array[];
  private capacity: number;
  private rows = 0;

  constructor(spec: Spec, options: { capacity?: number } = {}) {
    super();
    this.names = Object.keys(spec);
    const specs = Object.values(spec);
    this.kinds = Int32Array.from(specs, (column) =>
      typeof column === 'object'
        ? KIND_ENUM
        : column === 'int32'
          ? KIND_INT32
          : column === 'float64'
            ? KIND_FLOAT64
            : column === 'date'
              ? KIND_DATE
              : KIND_SKIP,
    );
    this.dictionaries = specs.map((column) => new EnumDictionary(typeof column === 'object' ? column.enum : []));
    this.capacity = Math.max(1024, options.capacity ?? 0);
    this.ints = specs.map((_, index) => new Int32Array(this.isInt32Column(index) ? this.capacity : 0));
    this.floats = specs.map((_, index) => new Float64Array(this.kinds[index] === KIND_FLOAT64 ? this.capacity : 0));
  }

  private isInt32Column(index: number): boolean {
    const kind = this.kinds[index];
    return kind === KIND_INT32 || kind === KIND_DATE || kind === KIND_ENUM;
  }

  get rowCount(): number {
    return this.rows;
  }

  /** The columns, trimmed to the rows read. Throws if the output ended in the middle of a row. */
  finish(): { rowCount: number; columns: CopyColumns<Spec> } {
    if (this.leftover && this.leftover.length > 0)
      throw new Error(`COPY output ends inside a row (${this.leftover.length} bytes after the last newline)`);
    const columns: Record<string, unknown> = {};
    this.names.forEach((name, index) => {
      const kind = this.kinds[index];
      columns[name] =
        kind === KIND_SKIP
          ? undefined
          : kind === KIND_FLOAT64
            ? this.floats[index].subarray(0, this.rows)
            : this.ints[index].subarray(0, this.rows);
    });
    return { rowCount: this.rows, columns: columns as CopyColumns<Spec> };
  }

  private grow(): void {
    this.capacity *= 2;
    this.ints = this.ints.map((column) =>
      column.length === 0 ? column : copyInto(new Int32Array(this.capacity), column),
    );
    this.floats = this.floats.map((column) =>
      column.length === 0 ? column : copyInto(new Float64Array(this.capacity), column),
    );
  }

  /** Parses the complete rows in bytes[start, end); bytes[end − 1] is a newline. */
  protected parseRows(bytes: Uint8Array, start: number, end: number): void {
    const kinds = this.kinds;
    const columnCount = kinds.length;
    const lastColumn = columnCount - 1;
    let ints = this.ints;
    let floats = this.floats;
    let row = this.rows;
    let position = start;
    while (position < end) {
      if (row === this.capacity) {
        this.grow();
        ints = this.ints;
        floats = this.floats;
      }
      for (let column = 0; column < columnCount; column += 1) {
        const kind = kinds[column];
        let byte = bytes[position];
        if (byte === BACKSLASH && bytes[position + 1] === UPPER_N) {
          // \N is SQL null; the field ends right after it.
          if (kind === KIND_FLOAT64) floats[column][row] = NaN;
          else ints[column][row] = COPY_NULL_INT32;
          position += 2;
        } else if (kind === KIND_INT32) {
          const isNegative = byte === MINUS;
          if (isNegative) byte = bytes[++position];
          let value = 0;
          let digits = 0;
          while (byte !== TAB && byte !== NEWLINE) {
            const digit = byte - ZERO;
            if (digit < 0 || digit > 9) throw this.fieldError(row, column, bytes, position);
            value = value * 10 + digit;
            digits += 1;
            byte = bytes[++position];
          }
          if (digits === 0 || digits > 10 || value > 2147483647) throw this.fieldError(row, column, bytes, position);
          ints[column][row] = isNegative ? -value : value;
        } else if (kind === KIND_DATE) {
          const year =
            (byte - ZERO) * 1000 +
            (bytes[position + 1] - ZERO) * 100 +
            (bytes[position + 2] - ZERO) * 10 +
            (bytes[position + 3] - ZERO);
          const month = (bytes[position + 5] - ZERO) * 10 + (bytes[position + 6] - ZERO);
          const day = (bytes[position + 8] - ZERO) * 10 + (bytes[position + 9] - ZERO);
          if (
            bytes[position + 4] !== MINUS ||
            bytes[position + 7] !== MINUS ||
            !(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
          ) {
            throw this.fieldError(row, column, bytes, position);
          }
          ints[column][row] = daysFromCivil(year, month, day);
          position += 10;
        } else if (kind === KIND_FLOAT64) {
          // Plain decimals ("-12.3400") are read from their digits, exactly rounded; anything else (1e+20, NaN,
          // more than 15 digits) through Number.
          const fieldStart = position;
          const isNegative = byte === MINUS;
          if (isNegative) byte = bytes[++position];
          let mantissa = 0;
          let digits = 0;
          let fractionDigits = -1;
          let isPlain = true;
          while (byte !== TAB && byte !== NEWLINE) {
            const digit = byte - ZERO;
            if (digit >= 0 && digit <= 9) {
              mantissa = mantissa * 10 + digit;
              digits += 1;
              if (fractionDigits >= 0) fractionDigits += 1;
            } else if (byte === DOT && fractionDigits < 0) {
              fractionDigits = 0;
            } else {
              isPlain = false;
            }
            byte = bytes[++position];
          }
          if (isPlain && digits > 0 && digits <= EXACT_DIGITS) {
            const value = fractionDigits > 0 ? mantissa / POWERS_OF_TEN[fractionDigits] : mantissa;
            floats[column][row] = isNegative ? -value : value;
          } else {
            floats[column][row] = this.parseNumberText(bytes, fieldStart, position, row, column);
          }
        } else {
          const fieldStart = position;
          let hash = 0;
          while (byte !== TAB && byte !== NEWLINE) {
            hash = (Math.imul(hash, 31) + byte) | 0;
            byte = bytes[++position];
          }
          if (kind === KIND_ENUM)
            ints[column][row] = this.dictionaries[column].lookup(bytes, fieldStart, position, hash >>> 0);
        }
        if (bytes[position] !== (column === lastColumn ? NEWLINE : TAB))
          throw this.fieldError(row, column, bytes, position);
        position += 1;
      }
      row += 1;
      this.rows = row;
    }
  }

  private parseNumberText(bytes: Uint8Array, start: number, end: number, row: number, column: number): number {
    const value = Number(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
    if (Number.isNaN(value) && !isNaNText(bytes, start, end)) throw this.fieldError(row, column, bytes, start);
    return value;
  }

  private fieldError(row: number, column: number, bytes: Uint8Array, position: number): Error {
    let lineStart = position;
    while (lineStart > 0 && bytes[lineStart - 1] !== NEWLINE) lineStart -= 1;
    let lineEnd = position;
    while (lineEnd < bytes.length && bytes[lineEnd] !== NEWLINE) lineEnd += 1;
    const line = Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, Math.min(lineEnd - lineStart, 200)).toString(
      'utf8',
    );
    const expected = ['32-bit integer', 'number', 'date (YYYY-MM-DD)', 'text', 'text'][this.kinds[column]];
    return new Error(
      `COPY output row ${row + 1}: column ${this.names[column]} is not a ${expected} followed by a ${column === this.kinds.length - 1 ? 'newline' : 'tab'}: ${JSON.stringify(line)}`,
    );
  }
}

function copyInto<T extends Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}

function isNaNText(bytes: Uint8Array, start: number, end: number): boolean {
  return end - start === 3 && bytes[start] === UPPER_N && bytes[start + 1] === 97 && bytes[start + 2] === UPPER_N;
}
