import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { listOpenBatches, markBatchInterrupted } from '../../store/batch-owner.repository.ts';
import { isOwnerAlive, readProcessStartTime, type StoreOwner } from '../../store/store-owner.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

/** This process as the owner of a batch it is about to run (stored as JSON on the batch row). */
export function describeBatchProcess(): string {
  return JSON.stringify({ pid: process.pid, startTime: readProcessStartTime(process.pid), hostname: os.hostname() });
}

/**
 * A batch is committed as 'open' before its rows, in a transaction of its own (commit-batch.ts); its rows come in one
 * later transaction. An 'open' batch whose process is gone was therefore killed mid-way: none of its rows were kept, and
 * it is marked 中断 (interrupted) with an audit event, so the batch history says what happened instead of leaving a gap.
 * Batches run on another host cannot be checked and stay open (isOwnerAlive). Returns the batches marked.
 */
export async function markInterruptedBatches(db: Kysely<Database>): Promise<number[]> {
  const marked: number[] = [];
  for (const batch of await listOpenBatches(db)) {
    if (!batch.ownerProcess) continue;
    const owner = JSON.parse(batch.ownerProcess) as Pick<StoreOwner, 'pid' | 'startTime' | 'hostname'>;
    if (isOwnerAlive({ ...owner, command: '', socket: null })) continue;
    const reason = `导入进程（进程 ${owner.pid}）在入库完成前终止，本批次未入库，请重新导入`;
    await db.transaction().execute(async (trx) => {
      if (!(await markBatchInterrupted(trx, batch.id, reason))) return;
      await appendAuditEvent(trx, {
        actor: batch.operator,
        action: 'import.interrupted',
        subjectType: 'import_batch',
        subjectId: String(batch.id),
        payload: { pid: owner.pid, reason },
      });
      marked.push(batch.id);
    });
  }
  return marked;
}
