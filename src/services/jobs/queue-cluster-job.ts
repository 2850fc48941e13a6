import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { findRunningClusterJob, insertClusterJob, UNIQUE_VIOLATION } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { Database } from '../../store/database.ts';
import type { JobQueue, QueueName } from '../../store/job-queue.ts';
import { groupBusyError, jobsOf } from './job-registry.ts';

/** The job data of a queued cluster job: the rest waits beside its progress row. */
export interface ClusterJobData {
  jobId: string;
}

/**
 * Queues a long job for the workers of several instances (a web import, a model simulation), in one transaction:
 * its cluster_jobs progress row, what the worker needs (`keep`, in the job's own table), and one job on `queue`, so
 * the job exists with all it needs or not at all. Refused, like a job of the in-memory registry, while a job of the
 * same group runs in this process or (the progress table's unique index) anywhere in the cluster. Returns the id.
 */
export async function queueClusterJob(
  store: Store,
  queue: JobQueue,
  input: {
    queue: QueueName;
    kind: string;
    label: string;
    group: string;
    total: number | null;
    startedBy: string;
    details: Record<string, unknown>;
    keep(trx: Transaction<Database>, jobId: string): Promise<void>;
  },
): Promise<string> {
  const busy = jobsOf(store).findRunning(input.group);
  if (busy) throw groupBusyError(busy);
  const jobId = randomUUID();
  try {
    await store.db.transaction().execute(async (trx) => {
      await insertClusterJob(trx, {
        id: jobId,
        kind: input.kind,
        label: input.label,
        group: input.group,
        total: input.total,
        message: '已排队，等待工作进程领取',
        startedBy: input.startedBy,
        details: input.details,
      });
      await input.keep(trx, jobId);
      await queue.sendInTransaction(trx, [{ name: input.queue, data: { jobId } satisfies ClusterJobData }]);
    });
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    throw await clusterGroupBusyError(store, input.group, error);
  }
  return jobId;
}

/**
 * Why a job of `group` was refused by the progress table's unique index (a job of the group runs somewhere in the
 * cluster): that job's label and start, as the in-memory registry says it.
 */
export async function clusterGroupBusyError(store: Store, group: string, cause: unknown): Promise<AppError> {
  const running = await findRunningClusterJob(store.db, group);
  return running
    ? groupBusyError({ label: running.label, startedAt: running.started_at })
    : new AppError('CONFLICT', '已有同类任务正在运行，请等它完成后再试', { cause });
}
