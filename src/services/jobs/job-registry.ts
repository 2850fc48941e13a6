import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../domain/app-error.ts';
import { districtDateTimeOf } from '../../domain/district-date.ts';

/**
 * Long jobs started over HTTP (simulating a draft model, publishing it, re-evaluating everyone, verifying the audit
 * chain) run in the server process, in the background, and report their progress here; the browser polls
 * GET /api/jobs/{id}. The registry is in memory: a restart forgets jobs. That is safe for what runs here: a
 * re-evaluation is resumable (evaluation_runs keeps its cursor and the next run with the same version and as-of date
 * continues it), a simulation or a verification can simply be started again.
 */

export type JobStatus = 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: string;
  /** What the job does, in Chinese (shown next to its progress bar). */
  label: string;
  /** Jobs of one group never run at the same time (e.g. everything that evaluates or publishes models). */
  group: string;
  status: JobStatus;
  /** 0–1. */
  progress: number;
  /** Units done and in total (enterprises, events); total null while unknown. */
  processed: number;
  total: number | null;
  /** What is happening now, or why it failed, in Chinese. */
  message: string;
  result: unknown;
  /** The failure as the API reports errors: code and Chinese message. */
  error: { code: string; message: string } | null;
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** What the starter wants kept with the job (e.g. an import's file and department), returned as given. */
  details: Record<string, unknown> | null;
}

/** What a job's work function reports while it runs. */
export interface JobReporter {
  report(update: { processed?: number; total?: number | null; message?: string }): void;
}

export interface StartJobInput<T> {
  kind: string;
  label: string;
  group: string;
  startedBy: string;
  /** The first message, before the work reports anything. */
  message?: string;
  details?: object;
  work(reporter: JobReporter): Promise<T>;
}

/** Finished jobs kept for GET /api/jobs; older ones are forgotten first. */
const FINISHED_KEPT = 50;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly finishedListeners = new Set<(job: Job) => void>();

  /** Calls `listener` with each job as it finishes, done or failed (the server's metrics); returns how to stop. */
  onFinished(listener: (job: Job) => void): () => void {
    this.finishedListeners.add(listener);
    return () => this.finishedListeners.delete(listener);
  }

  /**
   * Starts a job in the background and returns it as it is now (running). Refuses while another job of the same
   * group runs: two re-evaluations or a publication during a simulation would fight over the same rows.
   */
  start<T>(input: StartJobInput<T>): Job {
    const busy = this.findRunning(input.group);
    if (busy) throw groupBusyError(busy);
    const job: Job = {
      id: randomUUID(),
      kind: input.kind,
      label: input.label,
      group: input.group,
      status: 'running',
      progress: 0,
      processed: 0,
      total: null,
      message: input.message ?? '已开始',
      result: null,
      error: null,
      startedBy: input.startedBy,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      details: (input.details as Record<string, unknown> | undefined) ?? null,
    };
    this.jobs.set(job.id, job);
    const reporter: JobReporter = {
      report(update) {
        if (job.status !== 'running') return;
        if (update.total !== undefined) job.total = update.total;
        if (update.processed !== undefined) job.processed = update.processed;
        if (update.message !== undefined) job.message = update.message;
        job.progress = job.total ? Math.min(1, job.processed / job.total) : 0;
      },
    };
    // The work starts on the next turn, so the caller answers "started" before the first query of the job runs.
    const settled = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => input.work(reporter))
      .then(
        (result) => {
          job.status = 'done';
          job.progress = 1;
          if (job.total !== null) job.processed = job.total;
          job.result = result ?? null;
          job.message = '已完成';
        },
        (error: unknown) => {
          job.status = 'failed';
          job.error = isAppError(error)
            ? { code: error.code, message: error.userMessage }
            : { code: 'INTERNAL', message: '任务意外中止，请查看服务器日志' };
          job.message = job.error.message;
          if (!isAppError(error)) console.error(`job ${job.id} (${job.kind}) failed`, error);
        },
      )
      .finally(() => {
        job.finishedAt = new Date().toISOString();
        this.running.delete(job.id);
        for (const listener of this.finishedListeners) listener({ ...job });
        this.forgetOldJobs();
      });
    this.running.set(job.id, settled);
    return { ...job };
  }

  /** The job of a group running in this process, if any. */
  findRunning(group: string): Job | undefined {
    const busy = [...this.jobs.values()].find((job) => job.status === 'running' && job.group === group);
    return busy && { ...busy };
  }

  /** A snapshot of a job, or NOT_FOUND (unknown id, or forgotten after a restart). */
  find(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('NOT_FOUND', `找不到任务 ${id}（任务只保存在内存中，服务重启后需要重新发起）`);
    return { ...job };
  }

  /** Snapshots of the jobs known, newest first, optionally of some kinds only. */
  list(kinds?: readonly string[]): Job[] {
    return [...this.jobs.values()]
      .filter((job) => !kinds || kinds.includes(job.kind))
      .reverse()
      .map((job) => ({ ...job }));
  }

  /** Resolves once no job is running (server shutdown, tests). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT))) this.jobs.delete(job.id);
  }
}

/** The refusal of a job while `busy`, of the same group, runs (in this process or, queued, anywhere in the cluster). */
export function groupBusyError(busy: { label: string; startedAt: string | Date }): AppError {
  return new AppError(
    'CONFLICT',
    // Said to a person: when it started, not the job's id or the account of who started it (the page's running-job
    // banner names that person).
    `已有任务正在运行：${busy.label}（${districtDateTimeOf(busy.startedAt).slice(11, 16)} 开始），请等它完成后再试`,
  );
}

const registries = new WeakMap<object, JobRegistry>();

/**
 * The job registry of a store: one per database the process serves, so every server built on a store (and its
 * tests) sees the same jobs, and two test stores never share one.
 */
export function jobsOf(store: object): JobRegistry {
  let registry = registries.get(store);
  if (!registry) {
    registry = new JobRegistry();
    registries.set(store, registry);
  }
  return registry;
}
