import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/app-error.ts';
import {
  finishClusterJob,
  insertClusterJob,
  insertRunShards,
  UNIQUE_VIOLATION,
} from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import { createEvaluationRun, findEnterpriseIdRange, finishEvaluationRun } from '../../store/evaluation.repository.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { findClusterJobView } from '../jobs/find-job.ts';
import type { Job } from '../jobs/job-registry.ts';
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

/**
 * Re-evaluates every enterprise with the published version, shared by the workers of a PostgreSQL deployment: the
 * run, its shards (consecutive enterprise ranges), its progress row and one queued job per shard are created in one
 * transaction, so a run exists with all its work queued or not at all. Workers claim shards
 * (run-evaluation-shard.ts); any instance answers GET /api/jobs/{id} from the progress row. Refused while another
 * evaluation job runs anywhere in the cluster.
 */
export async function startShardedEvaluation(
  store: Store,
  queue: JobQueue,
  input: { asOf?: string; operator: string },
): Promise<Job> {
  const published = await requirePublishedModel(store.db);
  const asOf = resolveAsOf(input.asOf);
  published.compiled.prepare(asOf.asOf);
  const { version } = published;
  const modelVersion = `${version.model_id}/${version.version}`;
  const range = await findEnterpriseIdRange(store.db);
  const size = shardSize();
  const ranges: Array<{ from: number; to: number }> = [];
  if (range.count > 0)
    for (let from = range.first; from <= range.last; from += size)
      ranges.push({ from, to: Math.min(range.last, from + size - 1) });
  const jobId = randomUUID();
  try {
    await store.db.transaction().execute(async (trx) => {
      const run = await createEvaluationRun(trx, {
        kind: 'all',
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
        payload: { kind: 'all', modelVersion, modelDigest: version.digest, asOf: asOf.asOf, enterprises: range.count },
      });
      await insertClusterJob(trx, {
        id: jobId,
        kind: 'evaluation.run',
        label: `按现行模型 ${modelVersion} 重新评价全部企业${input.asOf ? `（基准日 ${input.asOf}）` : ''}`,
        group: EVALUATION_JOB_GROUP,
        total: range.count,
        message: `已分为 ${ranges.length} 个分片，等待评价进程领取…`,
        startedBy: input.operator,
        details: { runId, shards: ranges.length },
      });
      await insertRunShards(trx, runId, ranges);
      if (ranges.length === 0) {
        // No enterprise yet: nothing for a worker to do, the run is complete as started.
        await finishEvaluationRun(trx, runId);
        await finishClusterJob(trx, jobId, {
          status: 'done',
          message: '已完成（尚无企业）',
          result: { runId, evaluated: 0 },
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
    });
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION)
      throw new AppError('CONFLICT', '已有评价类任务正在运行（可能由另一台服务器发起），请等它完成后再试', {
        cause: error,
      });
    throw error;
  }
  return findClusterJobView(store, jobId);
}
