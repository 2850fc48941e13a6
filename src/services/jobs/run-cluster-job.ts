import type { Transaction } from 'kysely';
import { isAppError } from '../../domain/app-error.ts';
import { finishClusterJob } from '../../store/cluster-job.repository.ts';
import type { Store } from '../../store/connect.ts';
import type { Database } from '../../store/database.ts';
import { reportToClusterJob } from './cluster-job-reporter.ts';
import type { JobReporter } from './job-registry.ts';

/**
 * A worker's turn at a job queued by another instance with its progress in cluster_jobs (a web import, a model
 * simulation): `work` is the same function the job runs in one process, reporting to the job's row instead of the
 * in-memory registry. When it ends, the row is finished with its result, and `release` deletes what was queued with
 * it, in one transaction. As in the registry, a refusal (AppError) fails the job with its Chinese message, at once;
 * another error is thrown for the queue to retry, and on the last attempt also fails the job, so it does not stay
 * running (and hold its group) forever.
 */
export async function runClusterJob<T>(
  store: Store,
  job: { jobId: string; isLastAttempt: boolean },
  steps: { work(reporter: JobReporter): Promise<T>; release(trx: Transaction<Database>): Promise<void> },
): Promise<'done' | 'failed'> {
  const reporter = reportToClusterJob(store.db, job.jobId);
  const finish = async (outcome: Parameters<typeof finishClusterJob>[2]) => {
    await reporter.flush();
    await store.db.transaction().execute(async (trx) => {
      await finishClusterJob(trx, job.jobId, outcome);
      await steps.release(trx);
    });
  };
  try {
    const result = await steps.work(reporter);
    await finish({ status: 'done', message: '已完成', result: result ?? null });
    return 'done';
  } catch (error) {
    if (!isAppError(error) && !job.isLastAttempt) throw error;
    const failure = isAppError(error)
      ? { code: error.code, message: error.userMessage }
      : { code: 'INTERNAL', message: '任务意外中止，请查看工作进程日志' };
    await finish({ status: 'failed', message: failure.message, error: failure });
    if (!isAppError(error)) throw error;
    return 'failed';
  } finally {
    await reporter.flush();
  }
}
