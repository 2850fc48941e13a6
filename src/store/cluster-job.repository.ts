import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/** SQL of cluster_jobs (a long job's progress, shared by instances) and evaluation_run_shards. */

export interface ClusterJobRow {
  id: string;
  kind: string;
  label: string;
  job_group: string;
  status: string;
  processed: number;
  total: number | null;
  message: string;
  result: unknown;
  error: { code: string; message: string } | null;
  started_by: string;
  started_at: Date | string;
  finished_at: Date | string | null;
  details: Record<string, unknown> | null;
}

/** SQLSTATE of a unique violation: another job of the group is running. */
export const UNIQUE_VIOLATION = '23505';

export async function insertClusterJob(
  trx: Executor,
  job: {
    id: string;
    kind: string;
    label: string;
    group: string;
    total: number | null;
    message: string;
    startedBy: string;
    details: Record<string, unknown>;
  },
): Promise<void> {
  await trx
    .insertInto('cluster_jobs')
    .values({
      id: job.id,
      kind: job.kind,
      label: job.label,
      job_group: job.group,
      total: job.total,
      message: job.message,
      started_by: job.startedBy,
      details: JSON.stringify(job.details),
    })
    .execute();
}

export async function findRunningClusterJob(db: Executor, group: string): Promise<ClusterJobRow | undefined> {
  return db
    .selectFrom('cluster_jobs')
    .selectAll()
    .where('job_group', '=', group)
    .where('status', '=', 'running')
    .executeTakeFirst() as Promise<ClusterJobRow | undefined>;
}

export async function findClusterJob(db: Executor, id: string): Promise<ClusterJobRow | undefined> {
  return db.selectFrom('cluster_jobs').selectAll().where('id', '=', id).executeTakeFirst() as Promise<
    ClusterJobRow | undefined
  >;
}

export async function listClusterJobs(db: Executor, limit: number): Promise<ClusterJobRow[]> {
  return db.selectFrom('cluster_jobs').selectAll().orderBy('started_at', 'desc').limit(limit).execute() as Promise<
    ClusterJobRow[]
  >;
}

export async function advanceClusterJob(trx: Executor, id: string, processed: number, message: string): Promise<void> {
  await trx
    .updateTable('cluster_jobs')
    .set({ processed: sql<number>`processed + ${processed}`, message })
    .where('id', '=', id)
    .execute();
}

/** Sets a running job's progress as the job reports it (rows read of a total, what is happening now). */
export async function reportClusterJobProgress(
  db: Executor,
  id: string,
  progress: { processed?: number; total?: number | null; message?: string },
): Promise<void> {
  if (progress.processed === undefined && progress.total === undefined && progress.message === undefined) return;
  await db
    .updateTable('cluster_jobs')
    .set({
      ...(progress.processed !== undefined ? { processed: progress.processed } : {}),
      ...(progress.total !== undefined ? { total: progress.total } : {}),
      ...(progress.message !== undefined ? { message: progress.message } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishClusterJob(
  trx: Executor,
  id: string,
  outcome: { status: 'done' | 'failed'; message: string; result?: unknown; error?: { code: string; message: string } },
): Promise<void> {
  await trx
    .updateTable('cluster_jobs')
    .set({
      status: outcome.status,
      message: outcome.message,
      result: outcome.result === undefined ? null : JSON.stringify(outcome.result),
      error: outcome.error ? JSON.stringify(outcome.error) : null,
      finished_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Shards of a full evaluation run

export async function insertRunShards(
  trx: Executor,
  runId: number,
  ranges: Array<{ from: number; to: number }>,
): Promise<void> {
  if (ranges.length === 0) return;
  await trx
    .insertInto('evaluation_run_shards')
    .values(ranges.map((range) => ({ run_id: runId, from_enterprise_id: range.from, to_enterprise_id: range.to })))
    .execute();
}

/** Locks a shard's row for its write; its status says whether another worker wrote it already. */
export async function lockRunShard(
  trx: Executor,
  runId: number,
  from: number,
): Promise<{ status: string } | undefined> {
  return trx
    .selectFrom('evaluation_run_shards')
    .select('status')
    .where('run_id', '=', runId)
    .where('from_enterprise_id', '=', from)
    .forUpdate()
    .executeTakeFirst();
}

export async function findRunShard(db: Executor, runId: number, from: number) {
  return db
    .selectFrom('evaluation_run_shards')
    .select('status')
    .where('run_id', '=', runId)
    .where('from_enterprise_id', '=', from)
    .executeTakeFirst();
}

export async function markRunShardDone(
  trx: Executor,
  runId: number,
  from: number,
  outcome: { evaluated: number; stored: number; gradeCounts: Record<string, number>; worker: string },
): Promise<void> {
  await trx
    .updateTable('evaluation_run_shards')
    .set({
      status: 'done',
      evaluated: outcome.evaluated,
      stored: outcome.stored,
      grade_counts: JSON.stringify(outcome.gradeCounts),
      worker: outcome.worker,
      finished_at: sql<Date>`now()`,
    })
    .where('run_id', '=', runId)
    .where('from_enterprise_id', '=', from)
    .execute();
}

/**
 * Adds a finished shard to its run's totals and returns how many shards are still pending. The update locks the run's
 * row until the transaction ends, so of two shards finishing at once the second counts after the first committed:
 * exactly one of them sees none left.
 */
export async function addShardToRun(
  trx: Executor,
  runId: number,
  outcome: { evaluated: number; stored: number },
): Promise<{ pending: number; gradeCounts: Record<string, number>; evaluated: number; stored: number }> {
  const run = await trx
    .updateTable('evaluation_runs')
    .set({
      evaluated: sql<number>`evaluated + ${outcome.evaluated}`,
      stored: sql<number>`stored + ${outcome.stored}`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', runId)
    .returning(['evaluated', 'stored'])
    .executeTakeFirstOrThrow();
  const pending = await trx
    .selectFrom('evaluation_run_shards')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('run_id', '=', runId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  const grades = await sql<{ grade: string; count: number }>`
    select key as grade, sum(value::int)::int as count
    from evaluation_run_shards, jsonb_each_text(grade_counts)
    where run_id = ${runId} and status = 'done'
    group by key order by key`.execute(trx);
  const gradeCounts = Object.fromEntries(grades.rows.map((row) => [row.grade, Number(row.count)]));
  await trx
    .updateTable('evaluation_runs')
    .set({ grade_counts: JSON.stringify(gradeCounts) })
    .where('id', '=', runId)
    .execute();
  return { pending: Number(pending.count), gradeCounts, evaluated: Number(run.evaluated), stored: Number(run.stored) };
}
