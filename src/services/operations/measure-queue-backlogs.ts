import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { countQueuedJobs, type QueuedJobCount } from '../../store/job-queue.ts';

export interface QueueBacklogs {
  /** Jobs of the PostgreSQL job queue not yet finished, by queue and state (none on the embedded store). */
  jobs: QueuedJobCount[];
  /** SMS and e-mail notifications queued and not yet sent, by channel. */
  notificationsQueued: Record<'sms' | 'email', number>;
  /** Upward-sharing batches formed and not yet accepted by the provincial platform. */
  upwardBatchesPending: number;
}

/** What waits in the platform's queues (the server's metrics): job queue, notification deliveries, upward batches. */
export async function measureQueueBacklogs(db: Kysely<Database>): Promise<QueueBacklogs> {
  const [jobs, notifications, upward] = await Promise.all([
    countQueuedJobs(db),
    db
      .selectFrom('notification_deliveries')
      .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'queued')
      .groupBy('channel')
      .execute(),
    db
      .selectFrom('upward_batches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow(),
  ]);
  const notificationsQueued = { sms: 0, email: 0 };
  for (const row of notifications) notificationsQueued[row.channel as 'sms' | 'email'] = Number(row.n);
  return { jobs, notificationsQueued, upwardBatchesPending: Number(upward.n) };
}
