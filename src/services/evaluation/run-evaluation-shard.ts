import { copyRowsIn, withCopySession } from '../../store/bulk-copy.ts';
import {
  addShardToRun,
  advanceClusterJob,
  findClusterJob,
  findRunShard,
  finishClusterJob,
  lockRunShard,
  markRunShardDone,
} from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { JobQueue } from '../../store/job-queue.ts';
import {
  EVALUATION_COPY_COLUMNS,
  findEvaluationRun,
  findLastEvaluationId,
  findModelVersionById,
  finishEvaluationRun,
} from '../../store/evaluation.repository.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishGradeChanges } from '../sharing/publish-share-events.ts';
import { resolveAsOf } from './as-of.ts';
import { compiledModelOf } from './model-files.ts';
import { evaluateEnterpriseRange } from './run-evaluation.ts';
import type { EvaluationShardJob } from './start-sharded-evaluation.ts';

export type ShardOutcome = 'written' | 'finished-run' | 'already-written' | 'run-finished';

/** The job data of a full run's 信用画像 tag refresh (the queue's `profile-tags`, refresh-profile-tags.ts). */
export interface ProfileTagRefreshJob {
  runId: number;
  asOf: string;
}

const compiledByVersion = new Map<number, { compiled: CompiledModel; modelVersion: string }>();
const formatCount = (value: number) => value.toLocaleString('zh-CN');

/**
 * A worker's turn at one shard of a run of every enterprise (start-sharded-evaluation.ts: a full evaluation, or the
 * re-evaluation that follows a publication, whose kind is the evaluations' reason): evaluates the shard's enterprises,
 * then, in one transaction, locks the shard's row, writes its evaluations and grade-change events, marks it done and
 * adds it to the run's progress. A shard is retried when its worker died (the queue's expiry) or, rarely, while a slow
 * worker still holds it: the second writer finds the row done under the lock and writes nothing, so every
 * enterprise is evaluated once per run. The shard that leaves none pending finishes the run, once, in the same
 * transaction (audit event `evaluation.run_finished`; the job's result is the run's totals and what its starter kept
 * in `details.result`, e.g. the publication's digest), and queues the run's 信用画像 tag refresh there too.
 */
export async function runEvaluationShard(
  store: Store,
  queue: Pick<JobQueue, 'sendInTransaction'>,
  shard: EvaluationShardJob,
  worker: string,
): Promise<ShardOutcome> {
  const run = await findEvaluationRun(store.db, shard.runId);
  if (run?.status !== 'running') return 'run-finished';
  if ((await findRunShard(store.db, shard.runId, shard.from))?.status === 'done') return 'already-written';
  const versionId = Number(run.model_version_id);
  let model = compiledByVersion.get(versionId);
  if (!model) {
    const version = await findModelVersionById(store.db, versionId);
    if (!version) throw new Error(`model version ${versionId} of run ${shard.runId} is gone`);
    model = { compiled: compiledModelOf(version), modelVersion: `${version.model_id}/${version.version}` };
    compiledByVersion.set(versionId, model);
  }
  const { compiled, modelVersion } = model;
  const asOf = shard.isToday ? resolveAsOf(shard.asOf, shard.asOf) : resolveAsOf(shard.asOf);
  const result = await evaluateEnterpriseRange(
    store,
    compiled,
    asOf,
    { modelVersionId: versionId, runId: shard.runId, reason: run.kind, asOf: shard.asOf },
    { from: shard.from, to: shard.to },
  );
  return withCopySession(store, async (session) => {
    const trx = session.trx;
    const locked = await lockRunShard(trx, shard.runId, shard.from);
    if (!locked || locked.status === 'done') return 'already-written';
    if (result.stored > 0) {
      const afterEvaluationId = await findLastEvaluationId(trx);
      await copyRowsIn(session, 'evaluations', EVALUATION_COPY_COLUMNS, [result.rows]);
      await publishGradeChanges(trx, {
        runId: shard.runId,
        fromEnterpriseId: shard.from,
        toEnterpriseId: shard.to,
        afterEvaluationId,
      });
    }
    await markRunShardDone(trx, shard.runId, shard.from, {
      evaluated: result.evaluated,
      stored: result.stored,
      gradeCounts: result.gradeCounts,
      worker,
    });
    const totals = await addShardToRun(trx, shard.runId, result);
    await advanceClusterJob(
      trx,
      shard.jobId,
      result.evaluated,
      `已评价 ${formatCount(totals.evaluated)} / ${formatCount(Number(run.total_enterprises))} 家，已保存 ${formatCount(totals.stored)} 条评价`,
    );
    if (totals.pending > 0) return 'written';
    await finishEvaluationRun(trx, shard.runId);
    await appendAuditEvent(trx, {
      actor: shard.operator,
      action: 'evaluation.run_finished',
      subjectType: 'evaluation_run',
      subjectId: String(shard.runId),
      payload: {
        kind: run.kind,
        modelVersion,
        asOf: shard.asOf,
        evaluated: totals.evaluated,
        stored: totals.stored,
        gradeCounts: totals.gradeCounts,
        resumedAfter: null,
      },
    });
    const job = await findClusterJob(trx, shard.jobId);
    await finishClusterJob(trx, shard.jobId, {
      status: 'done',
      message: '已完成',
      result: {
        ...(job?.details?.result as Record<string, unknown> | undefined),
        runId: shard.runId,
        modelVersion,
        asOf: shard.asOf,
        evaluated: totals.evaluated,
        stored: totals.stored,
        gradeCounts: totals.gradeCounts,
        resumedAfter: null,
      },
    });
    const refresh: ProfileTagRefreshJob = { runId: shard.runId, asOf: shard.asOf };
    await queue.sendInTransaction(trx, [{ name: 'profile-tags', data: refresh }]);
    return 'finished-run';
  });
}
