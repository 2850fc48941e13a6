import type { Store } from '../../store/connect.ts';
import type { RunKind } from '../../store/evaluation.repository.ts';
import { jobsOf, type Job } from '../jobs/job-registry.ts';
import { refreshProfileTagsAfterRun } from './refresh-profile-tags.ts';

/** The last refresh started per store: the next one waits for it, so two refreshes never replace rows at once. */
const lastRefresh = new WeakMap<object, Promise<void>>();

/**
 * Starts the 信用画像 tag refresh that follows an evaluation run (refresh-profile-tags.ts) as a job of its own, so a
 * run started from the console is reported done when its grades are stored, and the tags follow. Refreshes queue
 * behind each other in the order their runs finished: each has a group of its own (the registry would refuse a second
 * job of a busy group, and a finished run's refresh must not be dropped) and waits for the one before.
 */
export function startProfileTagRefreshJob(
  store: Store,
  run: { runId: number; kind: RunKind; asOf: string; startedBy: string },
): Job {
  const previous = lastRefresh.get(store) ?? Promise.resolve();
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const job = jobsOf(store).start({
    kind: 'profile.refresh_tags',
    label: `刷新信用画像标签（评价任务 ${run.runId}，基准日 ${run.asOf}）`,
    group: `profile-tags-${run.runId}`,
    startedBy: run.startedBy,
    message: '已排队，等待开始',
    async work(reporter) {
      try {
        await previous;
        reporter.report({ message: run.kind === 'due' ? '正在刷新本次重评企业的标签…' : '正在刷新全部企业的标签…' });
        const refresh = await refreshProfileTagsAfterRun(store.db, run);
        reporter.report({ processed: refresh.enterprises, total: refresh.enterprises });
        return refresh;
      } finally {
        finish();
      }
    },
  });
  // Set once the job exists (its work starts on the next turn): a refused start leaves no refresh to wait for.
  lastRefresh.set(store, finished);
  return job;
}
