import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { CompiledQuery, sql, type Kysely } from 'kysely';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Database } from './database.ts';

/**
 * The job queue of a PostgreSQL deployment with several `xinping serve` instances and `xinping worker` processes
 * (ARCHITECTURE.md, "Several instances"), on pg-boss 10 (the line that supports Node 20). The one owner of pg-boss:
 * its schema is installed with the migrations (by the tables' owner, since creating a queue creates a table), and
 * every other module enqueues and works through `JobQueue`. The embedded store has no queue: one process does all.
 *
 * - A job is claimed by one worker (SKIP LOCKED). A worker that dies leaves its job active until it expires
 *   (`expireInSeconds`), then pg-boss's maintenance, run by any instance, puts it back for another worker.
 * - A job sent with an `id` is sent once: the queue's key is (name, id), so a periodic job whose id is derived from
 *   its period (`idForPeriod`) is queued once per period however many instances send it.
 */

/**
 * Every queue, a closed list: the shards of a run of every enterprise (a full evaluation, or the re-evaluation after a
 * publication), the 信用画像 tag refresh after such a run, web imports (services/import/import-jobs.ts), model
 * simulations (services/model-management/queue-simulation-job.ts), audit chain verifications
 * (services/audit/queue-audit-verification.ts), and the periodic jobs (services/scheduling/cluster-periodic-jobs.ts).
 */
export const QUEUE_NAMES = [
  'evaluation-shard',
  'import',
  'model-simulation',
  'audit-verification',
  'profile-tags',
  'periodic-whitelist',
  'periodic-index-close',
  'periodic-audit-checkpoint',
  'periodic-daily-checks',
  'periodic-upward-sharing',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

const SCHEMA = 'pgboss';
const SCHEMA_VERSION: number = createRequire(import.meta.url)('pg-boss/version.json').schema;

export interface QueueSettings {
  /** A claimed job not finished within this long is taken to be lost with its worker and is retried. */
  expireSeconds: number;
  /** How often an instance looks for expired jobs (the work is done by one instance per interval). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for work. */
  pollSeconds: number;
}

const positive = (value: string | undefined, fallback: number) => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
};

/** XINPING_QUEUE_EXPIRE_SECONDS (default 900), XINPING_QUEUE_MAINTENANCE_SECONDS (60), XINPING_QUEUE_POLL_SECONDS (2). */
export function readQueueSettings(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  return {
    expireSeconds: Math.round(positive(env.XINPING_QUEUE_EXPIRE_SECONDS, 900)),
    maintenanceSeconds: Math.round(positive(env.XINPING_QUEUE_MAINTENANCE_SECONDS, 60)),
    pollSeconds: Math.max(0.5, positive(env.XINPING_QUEUE_POLL_SECONDS, 2)),
  };
}

/** A UUID derived from a name and a period ("2026-12-07"), the same in every process: the job's id for that period. */
export function idForPeriod(name: string, period: string): string {
  const hex = createHash('sha256').update(`${name}\u0000${period}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Installs or upgrades the queue's schema and creates missing queues, as the tables' owner, then lets the runtime
 * role use them. Does nothing (two queries) when all is in place, so every opener of the store may call it.
 */
export async function installJobQueue(ownerUrl: string, runtimeRole?: string): Promise<void> {
  if (await isQueueInstalled(ownerUrl)) return;
  const boss = new PgBoss({ connectionString: ownerUrl, schema: SCHEMA, supervise: false, schedule: false, max: 2 });
  boss.on('error', () => {});
  await boss.start();
  try {
    for (const name of QUEUE_NAMES) if (!(await boss.getQueue(name))) await boss.createQueue(name, { name });
    if (runtimeRole) {
      const client = new pg.Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        const role = client.escapeIdentifier(runtimeRole);
        await client.query(`grant usage on schema ${SCHEMA} to ${role}`);
        await client.query(`grant select, insert, update, delete on all tables in schema ${SCHEMA} to ${role}`);
      } finally {
        await client.end();
      }
    }
  } finally {
    await boss.stop({ graceful: false });
  }
}

async function isQueueInstalled(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = await client.query(
      `select (select version from ${SCHEMA}.version) as version, array(select name from ${SCHEMA}.queue) as queues`,
    );
    const row = version.rows[0] as { version: number; queues: string[] };
    return row.version === SCHEMA_VERSION && QUEUE_NAMES.every((name) => row.queues.includes(name));
  } catch {
    return false; // no schema yet
  } finally {
    await client.end();
  }
}

export interface QueuedJob<T> {
  id: string;
  data: T;
  /** The queue will not retry this attempt if it fails: what it leaves running must be marked failed now. */
  isLastAttempt: boolean;
}

export interface JobQueue {
  /** Queues a job; with `id`, only once (false: a job with that id was queued already). */
  send(name: QueueName, data: object, options?: { id?: string; retryLimit?: number }): Promise<boolean>;
  /**
   * Queues jobs inside the caller's transaction, so they exist exactly when what they work on was committed
   * (a full evaluation's shards).
   */
  sendInTransaction(
    trx: Kysely<Database>,
    jobs: Array<{ name: QueueName; data: object; id?: string; retryLimit?: number }>,
  ): Promise<void>;
  /** Works on a queue, `concurrency` jobs at a time; a handler that throws fails the job (retried by pg-boss). */
  work<T>(name: QueueName, concurrency: number, handler: (job: QueuedJob<T>) => Promise<unknown>): Promise<void>;
  /** Stops working, waiting for the jobs in hand (they are retried elsewhere when this takes too long), and closes. */
  stop(): Promise<void>;
}

/**
 * Opens the queue on the runtime role's URL. `isMaintaining`: this process also expires lost jobs (every serve and
 * worker does; pg-boss lets one of them do it per interval).
 */
export async function openJobQueue(
  url: string,
  settings: QueueSettings = readQueueSettings(),
  onError: (error: unknown) => void = () => {},
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: url,
    schema: SCHEMA,
    migrate: false,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    max: 4,
  });
  boss.on('error', onError);
  await boss.start();
  const sendOptions = (retryLimit?: number) => ({
    expireInSeconds: settings.expireSeconds,
    retryLimit: retryLimit ?? 3,
    retryDelay: 1,
  });
  return {
    async send(name, data, options = {}) {
      const id = await boss.send(name, data, {
        ...sendOptions(options.retryLimit),
        ...(options.id ? { id: options.id } : {}),
      });
      return id !== null;
    },
    async sendInTransaction(trx, jobs) {
      const db = {
        executeSql: async (text: string, values: unknown[]) => trx.executeQuery(CompiledQuery.raw(text, values)),
      };
      for (const job of jobs)
        await boss.send(job.name, job.data, { ...sendOptions(job.retryLimit), ...(job.id ? { id: job.id } : {}), db });
    },
    async work(name, concurrency, handler) {
      for (let index = 0; index < concurrency; index += 1) {
        await boss.work(
          name,
          { batchSize: 1, pollingIntervalSeconds: settings.pollSeconds, includeMetadata: true },
          async ([job]) =>
            handler({ id: job!.id, data: job!.data as never, isLastAttempt: job!.retryCount >= job!.retryLimit }),
        );
      }
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

/** The queue's jobs of one name as stored, current and archived (tests, `xinping worker --status`). */
export async function findQueuedJobs(
  db: Kysely<Database>,
  name: QueueName,
): Promise<Array<{ id: string; state: string; retry_count: number; data: unknown }>> {
  const result = await sql<{ id: string; state: string; retry_count: number; data: unknown }>`
    select id, state, retry_count, data from ${sql.raw(SCHEMA)}.job where name = ${name}
    union all
    select id, state, retry_count, data from ${sql.raw(SCHEMA)}.archive where name = ${name}`.execute(db);
  return result.rows;
}

export interface QueuedJobCount {
  name: string;
  /** pg-boss's state: created (waiting), retry (waiting after a failure) or active (claimed by a worker). */
  state: 'created' | 'retry' | 'active';
  count: number;
}

/** Jobs not yet finished, by queue and state (the server's metrics); none where the queue is not installed (PGlite). */
export async function countQueuedJobs(db: Kysely<Database>): Promise<QueuedJobCount[]> {
  const installed = await sql<{ job: string | null }>`select to_regclass(${`${SCHEMA}.job`})::text as job`.execute(db);
  if (!installed.rows[0]?.job) return [];
  const result = await sql<QueuedJobCount>`
    select name, state::text as state, count(*)::int as count from ${sql.raw(SCHEMA)}.job
    where state in ('created', 'retry', 'active') group by name, state order by name, state`.execute(db);
  return result.rows.map((row) => ({ ...row, count: Number(row.count) }));
}
