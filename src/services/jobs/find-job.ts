import { AppError } from '../../domain/app-error.ts';
import {
  findClusterJob,
  findRunningClusterJob,
  listClusterJobs,
  type ClusterJobRow,
} from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import { jobsOf, type Job } from './job-registry.ts';

/**
 * Jobs as GET /api/jobs shows them: this process's (job-registry.ts) and, on PostgreSQL, those shared by the cluster
 * (cluster_jobs: a full evaluation run by workers), whichever instance started them.
 */

const isoOf = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

function toJob(row: ClusterJobRow): Job {
  const total = row.total === null ? null : Number(row.total);
  const processed = Number(row.processed);
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    group: row.job_group,
    status: row.status as Job['status'],
    progress: row.status === 'done' ? 1 : total ? Math.min(1, processed / total) : 0,
    processed,
    total,
    message: row.message,
    result: row.result ?? null,
    error: row.error,
    startedBy: row.started_by,
    startedAt: isoOf(row.started_at)!,
    finishedAt: isoOf(row.finished_at),
    details: row.details,
  };
}

export async function findClusterJobView(store: Store, id: string): Promise<Job> {
  const row = await findClusterJob(store.db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到任务 ${id}`);
  return toJob(row);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A job of this process, else of the cluster; NOT_FOUND when neither knows it. */
export async function findJob(store: Store, id: string): Promise<Job> {
  try {
    return jobsOf(store).find(id);
  } catch (error) {
    // An id that is not a UUID (a mistyped URL) is no cluster job: cluster_jobs.id is a uuid column.
    if (store.engine !== 'postgres' || !UUID.test(id)) throw error;
    const row = await findClusterJob(store.db, id);
    if (!row) throw error;
    return toJob(row);
  }
}

/** Jobs newest first, optionally of some kinds only. */
export async function listJobs(store: Store, kinds?: readonly string[]): Promise<Job[]> {
  const local = jobsOf(store).list(kinds);
  if (store.engine !== 'postgres') return local;
  const shared = (await listClusterJobs(store.db, 50)).map(toJob).filter((job) => !kinds || kinds.includes(job.kind));
  return [...local, ...shared].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The job of a group running in this process or, on PostgreSQL, anywhere in the cluster; undefined when none. */
export async function findRunningJob(store: Store, group: string): Promise<Job | undefined> {
  const local = jobsOf(store).findRunning(group);
  if (local || store.engine !== 'postgres') return local;
  const row = await findRunningClusterJob(store.db, group);
  return row && toJob(row);
}
