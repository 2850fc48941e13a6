import type { Kysely, Transaction } from 'kysely';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { withCopySession, type CopySession } from '../../store/bulk-copy.ts';
import { findStoreOf } from '../../store/connect.ts';
import {
  analyzeRecordTables,
  createRecordStaging,
  digestBatchVersions,
  encodeStagedChunk,
  mergeStagedRecords,
  stageEncodedRecords,
  stageRecords,
  type WriteCounts,
} from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishNegativeRecords } from '../sharing/publish-share-events.ts';
import { reevaluateAfterBatch, type ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { notifyAfterBatch, type BatchNotifications } from '../notifications/notify-after-batch.ts';
import { deleteOpenBatch } from '../../store/batch-owner.repository.ts';
import { describeBatchProcess } from '../import/mark-interrupted-batches.ts';

export interface BatchInput {
  departmentCode: string;
  kind: string;
  fileName: string;
  fileHash: string;
  /** xlsx | csv | json | api | demo */
  format: string;
  /** all-or-nothing (default) or accept-valid */
  mode: 'all-or-nothing' | 'accept-valid';
  operator: string;
  /** The queued job (cluster_jobs id) the batch is written for, when a worker runs it. */
  jobId?: string;
}

export interface BatchResult extends WriteCounts {
  batchId: number;
  status: 'committed' | 'rejected';
  totalRows: number;
  rejectedRows: number;
  reason?: string;
  /** Committed batches: the re-evaluation of the enterprises the batch touched, run after the commit. */
  reevaluation?: ReevaluationOutcome;
  /** Committed batches: inbox messages and 信用修复提示函 for the new negative records, and grade changes, sent after the commit. */
  notifications?: BatchNotifications;
}

/** Rows stored (or refused) with a warning worth a second look, e.g. a 公示截止期 differing from the computed one. */
export interface BatchWarnings {
  count: number;
  /** The first warnings as text, one per line. */
  summary: string | null;
}

/** What the producer of the rows decides once it has read them all. */
export type BatchDecision = (
  | { commit: true; totalRows: number; rejectedRows: number }
  | { commit: false; totalRows: number; rejectedRows: number; reason: string }
) & { warnings?: BatchWarnings };

/** The steps of a batch whose time `onPhase` reports (milliseconds). */
export type BatchPhase =
  /** Reading, validating and staging the rows, less the time spent waiting for merges. */
  | 'write'
  /** Waiting for the staged groups to merge into records and their history (the next group is read meanwhile). */
  | 'merge'
  /** The batch row, the sharing feed, the digest and audit event, and the commit itself. */
  | 'commit'
  | 'reevaluation'
  | 'notices';

export interface CommitOptions {
  /** Told how long each step took, for benchmarks and profiles. */
  onPhase?: (phase: BatchPhase, milliseconds: number) => void;
  /** Rows staged and merged at a time (default MERGE_GROUP_ROWS); tests set a small one to merge in several groups. */
  mergeGroupRows?: number;
}

class Rejected extends Error {}

/**
 * Rows staged, then merged, at a time. While the database merges one group the producer validates the next (up to
 * one group ahead), so reading the file and merging use both cores; larger groups save statements but wait longer
 * for the first merge and hold more rows in memory.
 */
const MERGE_GROUP_ROWS = 20_000;

/**
 * Pulls chunks from `source` in the background, up to `limit` rows ahead of the consumer, each passed through
 * `prepare` as it arrives: the producer (reading and validating the file in this thread) and the preparation keep
 * working while the consumer waits for the database. On an early exit the source is closed without waiting for a
 * chunk in progress.
 */
async function* pullAhead<T, U>(
  source: AsyncIterable<T[]> | Iterable<T[]>,
  limit: number,
  prepare: (chunk: T[]) => U,
): AsyncGenerator<{ rows: number; prepared: U }> {
  const iterator: AsyncIterator<T[]> | Iterator<T[]> =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const buffered: Array<{ rows: number; prepared: U }> = [];
  let bufferedRows = 0;
  let finished = false;
  let failure: { error: unknown } | undefined;
  let pulling: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const pull = async () => {
    try {
      while (!finished && bufferedRows < limit) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else {
          buffered.push({ rows: next.value.length, prepared: prepare(next.value) });
          bufferedRows += next.value.length;
        }
        wake?.();
      }
    } catch (error) {
      failure = { error };
      finished = true;
    } finally {
      pulling = undefined;
      wake?.();
    }
  };
  try {
    for (;;) {
      // A failed source fails the batch at once, without merging what was read before the failure.
      if (failure) throw failure.error;
      if (!pulling && !finished && bufferedRows < limit) pulling = pull();
      const item = buffered.shift();
      if (item) {
        bufferedRows -= item.rows;
        yield item;
        continue;
      }
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    finished = true;
    // Not awaited: the producer may be mid-chunk; it stops at its next step (and importFile closes its reader).
    Promise.resolve(iterator.return?.(undefined)).catch(() => undefined);
  }
}

/** Rows written by a batch above which the record tables' statistics are refreshed after the commit. */
const ANALYZE_AFTER_ROWS = 10_000;

/**
 * The transaction a batch's rows are written in: on a session that can COPY when the store behind `db` is known,
 * otherwise (a query builder made elsewhere) a plain one, whose rows are staged by INSERT statements instead.
 */
function openBatchTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Transaction<Database>, session?: CopySession) => Promise<T>,
): Promise<T> {
  const store = findStoreOf(db);
  if (!store) return db.transaction().execute((trx) => work(trx));
  return withCopySession(store, (session) => work(session.trx, session));
}

/**
 * Stores a batch of records: first the batch row alone, committed as 'open' with the process running it, then in one
 * transaction every chunk of records with its history and one audit event carrying a digest of the versions written
 * (the chunks are streamed into a staging table with COPY and merged by set-based statements, record.repository.ts);
 * once committed, the enterprises it touched are re-evaluated (services/evaluation/reevaluate-enterprises.ts). If
 * `decide` (called after the last chunk) refuses, everything is rolled back and the batch row becomes 'rejected' with
 * its audit event, so a bad file leaves the records exactly as they were. A crash mid-way leaves none of the rows: the
 * transaction never commits, and the batch, still 'open' with its process gone, is later marked 中断
 * (mark-interrupted-batches.ts); an error thrown mid-way removes it (discardFailedBatch).
 */
export async function commitBatch(
  db: Kysely<Database>,
  input: BatchInput,
  chunks: AsyncIterable<NormalizedRecord[]> | Iterable<NormalizedRecord[]>,
  decide: () => BatchDecision,
  options: CommitOptions = {},
): Promise<BatchResult> {
  let phaseStarted = performance.now();
  const endPhase = (phase: BatchPhase) => {
    const now = performance.now();
    options.onPhase?.(phase, now - phaseStarted);
    phaseStarted = now;
  };
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  let decision: BatchDecision | undefined;
  const batchRow = {
    department_code: input.departmentCode,
    kind: input.kind,
    file_name: input.fileName,
    file_hash: input.fileHash,
    format: input.format,
    mode: input.mode,
    operator: input.operator,
  };
  // Committed on its own before any row, so the batch history shows a batch whose process is killed.
  const { id: batchId } = await db
    .insertInto('import_batches')
    .values({ ...batchRow, status: 'open', owner_process: describeBatchProcess(), job_id: input.jobId ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  try {
    const committed: BatchResult = await openBatchTransaction(db, async (trx, session) => {
      await createRecordStaging(trx);
      // Staged and merged group by group: the next group is read, validated and encoded while the database merges
      // this one. Without COPY (a query builder made elsewhere) the rows are staged by INSERT statements instead.
      const groupRows = options.mergeGroupRows ?? MERGE_GROUP_ROWS;
      let encoded = 0;
      const prepare = (chunk: NormalizedRecord[]) => {
        const prepared = session ? encodeStagedChunk(chunk, encoded) : chunk;
        encoded += chunk.length;
        return prepared;
      };
      let staged = 0;
      let mergeMs = 0;
      const texts: string[] = [];
      const records: NormalizedRecord[][] = [];
      let grouped = 0;
      const stageAndMerge = async () => {
        staged += session
          ? await stageEncodedRecords(session, texts.splice(0))
          : await stageRecords(trx, records.splice(0), staged);
        grouped = 0;
        const started = performance.now();
        const written = await mergeStagedRecords(trx, batchId, input.operator);
        counts.created += written.created;
        counts.updated += written.updated;
        counts.unchanged += written.unchanged;
        mergeMs += performance.now() - started;
      };
      for await (const { rows, prepared } of pullAhead(chunks, groupRows, prepare)) {
        if (typeof prepared === 'string') texts.push(prepared);
        else records.push(prepared);
        grouped += rows;
        if (grouped >= groupRows) await stageAndMerge();
      }
      if (grouped > 0) await stageAndMerge();
      options.onPhase?.('write', performance.now() - phaseStarted - mergeMs);
      options.onPhase?.('merge', mergeMs);
      phaseStarted = performance.now();
      decision = decide();
      if (!decision.commit) throw new Rejected(decision.reason);
      await trx
        .updateTable('import_batches')
        .set({
          status: 'committed',
          total_rows: decision.totalRows,
          created_rows: counts.created,
          updated_rows: counts.updated,
          unchanged_rows: counts.unchanged,
          rejected_rows: decision.rejectedRows,
          warning_count: decision.warnings?.count ?? 0,
          warning_summary: decision.warnings?.summary ?? null,
          finished_at: new Date(),
          owner_process: null,
        })
        .where('id', '=', batchId)
        .execute();
      // New negative records go to the sharing feed in the same transaction: committed together or not at all.
      await publishNegativeRecords(trx, batchId);
      await appendAuditEvent(trx, {
        actor: input.operator,
        action: 'import.committed',
        subjectType: 'import_batch',
        subjectId: String(batchId),
        payload: {
          ...batchRow,
          ...counts,
          totalRows: decision.totalRows,
          rejectedRows: decision.rejectedRows,
          versionsDigest: await digestBatchVersions(trx, batchId),
        },
      });
      return {
        batchId,
        status: 'committed' as const,
        ...counts,
        totalRows: decision.totalRows,
        rejectedRows: decision.rejectedRows,
      };
    });
    // After the commit, not inside it: the re-evaluation reads the committed records, and whatever happens to it
    // (it reports failures instead of throwing) cannot undo the batch.
    if (committed.created + committed.updated >= ANALYZE_AFTER_ROWS) {
      // Only a tuning step: a failure here must not look like a failed batch.
      await analyzeRecordTables(db).catch(() => undefined);
    }
    endPhase('commit');
    committed.reevaluation = await reevaluateAfterBatch(db, committed.batchId);
    endPhase('reevaluation');
    committed.notifications = await notifyAfterBatch(db, committed.batchId, committed.reevaluation);
    endPhase('notices');
    return committed;
  } catch (error) {
    if (!(error instanceof Rejected) || !decision) {
      await discardFailedBatch(db, batchId);
      throw error;
    }
    const rejected = decision;
    return db.transaction().execute(async (trx) => {
      await trx
        .updateTable('import_batches')
        .set({
          status: 'rejected',
          total_rows: rejected.totalRows,
          rejected_rows: rejected.rejectedRows,
          error_summary: error.message,
          warning_count: rejected.warnings?.count ?? 0,
          warning_summary: rejected.warnings?.summary ?? null,
          finished_at: new Date(),
          owner_process: null,
        })
        .where('id', '=', batchId)
        .execute();
      await appendAuditEvent(trx, {
        actor: input.operator,
        action: 'import.rejected',
        subjectType: 'import_batch',
        subjectId: String(batchId),
        payload: {
          ...batchRow,
          totalRows: rejected.totalRows,
          rejectedRows: rejected.rejectedRows,
          reason: error.message,
        },
      });
      return {
        batchId,
        status: 'rejected' as const,
        created: 0,
        updated: 0,
        unchanged: 0,
        totalRows: rejected.totalRows,
        rejectedRows: rejected.rejectedRows,
        reason: error.message,
      };
    });
  }
}

/**
 * A batch whose rows failed to store (an error such as a file found corrupt mid-way, not a refusal) is removed, as
 * before the batch row was committed first: the caller reports the error, and the history keeps no batch that never
 * ran to an end. If even that fails (the store itself is failing), the row stays 'open' and is marked 中断 once this
 * process is gone.
 */
async function discardFailedBatch(db: Kysely<Database>, batchId: number): Promise<void> {
  try {
    await deleteOpenBatch(db, batchId);
  } catch {
    // See above: left for markInterruptedBatches.
  }
}
