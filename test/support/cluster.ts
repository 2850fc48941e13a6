import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DATASET, loadDataset } from '../../bench/dataset.ts';
import { createDemoAccounts, DEMO_PASSWORD } from '../../src/services/accounts/create-demo-accounts.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';
import { createTestStore, type TestStore } from './stores.ts';
import { BIN, startXinpingServer, type RunningServer } from './xinping-cli.ts';

/**
 * Several instances on one PostgreSQL, as the tests of ARCHITECTURE.md "Several instances" start them: a test store
 * with a district and its demo accounts, and `xinping serve` and `xinping worker` children sharing it.
 */

const SECRET_KEY = '5a'.repeat(32);
const DATA_KEY = '6b'.repeat(32);

/** Why a cluster test is skipped on the embedded store. */
export const POSTGRES_ONLY =
  !process.env.XINPING_TEST_DATABASE_URL &&
  'PostgreSQL only: set XINPING_TEST_DATABASE_URL (npm test starts a throwaway server); the embedded store runs as one process';

/** A `xinping worker` child and what it printed. */
export interface RunningWorker {
  child: ChildProcessWithoutNullStreams;
  output(): string;
}

export function startWorker(env: NodeJS.ProcessEnv): RunningWorker {
  const child = spawn(process.execPath, [BIN, 'worker'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/**
 * One request to an instance as a logged-in account (the cookie `logIn` gave), with the Origin its CSRF check asks
 * for: the status, the text, and the body parsed when the answer is JSON (null otherwise, e.g. a downloaded file).
 */
export async function callInstance(
  server: RunningServer,
  cookie: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; text: string; body: any }> {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: {
      cookie,
      origin: server.url,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  return { status: response.status, text, body: isJson && text ? JSON.parse(text) : null };
}

/** Polls `check` every 100 ms until it holds, failing with `dump()` (the processes' output) after `seconds`. */
export async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  seconds: number,
  dump: () => string,
): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (!(await check())) {
    assert.ok(Date.now() < until, `${what} within ${seconds} s:\n${dump()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface Cluster {
  handle: TestStore;
  /** The environment every child runs with (one database, one data key, the queue's short test timings). */
  env: NodeJS.ProcessEnv;
  /** The servers' data directory (the first server's, with isServerDirSeparate). */
  dataDir: string;
  /** Every data directory the servers and workers started so far use. */
  dataDirs(): string[];
  servers: RunningServer[];
  workers: RunningWorker[];
  /** Starts `count` servers, then `count` workers, and waits until the workers are claiming jobs. */
  start(count: { servers: number; workers: number }): Promise<void>;
  /** Every child's output, for a failure message. */
  dump(): string;
  /** Logs in on a server as a demo account; the cookie to send. */
  logIn(server: RunningServer, username: string): Promise<string>;
  /** Kills what is still running and drops the store. */
  close(): Promise<void>;
}

/**
 * A PostgreSQL test store with `enterprises` enterprises, the published model and the demo accounts. With
 * `isWorkerDirSeparate`, the workers get a data directory of their own, as on another machine: what they need from a
 * server's disk must reach them through the database. With `isServerDirSeparate`, so does every server after the
 * first (instances on several machines behind one proxy).
 */
export async function prepareCluster(options: {
  enterprises: number;
  env?: NodeJS.ProcessEnv;
  isWorkerDirSeparate?: boolean;
  isServerDirSeparate?: boolean;
}): Promise<Cluster> {
  const handle = await createTestStore('postgres');
  await loadDataset(handle.owner, { ...DEFAULT_DATASET, enterprises: options.enterprises });
  await ensurePublishedModel(handle.store);
  await createDemoAccounts(handle.store.db);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-cluster-'));
  const workerDir = options.isWorkerDirSeparate ? fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-worker-')) : dir;
  const dirs = new Set([dir, workerDir]);
  const serverDir = (index: number) => {
    if (index === 0 || !options.isServerDirSeparate) return dir;
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-server-'));
    dirs.add(own);
    return own;
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: handle.databaseUrl,
    XINPING_MIGRATION_DATABASE_URL: '',
    XINPING_DATA_DIR: dir,
    XINPING_SECRET_KEY: SECRET_KEY,
    // The data key ring every instance and worker shares (docs/deployment.md): what one encrypts, another reads.
    XINPING_DATA_KEY: DATA_KEY,
    XINPING_DATA_KEY_ID: 'cluster',
    // A lost job is noticed within seconds here; in production after 15 minutes (job-queue.ts).
    XINPING_QUEUE_EXPIRE_SECONDS: '4',
    XINPING_QUEUE_MAINTENANCE_SECONDS: '1',
    XINPING_QUEUE_POLL_SECONDS: '0.5',
    ...options.env,
  };
  const servers: RunningServer[] = [];
  const workers: RunningWorker[] = [];
  const dump = () =>
    [
      ...servers.map((server, index) => `--- serve ${index + 1}\n${server.output()}`),
      ...workers.map((worker, index) => `--- worker ${index + 1}\n${worker.output()}`),
    ].join('\n');
  return {
    handle,
    env,
    dataDir: dir,
    dataDirs: () => [...dirs],
    servers,
    workers,
    dump,
    async start(count) {
      for (let index = 0; index < count.servers; index += 1)
        servers.push(
          await startXinpingServer({ ...env, XINPING_DATA_DIR: serverDir(servers.length) }, ['serve', '--port', '0']),
        );
      for (let index = 0; index < count.workers; index += 1)
        workers.push(startWorker({ ...env, XINPING_DATA_DIR: workerDir }));
      await waitFor(
        'the workers started',
        () => workers.every((worker) => /工作进程已启动/.test(worker.output())),
        30,
        dump,
      );
    },
    async logIn(server, username) {
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      return login.headers.get('set-cookie')!.split(';')[0]!;
    },
    async close() {
      for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      for (const server of servers) if (server.child.exitCode === null) server.child.kill('SIGKILL');
      await handle.drop();
      for (const each of dirs) fs.rmSync(each, { recursive: true, force: true });
    },
  };
}
