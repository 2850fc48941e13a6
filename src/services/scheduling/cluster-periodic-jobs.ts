import type { Kysely } from 'kysely';
import { districtDateTimeOf, todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { idForPeriod, type JobQueue, type QueueName } from '../../store/job-queue.ts';
import { makeAuditCheckpoint } from '../audit/make-audit-checkpoint.ts';
import { INDEX_CLOSER_OPERATOR } from '../credit-index/index-closer.ts';
import { closeEndedMonths } from '../credit-index/close-index-month.ts';
import type { SigningKey } from '../crypto/signing-key.ts';
import { runDailyChecks } from '../requests/start-daily-checks.ts';
import { runUpwardSharing } from '../upward/run-upward-sharing.ts';
import type { UpwardSettings } from '../upward/upward-settings.ts';
import { runDueWhitelist } from '../whitelist/run-due-whitelist.ts';
import { startPeriodicJob, type PeriodicJob } from './start-periodic-job.ts';

/**
 * The periodic jobs of a PostgreSQL deployment with several instances: the same passes the single server runs on its
 * timers (start-server.ts), queued once per period for the whole cluster and run by one worker. Every instance and
 * worker offers each job for the current period every minute; the job's id is derived from its period
 * (job-queue.ts `idForPeriod`), so the first offer queues it and the others change nothing. A worker that dies
 * during a pass leaves the job to expire and be retried; each pass is idempotent for its period anyway.
 */
export interface ClusterPeriodicJob {
  queue: QueueName;
  /** What a pass is for, in Chinese (logs). */
  label: string;
  /** The period an instant falls in; one pass per period. */
  periodOf(now: Date): string;
  run(): Promise<unknown>;
}

export interface ClusterPeriodicDependencies {
  db: Kysely<Database>;
  signingKey: () => SigningKey;
  /** 向上共享 settings when the district shares upward (XINPING_UPWARD_URL or XINPING_UPWARD_DIR), else null. */
  upward: UpwardSettings | null;
  onError: (error: unknown) => void;
}

const districtDay = (now: Date) => todayInDistrict(now);
/** The district hour, e.g. 2026-12-07T09. */
const districtHour = (now: Date) => districtDateTimeOf(now).slice(0, 13);

/** The jobs, in the order start-server.ts starts their single-process timers. */
export function listClusterPeriodicJobs(deps: ClusterPeriodicDependencies): ClusterPeriodicJob[] {
  const { db } = deps;
  const jobs: ClusterPeriodicJob[] = [
    {
      queue: 'periodic-whitelist',
      label: '知识产权质押融资白名单定期检查',
      periodOf: districtDay,
      run: () => runDueWhitelist(db),
    },
    {
      queue: 'periodic-index-close',
      label: '信用指数月度结算',
      periodOf: districtDay,
      run: () => closeEndedMonths(db, { operator: INDEX_CLOSER_OPERATOR }),
    },
    {
      queue: 'periodic-audit-checkpoint',
      label: '审计链检查点签发',
      periodOf: districtDay,
      run: () => makeAuditCheckpoint(db, deps.signingKey()),
    },
    {
      queue: 'periodic-daily-checks',
      label: '诉求督办与重点任务提醒检查',
      periodOf: districtHour,
      run: () => runDailyChecks(db, deps.onError),
    },
  ];
  const upward = deps.upward;
  if (upward)
    jobs.push({
      queue: 'periodic-upward-sharing',
      label: '向上共享',
      periodOf: (now) => String(Math.floor(now.getTime() / upward.intervalMs)),
      run: () => runUpwardSharing(db, upward, deps.signingKey),
    });
  return jobs;
}

/** Offers every job for the current period now and then every `checkMs`; resolves to how many were newly queued. */
export function startPeriodicOffers(
  queue: JobQueue,
  jobs: ClusterPeriodicJob[],
  onError: (error: unknown) => void,
  checkMs = 60_000,
): PeriodicJob<number> {
  return startPeriodicJob({
    async run() {
      let queued = 0;
      const now = new Date();
      for (const job of jobs) {
        const period = job.periodOf(now);
        if (await queue.send(job.queue, { period }, { id: idForPeriod(job.queue, period), retryLimit: 2 })) queued += 1;
      }
      return queued;
    },
    firstDelayMs: 0,
    nextDelayMs: () => checkMs,
    onError,
  });
}

/** Runs the queued passes in this process (a worker, or a server configured to work too). */
export async function workPeriodicJobs(queue: JobQueue, jobs: ClusterPeriodicJob[]): Promise<void> {
  for (const job of jobs) await queue.work(job.queue, 1, () => job.run());
}
