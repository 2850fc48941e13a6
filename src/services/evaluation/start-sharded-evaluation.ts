import type { Transaction } from 'kysely';
import { randomUUID } from 'node:crypto';
import type { CompiledModel } from '../../engine/compile-model.ts';
import {
  finishClusterJob,
  insertClusterJob,
  insertRunShards,
  UNIQUE_VIOLATION,
} from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import {
  createEvaluationRun,
  findEnterpriseIdRange,
  finishEvaluationRun,
  type ModelVersionRow,
  type RunKind,
} from '../../store/evaluation.repository.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findClusterJobView } from '../jobs/find-job.ts';
import { groupBusyError, jobsOf, type Job } from '../jobs/job-registry.ts';
import { clusterGroupBusyError } from '../jobs/queue-cluster-job.ts';
import { resolveAsOf } from './as-of.ts';
import { requirePublishedModel } from './published-model.ts';

/** Enterprise ids per shard when the run is shared by workers (XINPING_EVALUATION_SHARD_SIZE, default 25,000). */
function shardSize(): number {
  const configured = Number(process.env.XINPING_EVALUATION_SHARD_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : 25_000;
}

/** The job data of one shard (the queue's `evaluation-shard`). */
export interface EvaluationShardJob {
  jobId: string;
  runId: number;
  from: number;
  to: number;
  /** The run's as-of date; `isToday`: the run reads the records' current state, as a run started today does. */
  asOf: string;
  isToday: boolean;
  operator: string;
}

/** The job group of everything that evaluates enterprises (start-model-jobs.ts EVALUATION_JOB_GROUP). */
const EVALUATION_JOB_GROUP = 'evaluation';

/** What a sharded run is for: a re-evaluation asked for (`all`) or the one that follows a publication (`publish`). */
export interface ShardedRunInput {
  kind: Extract<RunKind, 'all' | 'publish'>;
  /** The version to evaluate with: the published one, possibly published in the same transaction. */
  version: ModelVersionRow;
  compiled: CompiledModel;
  asOf?: string;
  operator: string;
  /** The progress row's kind and label (GET /api/jobs), and what its result carries besides the run's totals. */
  jobKind: string;
  label: string;
  result?: Record<string, unknown>;
}

/**
 * Queues a run of every enterprise for the workers, in the caller's transaction: the run and its audit event, its
 * shards (consecutive enterprise ranges), its progress row and one queued job per shard, so a run exists with all its
 * work queued or not at all. Workers claim shards (run-evaluation-shard.ts), which write evaluations with the run's
 * kind as their reason; any instance answers GET /api/jobs/{id} from the progress row. The progress row's unique
 * index refuses it (UNIQUE_VIOLATION) while another evaluation job runs anywhere in the cluster. Returns the job's id.
 */
export async function queueShardedRun(
  trx: Transaction<Database>,
  queue: JobQueue,
  input: ShardedRunInput,
): Promise<string> {
  const asOf = resolveAsOf(input.asOf);
  input.compiled.prepare(asOf.asOf);
  const { version } = input;
  const modelVersion = `${version.model_id}/${version.version}`;
  const range = await findEnterpriseIdRange(trx);
  const size = shardSize();
  const ranges: Array<{ from: number; to: number }> = [];
  if (range.count > 0)
    for (let from = range.first; from <= range.last; from += size)
      ranges.push({ from, to: Math.min(range.last, from + size - 1) });
  const jobId = randomUUID();
  const run = await createEvaluationRun(trx, {
    kind: input.kind,
    modelVersionId: version.id,
    asOf: asOf.asOf,
    operator: input.operator,
    totalEnterprises: range.count,
  });
  const runId = Number(run.id);
  await appendAuditEvent(trx, {
    actor: input.operator,
    action: 'evaluation.run_started',
    subjectType: 'evaluation_run',
    subjectId: String(runId),
    payload: { kind: input.kind, modelVersion, modelDigest: version.digest, asOf: asOf.asOf, enterprises: range.count },
  });
  await insertClusterJob(trx, {
    id: jobId,
    kind: input.jobKind,
    label: input.label,
    group: EVALUATION_JOB_GROUP,
    total: range.count,
    message: `已分为 ${ranges.length} 个分片，等待评价进程领取…`,
    startedBy: input.operator,
    details: { runId, shards: ranges.length, ...(input.result ? { result: input.result } : {}) },
  });
  await insertRunShards(trx, runId, ranges);
  if (ranges.length === 0) {
    // No enterprise yet: nothing for a worker to do, the run is complete as started.
    await finishEvaluationRun(trx, runId);
    await finishClusterJob(trx, jobId, {
      status: 'done',
      message: '已完成（尚无企业）',
      result: { ...input.result, runId, evaluated: 0 },
    });
  }
  await queue.sendInTransaction(
    trx,
    ranges.map((shard) => ({
      name: 'evaluation-shard' as const,
      data: {
        jobId,
        runId,
        from: shard.from,
        to: shard.to,
        asOf: asOf.asOf,
        isToday: asOf.recordedBefore === null,
        operator: input.operator,
      } satisfies EvaluationShardJob,
    })),
  );
  return jobId;
}

/**
 * Re-evaluates every enterprise with the published version (kind `all`), shared by the workers of a PostgreSQL
 * deployment (queueShardedRun). Refused while another evaluation job runs anywhere in the cluster.
 */
export async function startShardedEvaluation(
  store: Store,
  queue: JobQueue,
  input: { asOf?: string; operator: string },
): Promise<Job> {
  const busy = jobsOf(store).findRunning(EVALUATION_JOB_GROUP);
  if (busy) throw groupBusyError(busy);
  const published = await requirePublishedModel(store.db);
  const modelVersion = `${published.version.model_id}/${published.version.version}`;
  let jobId: string;
  try {
    jobId = await store.db.transaction().execute((trx) =>
      queueShardedRun(trx, queue, {
        kind: 'all',
        ...published,
        asOf: input.asOf,
        operator: input.operator,
        jobKind: 'evaluation.run',
        label: `按现行模型 ${modelVersion} 重新评价全部企业${input.asOf ? `（基准日 ${input.asOf}）` : ''}`,
      }),
    );
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION)
      throw await clusterGroupBusyError(store, EVALUATION_JOB_GROUP, error);
    throw error;
  }
  return findClusterJobView(store, jobId);
}
