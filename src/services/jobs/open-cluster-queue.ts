import type { Config } from '../../config.ts';
import type { Store } from '../../store/connect.ts';
import { openJobQueue, readQueueSettings, type JobQueue } from '../../store/job-queue.ts';

/**
 * The cluster's job queue for `serve` and `worker` on PostgreSQL (DATABASE_URL), or null for the embedded store,
 * where one process does everything as before.
 */
export async function openClusterQueue(
  store: Store,
  config: Config,
  onError: (error: unknown) => void,
): Promise<JobQueue | null> {
  if (store.engine !== 'postgres' || !config.databaseUrl) return null;
  return openJobQueue(config.databaseUrl, readQueueSettings(), onError);
}
