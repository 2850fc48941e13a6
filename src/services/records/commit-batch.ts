import type { Kysely } from 'kysely';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { digestBatchVersions, writeRecords, type WriteCounts } from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishNegativeRecords } from '../sharing/publish-share-events.ts';
import { reevaluateAfterBatch, type ReevaluationOutcome } from '../evaluation/reevaluate-enterprises.ts';
import { notifyAfterBatch, type BatchNotifications } from '../notifications/notify-after-batch.ts';

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
export type BatchDecision = ({ commit: true; totalRows: number; rejectedRows: number } | { commit: false; totalRows: number; rejectedRows: number; reason: string }) & { warnings?: BatchWarnings };

class Rejected extends Error {}

/**
 * Stores a batch of records in one transaction: the batch row, every chunk of records with its history, and one
 * audit event carrying a digest of the versions written; once committed, the enterprises it touched are re-evaluated
 * (services/evaluation/reevaluate-enterprises.ts). If `decide` (called after the last chunk) refuses,
 * everything is rolled back and only a 'rejected' batch row and its audit event are kept, so a bad file leaves the
 * records exactly as they were. A crash mid-way leaves nothing at all: the transaction never commits.
 */
export async function commitBatch(
  db: Kysely<Database>,
  input: BatchInput,
  chunks: AsyncIterable<NormalizedRecord[]> | Iterable<NormalizedRecord[]>,
  decide: () => BatchDecision,
): Promise<BatchResult> {
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
  try {
    const committed: BatchResult = await db.transaction().execute(async (trx) => {
      const { id: batchId } = await trx.insertInto('import_batches').values({ ...batchRow, status: 'open' }).returning('id').executeTakeFirstOrThrow();
      for await (const chunk of chunks) {
        const written = await writeRecords(trx, batchId, input.operator, chunk);
        counts.created += written.created;
        counts.updated += written.updated;
        counts.unchanged += written.unchanged;
      }
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
        payload: { ...batchRow, ...counts, totalRows: decision.totalRows, rejectedRows: decision.rejectedRows, versionsDigest: await digestBatchVersions(trx, batchId) },
      });
      return { batchId, status: 'committed' as const, ...counts, totalRows: decision.totalRows, rejectedRows: decision.rejectedRows };
    });
    // After the commit, not inside it: the re-evaluation reads the committed records, and whatever happens to it
    // (it reports failures instead of throwing) cannot undo the batch.
    committed.reevaluation = await reevaluateAfterBatch(db, committed.batchId);
    committed.notifications = await notifyAfterBatch(db, committed.batchId, committed.reevaluation);
    return committed;
  } catch (error) {
    if (!(error instanceof Rejected) || !decision) throw error;
    const rejected = decision;
    return db.transaction().execute(async (trx) => {
      const { id: batchId } = await trx
        .insertInto('import_batches')
        .values({
          ...batchRow,
          status: 'rejected',
          total_rows: rejected.totalRows,
          rejected_rows: rejected.rejectedRows,
          error_summary: error.message,
          warning_count: rejected.warnings?.count ?? 0,
          warning_summary: rejected.warnings?.summary ?? null,
          finished_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAuditEvent(trx, {
        actor: input.operator,
        action: 'import.rejected',
        subjectType: 'import_batch',
        subjectId: String(batchId),
        payload: { ...batchRow, totalRows: rejected.totalRows, rejectedRows: rejected.rejectedRows, reason: error.message },
      });
      return { batchId, status: 'rejected' as const, created: 0, updated: 0, unchanged: 0, totalRows: rejected.totalRows, rejectedRows: rejected.rejectedRows, reason: error.message };
    });
  }
}
