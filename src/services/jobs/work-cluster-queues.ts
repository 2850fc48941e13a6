import type { Store } from '../../store/connect.ts';
import { runQueuedAuditVerification, type AuditVerificationQueueJob } from '../audit/queue-audit-verification.ts';
import type { JobQueue, QueuedJob } from '../../store/job-queue.ts';
import { runEvaluationShard, type ProfileTagRefreshJob } from '../evaluation/run-evaluation-shard.ts';
import type { EvaluationShardJob } from '../evaluation/start-sharded-evaluation.ts';
import { runQueuedImport, type ImportQueueJob } from '../import/import-jobs.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { runQueuedSimulation, type SimulationQueueJob } from '../model-management/queue-simulation-job.ts';
import { refreshProfileTagsAfterRun } from '../profile/refresh-profile-tags.ts';
import { workPeriodicJobs, type ClusterPeriodicJob } from '../scheduling/cluster-periodic-jobs.ts';
import type { ClusterJobData } from './queue-cluster-job.ts';

export interface ClusterWorkLog {
  /** A line a person reads (the worker prints it on stdout). */
  info(line: string): void;
  error(error: unknown, line: string): void;
}

/**
 * What a worker does (`xinping worker`, or `serve` with XINPING_SERVE_WORKS=1): claims the shards of full
 * evaluations and of the re-evaluations after a publication, `shardConcurrency` at a time, the 信用画像 tag refresh a
 * finished run queued, web imports, model simulations and audit chain verifications one at a time each (imports with
 * the data key to read their files and this worker's data directory for their rejection files), and the periodic
 * jobs' passes. A failing shard, import, simulation, verification, refresh or pass fails its queued job, which the
 * queue retries (job-queue.ts).
 */
export async function workClusterQueues(
  store: Store,
  queue: JobQueue,
  periodicJobs: ClusterPeriodicJob[],
  options: {
    worker: string;
    shardConcurrency: number;
    secretKey: () => SecretKey;
    log: ClusterWorkLog;
  },
): Promise<void> {
  const { log } = options;
  await queue.work<EvaluationShardJob>('evaluation-shard', options.shardConcurrency, async ({ data }) => {
    const range = `企业编号 ${data.from}–${data.to}（评价任务 ${data.runId}）`;
    log.info(`开始评价分片：${range}`);
    try {
      const outcome = await runEvaluationShard(store, queue, data, options.worker);
      log.info(
        outcome === 'written'
          ? `分片已写入：${range}`
          : outcome === 'finished-run'
            ? `分片已写入，评价任务 ${data.runId} 完成，已排队刷新信用画像标签：${range}`
            : outcome === 'already-written'
              ? `分片已由其他进程写入，跳过：${range}`
              : `评价任务已结束，跳过分片：${range}`,
      );
    } catch (error) {
      log.error(error, `分片评价失败，将由队列重试：${range}`);
      throw error;
    }
  });
  // A job another instance queued with its progress row (run-cluster-job.ts), one at a time per worker: an import is
  // one batch in one transaction, and the evaluation group allows one such job in the cluster anyway.
  const workQueuedJob = <T extends ClusterJobData>(
    name: 'import' | 'model-simulation' | 'audit-verification',
    label: string,
    run: (job: QueuedJob<T>) => Promise<'done' | 'failed' | 'finished-before'>,
  ) =>
    queue.work<T>(name, 1, async (job) => {
      const what = `${label} ${job.data.jobId}`;
      log.info(`开始${what}`);
      try {
        const outcome = await run(job);
        log.info(
          outcome === 'done'
            ? `${what}已完成`
            : outcome === 'failed'
              ? `${what}未能完成（原因已记入任务）`
              : `${what}已由其他进程完成，跳过`,
        );
      } catch (error) {
        log.error(error, job.isLastAttempt ? `${what}失败，不再重试` : `${what}失败，将由队列重试`);
        throw error;
      }
    });
  await workQueuedJob<ImportQueueJob>('import', '导入任务', (job) =>
    runQueuedImport(store, job, { secretKey: options.secretKey() }),
  );
  await workQueuedJob<SimulationQueueJob>('model-simulation', '模型模拟任务', (job) => runQueuedSimulation(store, job));
  await workQueuedJob<AuditVerificationQueueJob>('audit-verification', '审计链校验任务', (job) =>
    runQueuedAuditVerification(store, job),
  );
  // One refresh at a time: each replaces every enterprise's tags.
  await queue.work<ProfileTagRefreshJob>('profile-tags', 1, async ({ data }) => {
    const what = `评价任务 ${data.runId}（基准日 ${data.asOf}）的信用画像标签`;
    log.info(`开始刷新${what}`);
    try {
      const refresh = await refreshProfileTagsAfterRun(store.db, { runId: data.runId, kind: 'all', asOf: data.asOf });
      log.info(`已刷新${what}：${refresh.enterprises} 家企业，用时 ${refresh.seconds} 秒`);
    } catch (error) {
      log.error(error, `刷新${what}失败，将由队列重试`);
      throw error;
    }
  });
  await workPeriodicJobs(
    queue,
    periodicJobs.map((job) => ({
      ...job,
      async run() {
        log.info(`开始定期任务：${job.label}`);
        try {
          return await job.run();
        } catch (error) {
          log.error(error, `定期任务失败，将由队列重试：${job.label}`);
          throw error;
        }
      },
    })),
  );
}
