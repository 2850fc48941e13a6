import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { createDemoAccounts, DEMO_PASSWORD } from '../../src/services/accounts/create-demo-accounts.ts';
import { syncCatalog } from '../../src/services/catalog/sync-catalog.ts';
import { generateDemo } from '../../src/services/demo/generate-demo.ts';
import { loadSecretKey } from '../../src/services/import/protect-personal.ts';
import { startServer } from '../../src/server/start-server.ts';
import { openStore } from '../../src/store/connect.ts';
import { runXinping } from '../support/xinping-cli.ts';

const ENTERPRISES = 60;

/**
 * The start-up console suggests `xinping demo --write-files` and `xinping import` as next steps. Run
 * beside the server, they used to open the data directory behind its back: the batch was reported stored, the server
 * never saw it, and its next login failed with HTTP 500 (a duplicate audit event key). Now they go through the server.
 */
test('the next steps printed by xinping start, run beside the running server, are seen by it and its next login works', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-next-steps-'));
  // What `xinping start` does, with a small demo district: own and serve the store, fill it, listen.
  const store = await openStore({ dataDir }, { serve: true, command: 'xinping start' });
  const env = { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' };
  try {
    await syncCatalog(store.db);
    const secretKey = loadSecretKey(dataDir, {});
    await generateDemo(store.db, { secretKey, enterprises: ENTERPRISES });
    await createDemoAccounts(store.db);
    const { app, url } = await startServer(store, {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      secretKey,
      webhooks: false,
      whitelistSchedule: false,
      indexCloser: false,
      dailyChecks: false,
      logger: false,
    });
    try {
      const samples = path.join(dataDir, '样例文件');
      const written = await runXinping(env, [
        'demo',
        '--write-files',
        samples,
        '--enterprises',
        String(ENTERPRISES),
        '--json',
      ]);
      assert.equal(written.code, 0, written.stdout + written.stderr);
      const file = (JSON.parse(written.stdout).files as Array<{ name: string; department: string }>)[0]!;
      const imported = await runXinping(env, [
        'import',
        path.join(samples, file.name),
        '--dept',
        file.department,
        '--json',
      ]);
      assert.equal(imported.code, 0, imported.stdout + imported.stderr);
      const { batchId, status } = JSON.parse(imported.stdout);
      assert.equal(status, 'committed');

      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const batches = await (await fetch(`${url}/api/imports/batches?limit=5`, { headers: { cookie } })).json();
      assert.equal(batches.items[0].id, batchId, 'the server lists the batch the command reported');
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
  }
  const verify = await runXinping(env, ['audit', 'verify']);
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  fs.rmSync(dataDir, { recursive: true, force: true });
});
