import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeOrganizationCode, makeUscc } from '../../src/domain/uscc.ts';
import { createDemoAccounts } from '../../src/services/accounts/create-demo-accounts.ts';
import { registerEnterprises } from '../../src/services/enterprises/register-enterprises.ts';
import { loadSecretKey } from '../../src/services/import/protect-personal.ts';
import { createSubscription } from '../../src/services/sharing/create-subscription.ts';
import { enqueueDeliveries } from '../../src/services/sharing/dispatch-webhooks.ts';
import { publishShareEvents } from '../../src/services/sharing/publish-share-events.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { createTestStore, engines } from '../support/stores.ts';
import { startXinpingServer } from '../support/xinping-cli.ts';

const SECRET_KEY = '6e'.repeat(32);
const DELIVERIES = 300;

/**
 * `xinping serve` stopped with SIGTERM while hundreds of webhook deliveries wait for a receiver that does
 * not answer exits within 10 s; the deliveries stay queued, no attempt counted, and go out after the restart.
 */
for (const engine of engines()) {
  describe(`serve stopped with webhook deliveries pending [${engine}]`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let postgres: Awaited<ReturnType<typeof createTestStore>> | undefined;
    let subscriptionId: number;
    let isAnswering = false;
    const hanging: http.ServerResponse[] = [];
    let answered = 0;
    const receiver = http.createServer((request, response) => {
      request.resume();
      if (!isAnswering) return void hanging.push(response);
      answered += 1;
      response.writeHead(204).end();
    });

    async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
      if (postgres) return work(postgres.store);
      const store = await openStore({ dataDir: env.XINPING_DATA_DIR! });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    }
    const deliveryStates = () =>
      withStore(async ({ db }) => {
        const rows = await db
          .selectFrom('webhook_deliveries')
          .select(['status', 'attempts'])
          .where('subscription_id', '=', subscriptionId)
          .execute();
        const states = new Map<string, number>();
        for (const row of rows)
          states.set(`${row.status}:${row.attempts}`, (states.get(`${row.status}:${row.attempts}`) ?? 0) + 1);
        return Object.fromEntries(states);
      });

    before(async () => {
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-serve-shutdown-'));
      const dataDir = path.join(dir, 'data');
      const handle = await createTestStore(engine, { dataDir: engine === 'pglite' ? dataDir : undefined });
      const { db } = handle.store;
      const key = loadSecretKey(dataDir, { XINPING_SECRET_KEY: SECRET_KEY });
      await createDemoAccounts(db);
      const admin = await db
        .selectFrom('users')
        .select(['id', 'username', 'display_name'])
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      const uscc = makeUscc(`91420703${makeOrganizationCode('MA4D0001')}`);
      await registerEnterprises(
        db,
        '测试',
        [
          {
            uscc,
            name: '鄂州丁科技有限公司',
            legalRepresentative: '赵六',
            status: '存续',
            industryCode: 'I65',
            registeredOn: '2018-03-01',
          },
        ],
        { today: '2026-11-01' },
      );
      const enterprise = await db
        .selectFrom('enterprises')
        .select('id')
        .where('uscc', '=', uscc)
        .executeTakeFirstOrThrow();
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const principal = {
        userId: admin.id,
        username: admin.username,
        displayName: admin.display_name,
        role: 'admin',
        departmentCode: null,
        uscc: null,
        via: 'session',
        tokenId: null,
        scopes: ['read', 'write'],
      } as const;
      subscriptionId = (
        await createSubscription(
          db,
          key,
          principal,
          { name: '停机测试', eventTypes: ['grade_changed'], delivery: 'webhook', url },
          ['127.0.0.1/32'],
        )
      ).subscription.id;
      await db.transaction().execute((trx) =>
        publishShareEvents(
          trx,
          Array.from({ length: DELIVERIES }, (_, step) => ({
            type: 'grade_changed' as const,
            enterpriseId: enterprise.id,
            payload: { grade: 'B', previousGrade: 'A', step },
          })),
        ),
      );
      assert.equal((await enqueueDeliveries(db)).count, DELIVERIES);
      env = {
        ...process.env,
        XINPING_DATA_DIR: dataDir,
        XINPING_SECRET_KEY: SECRET_KEY,
        DATABASE_URL: '',
        // The receiver listens on loopback: allowed as an operator allows an intranet receiver.
        XINPING_OUTBOUND_ALLOWED: '127.0.0.1/32',
        XINPING_WEBHOOK_INTERVAL_MS: '100',
        XINPING_WEBHOOK_TIMEOUT_MS: '60000',
      };
      if (engine === 'postgres') {
        postgres = handle;
        env.DATABASE_URL = handle.databaseUrl;
      } else {
        await handle.store.close();
      }
    });
    after(async () => {
      hanging.forEach((response) => response.destroy());
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test(`SIGTERM with ${DELIVERIES} deliveries pending stops serve within 10 s; after the restart every delivery goes out`, async () => {
      assert.deepEqual(await deliveryStates(), { 'pending:0': DELIVERIES });
      const first = await startXinpingServer(env, ['serve', '--port', '0']);
      try {
        const waitingSince = Date.now();
        while (hanging.length === 0) {
          assert.ok(
            Date.now() - waitingSince < 60_000,
            `the server sent no delivery within a minute:\n${first.output()}`,
          );
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        const stopped = await first.stop('SIGTERM');
        assert.equal(stopped.code, 0, first.output());
        assert.ok(stopped.milliseconds < 10_000, `stopped in ${(stopped.milliseconds / 1000).toFixed(1)} s`);
        assert.match(first.output(), /信评已停止/);
      } finally {
        if (first.child.exitCode === null) first.child.kill('SIGKILL');
      }
      assert.deepEqual(
        await deliveryStates(),
        { 'pending:0': DELIVERIES },
        'still queued, no attempt counted for the abandoned request',
      );

      isAnswering = true;
      const second = await startXinpingServer(env, ['serve', '--port', '0']);
      try {
        const waitingSince = Date.now();
        while (answered < DELIVERIES) {
          assert.ok(
            Date.now() - waitingSince < 120_000,
            `only ${answered} deliveries arrived after the restart:\n${second.output()}`,
          );
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        assert.equal((await second.stop('SIGTERM')).code, 0);
      } finally {
        if (second.child.exitCode === null) second.child.kill('SIGKILL');
      }
      assert.deepEqual(await deliveryStates(), { 'delivered:1': DELIVERIES });
    });
  });
}
