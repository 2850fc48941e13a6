import { CREDIT_LEVELS } from '../../domain/publicity-rules.ts';
import { RECORD_STATUSES } from '../../domain/record.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import type { RecordBatch } from '../../engine/record-batch.ts';
import { sql, type Transaction } from 'kysely';
import { copyQueryOut, withCopySession } from '../../store/bulk-copy.ts';
import type { Store } from '../../store/connect.ts';
import type { Database } from '../../store/database.ts';
import { evaluationRecordsSql, type EnterpriseScope, type RecordSelection } from '../../store/evaluation.repository.ts';
import { enterpriseAttributesSql } from '../../store/enterprise-history.repository.ts';
import { CopyTextInterner } from '../../store/copy-text.ts';
import { EnterpriseCopyReader } from './enterprise-copy-reader.ts';
import { RecordCopyReader } from './record-copy-reader.ts';

/**
 * Reads one shard of a run (a range of enterprise ids) with COPY: the enterprises, then every input record of them,
 * parsed straight into a RecordBatch. On PostgreSQL each read uses a connection of its own, so several shards can be
 * read at once while JS evaluates another; on PGlite they queue on its single connection.
 */

export interface RecordShard {
  scope: EnterpriseScope;
  /** Store id of each enterprise of the batch, in batch order (ascending). */
  enterpriseIds: Float64Array;
  batch: RecordBatch;
  /** COPY text bytes read (enterprises and records). */
  bytes: number;
  /** Milliseconds spent parsing in JS. */
  parseMs: number;
  /** The reader whose arrays the batch uses: hand it to the next read once the batch is done with. */
  reader: RecordCopyReader;
}

/** One interner for a whole run, seeded with the values every batch has, so their ids are the same in every shard. */
export function createRunInterner(compiled: CompiledModel): CopyTextInterner {
  const catalog = compiled.catalog;
  return new CopyTextInterner([
    ...RECORD_STATUSES,
    ...CREDIT_LEVELS,
    ...catalog.kinds.map((kind) => kind.code),
    ...catalog.departments.map((department) => department.code),
  ]);
}

/**
 * Planner settings for reading one shard (this transaction only). The shards are the parallelism, and JS needs the
 * other core: no parallel workers inside one read. No JIT: compiling the scan costs about 0.1 s per shard and saves
 * less on a shard's rows.
 */
async function tuneShardRead(trx: Transaction<Database>): Promise<void> {
  await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
  await sql`set local jit = off`.execute(trx);
}

export async function readRecordShard(
  store: Store,
  selection: RecordSelection,
  interner: CopyTextInterner,
  scope: EnterpriseScope,
  reader?: RecordCopyReader,
): Promise<RecordShard> {
  let parseMs = 0;
  let bytes = 0;
  const enterprises = new EnterpriseCopyReader();
  const records = reader ?? new RecordCopyReader(interner);
  records.reset();
  const shardEnterprises = await withCopySession(store, async (session) => {
    await tuneShardRead(session.trx);
    for await (const chunk of copyQueryOut(session, enterpriseAttributesSql(scope, selection.recordedBefore))) {
      const started = performance.now();
      enterprises.push(chunk);
      parseMs += performance.now() - started;
      bytes += chunk.length;
    }
    const found = enterprises.finish();
    if (found.ids.length === 0) return found;
    for await (const chunk of copyQueryOut(session, evaluationRecordsSql(selection, scope, { dayNumbers: true }))) {
      const started = performance.now();
      records.push(chunk);
      parseMs += performance.now() - started;
    }
    return found;
  });
  const started = performance.now();
  const batch = records.finish(shardEnterprises);
  parseMs += performance.now() - started;
  return { scope, enterpriseIds: shardEnterprises.ids, batch, bytes: bytes + records.bytes, parseMs, reader: records };
}

/** A shard's COPY text, unparsed, each query's output in one buffer of its own (to hand to the evaluation worker). */
export interface RawShard {
  scope: EnterpriseScope;
  enterprises: Uint8Array;
  records: Uint8Array;
  bytes: number;
}

/** The chunks as one buffer that owns its memory (so it can move to another thread without copying again). */
function joinChunks(chunks: Uint8Array[]): Uint8Array {
  const only = chunks.length === 1 ? chunks[0] : undefined;
  if (
    only &&
    only.byteOffset === 0 &&
    only.byteLength === only.buffer.byteLength &&
    !(only.buffer instanceof SharedArrayBuffer) &&
    only.byteLength > 8192
  )
    return only;
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

export async function readRawShard(
  store: Store,
  selection: RecordSelection,
  scope: EnterpriseScope,
): Promise<RawShard> {
  return withCopySession(store, async (session) => {
    await tuneShardRead(session.trx);
    const enterprises: Uint8Array[] = [];
    for await (const chunk of copyQueryOut(session, enterpriseAttributesSql(scope, selection.recordedBefore)))
      enterprises.push(chunk);
    const records: Uint8Array[] = [];
    if (enterprises.length > 0)
      for await (const chunk of copyQueryOut(session, evaluationRecordsSql(selection, scope, { dayNumbers: true })))
        records.push(chunk);
    const shard = { scope, enterprises: joinChunks(enterprises), records: joinChunks(records) };
    return { ...shard, bytes: shard.enterprises.length + shard.records.length };
  });
}
