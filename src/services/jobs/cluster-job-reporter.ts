import type { Kysely } from 'kysely';
import { reportClusterJobProgress } from '../../store/cluster-job.repository.ts';
import type { Database } from '../../store/database.ts';
import type { JobReporter } from './job-registry.ts';

/** How often a worker's job writes its progress to cluster_jobs, at most: the page polls about as often. */
const WRITE_EVERY_MS = 1000;

/**
 * The reporter of a job run by a worker (job-registry.ts's interface, so the job's work is the same code as in one
 * process): its progress goes to the job's cluster_jobs row, read by any instance, at most once a second and in
 * order. A failed write is skipped (the next one carries the latest state); `flush` writes what is left.
 */
export function reportToClusterJob(db: Kysely<Database>, id: string): JobReporter & { flush(): Promise<void> } {
  let pending: { processed?: number; total?: number | null; message?: string } = {};
  let timer: NodeJS.Timeout | undefined;
  let lastWrite = 0;
  let writes = Promise.resolve();
  const write = () => {
    timer = undefined;
    const progress = pending;
    pending = {};
    lastWrite = Date.now();
    writes = writes.then(() => reportClusterJobProgress(db, id, progress)).catch(() => undefined);
  };
  return {
    report(update) {
      pending = { ...pending, ...update };
      timer ??= setTimeout(write, Math.max(0, lastWrite + WRITE_EVERY_MS - Date.now()));
    },
    async flush() {
      if (timer) {
        clearTimeout(timer);
        write();
      }
      await writes;
    },
  };
}
