import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  PENALTY_HEADERS,
  sampleEnterpriseUscc,
  samplePenaltyRow,
  writeSampleCsv,
} from '../../src/services/import/sample-files.ts';
import { snapshotStore } from '../../src/services/import/test-helpers.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { createTestStore, engines } from '../support/stores.ts';
import { runXinping, startXinpingServer, type RunningServer } from '../support/xinping-cli.ts';

const SECRET_KEY = '5d'.repeat(32);
const USERS = 8;
const IMPORTS = 6;
const ROWS_PER_IMPORT = 5;
const REGISTRATIONS = 6;
const PASSWORD = 'Shared-store-passw0rd';

/**
 * While `xinping serve` runs on a data directory, other `xinping` commands write to the same store at the
 * same time. Every write is there afterwards, in the server's view as well, and the audit chain is intact.
 */
for (const engine of engines()) {
  describe(`xinping commands beside a running server share its store [${engine}]`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let postgres: Awaited<ReturnType<typeof createTestStore>> | undefined;
    let server: RunningServer | undefined;

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-shared-'));
      env = {
        ...process.env,
        XINPING_DATA_DIR: path.join(dir, 'data'),
        XINPING_SECRET_KEY: SECRET_KEY,
        DATABASE_URL: '',
      };
      if (engine === 'postgres') {
        postgres = await createTestStore('postgres');
        env.DATABASE_URL = postgres.databaseUrl;
      }
      for (let file = 0; file < IMPORTS; file += 1) {
        const rows = Array.from({ length: ROWS_PER_IMPORT }, (_, n) => samplePenaltyRow(file * ROWS_PER_IMPORT + n));
        writeSampleCsv(path.join(dir, `penalties-${file}.csv`), PENALTY_HEADERS, rows);
      }
    });
    after(async () => {
      if (server?.child.exitCode === null) server.child.kill('SIGKILL');
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test(`${USERS + IMPORTS + REGISTRATIONS} writing commands run beside serve; every write is kept and seen by the server`, async () => {
      server = await startXinpingServer(env, ['serve', '--port', '0']);
      const before = await withStore(env, postgres?.store, (store) => snapshotStore(store.db));

      const commands: Array<{ args: string[]; input?: string }> = [
        ...Array.from({ length: USERS }, (_, n) => ({
          args: ['user', 'create', `shared${n}`, '--role', 'admin', '--name', `管理员${n}`, '--password-stdin'],
          input: `${PASSWORD}\n`,
        })),
        ...Array.from({ length: IMPORTS }, (_, n) => ({
          args: ['import', path.join(dir, `penalties-${n}.csv`), '--dept', 'scjg', '--json'],
        })),
        ...Array.from({ length: REGISTRATIONS }, (_, n) => ({
          args: [
            'enterprise',
            'register',
            '--uscc',
            sampleEnterpriseUscc(5000 + n),
            '--name',
            `并发登记${n}科技有限公司`,
            '--operator',
            '王五',
          ],
        })),
      ];
      const runs = await Promise.all(
        commands.map((command) => runXinping(env, command.args, { input: command.input })),
      );
      runs.forEach((run, index) =>
        assert.equal(run.code, 0, `xinping ${commands[index]!.args.join(' ')}:\n${run.stdout}${run.stderr}`),
      );
      const batchIds = runs.slice(USERS, USERS + IMPORTS).map((run) => JSON.parse(run.stdout).batchId as number);

      // The running server sees the new account and the batches, and its own writes (a login is audited) still work.
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'shared3', password: PASSWORD }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      // An account made on the command line has an initial password: its owner changes it first (等保 forced change).
      const initial = login.headers.get('set-cookie')!.split(';')[0]!;
      const changed = await fetch(`${server.url}/api/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: initial },
        body: JSON.stringify({ currentPassword: PASSWORD, newPassword: `${PASSWORD}-2` }),
      });
      assert.equal(changed.status, 200, await changed.clone().text());
      const cookie = changed.headers.get('set-cookie')!.split(';')[0]!;
      const batches = await (await fetch(`${server.url}/api/imports/batches?limit=50`, { headers: { cookie } })).json();
      assert.deepEqual(batches.items.map((batch: { id: number }) => batch.id).sort(), [...batchIds].sort());

      const stopped = await server.stop();
      assert.equal(stopped.code, 0, server.output());

      const afterwards = await withStore(env, postgres?.store, async (store) => ({
        snapshot: await snapshotStore(store.db),
        users: await store.db
          .selectFrom('users')
          .select('username')
          .where('username', 'like', 'shared%')
          .orderBy('username')
          .execute(),
        registered: await store.db
          .selectFrom('enterprises')
          .select('uscc')
          .where('name', 'like', '并发登记%')
          .execute(),
        committed: await store.db
          .selectFrom('import_batches')
          .select(['id', 'status'])
          .where('status', '=', 'committed')
          .execute(),
      }));
      assert.deepEqual(
        afterwards.users.map((user) => user.username),
        Array.from({ length: USERS }, (_, n) => `shared${n}`),
      );
      assert.equal(afterwards.registered.length, REGISTRATIONS);
      assert.deepEqual(afterwards.committed.map((batch) => batch.id).sort(), [...batchIds].sort());
      assert.equal(afterwards.snapshot.counts.records, before.counts.records + IMPORTS * ROWS_PER_IMPORT);
      assert.equal(afterwards.snapshot.counts.import_batches, before.counts.import_batches + IMPORTS);
      // Nothing that was there before changed: the earlier audit events are the first ones of the chain, unaltered.
      assert.ok(afterwards.snapshot.digest.audit_events!.startsWith(before.digest.audit_events!));

      const verify = await runXinping(env, ['audit', 'verify']);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      assert.match(verify.stdout, /审计链完整/);
      if (engine === 'pglite')
        assert.equal(
          fs.existsSync(path.join(env.XINPING_DATA_DIR!, 'xinping.lock')),
          false,
          'the lock file is gone after the last owner',
        );
    });
  });
}

/** The store as the test process sees it: the PostgreSQL test database, or the data directory (owned or through the socket). */
async function withStore<T>(
  env: NodeJS.ProcessEnv,
  postgres: Store | undefined,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  if (postgres) return work(postgres);
  const store = await openStore({ dataDir: env.XINPING_DATA_DIR! }, { command: 'node --test' });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
