import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { loadDataset } from '../../bench/dataset.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';
import {
  currentGrades,
  penaltyRecord,
  sendRecords,
  TEST_USCC,
} from '../../src/services/evaluation/evaluation-test-support.ts';
import { registerEnterprises } from '../../src/services/enterprises/register-enterprises.ts';
import { openStore } from '../../src/store/connect.ts';
import { createTestStore, engines, OWNER_ROLE, type TestStore } from '../support/stores.ts';
import { runXinping, startXinpingServer } from '../support/xinping-cli.ts';

/** `audit verify`'s head line, as an operator reads it. */
function headLine(stdout: string): string {
  const line = stdout.split('\n').find((text) => text.startsWith('链头：'));
  assert.ok(line, `audit verify printed a head:\n${stdout}`);
  return line;
}

for (const engine of engines()) {
  describe(`xinping backup and restore [${engine}]`, () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-backup-'));
    const backupFile = path.join(work, 'backup.dump');
    let source: TestStore;
    let sourceEnv: NodeJS.ProcessEnv;
    let targetEnv: NodeJS.ProcessEnv;
    let dropTarget = async () => {};

    before(async () => {
      source = await createTestStore(engine, engine === 'pglite' ? { dataDir: path.join(work, 'source') } : {});
      await loadDataset(source.owner, { enterprises: 40, seed: 'backup', asOf: '2026-11-01' });
      await ensurePublishedModel(source.store);
      // An import after publication: an audited batch, and a re-evaluated enterprise.
      await registerEnterprises(source.store.db, '测试', [
        {
          uscc: TEST_USCC,
          name: '鄂州华容测试科技有限公司',
          status: '存续',
          industryCode: 'I65',
          registeredOn: '2018-03-01',
        },
      ]);
      await sendRecords(source.store.db, [penaltyRecord()]);
      const base = { ...process.env, XINPING_LOG_LEVEL: 'warn' };
      if (engine === 'pglite') {
        await source.store.close();
        sourceEnv = { ...base, XINPING_DATA_DIR: path.join(work, 'source') };
        targetEnv = { ...base, XINPING_DATA_DIR: path.join(work, 'restored') };
        return;
      }
      // The scratch database of the verify step is created by the owner role, which needs CREATEDB for it.
      const adminUrl = process.env.XINPING_TEST_DATABASE_URL!;
      const admin = await openStore({ databaseUrl: adminUrl, dataDir: '' }, { migrate: false });
      await sql`alter role ${sql.id(OWNER_ROLE)} createdb`.execute(admin.db);
      const targetName = `xp_restore_${process.pid}`;
      await sql`create database ${sql.id(targetName)} owner ${sql.id(OWNER_ROLE)}`.execute(admin.db);
      const urlOf = (database: string, role: string) => {
        const url = new URL(adminUrl);
        url.pathname = `/${database}`;
        url.username = role;
        url.password = '';
        return url.toString();
      };
      const sourceName = new URL(source.databaseUrl!).pathname.slice(1);
      const env = (database: string) => ({
        ...base,
        XINPING_DATA_DIR: work,
        DATABASE_URL: urlOf(database, new URL(source.databaseUrl!).username),
        XINPING_MIGRATION_DATABASE_URL: urlOf(database, OWNER_ROLE),
      });
      sourceEnv = env(sourceName);
      targetEnv = env(targetName);
      dropTarget = async () => {
        await sql`drop database if exists ${sql.id(targetName)} with (force)`.execute(admin.db);
        await admin.close();
      };
    });
    after(async () => {
      if (engine === 'postgres') await source?.drop();
      await dropTarget();
      fs.rmSync(work, { recursive: true, force: true });
    });

    test('a backup restored into an empty store has the same audit head and the same current grades', async () => {
      const backup = await runXinping(sourceEnv, ['backup', backupFile]);
      assert.equal(backup.code, 0, backup.stdout + backup.stderr);
      assert.match(backup.stdout, /校验通过：恢复到临时库后，审计链链头与全部企业的当前信用等级一致/);

      const restore = await runXinping(targetEnv, ['restore', backupFile]);
      assert.equal(restore.code, 0, restore.stdout + restore.stderr);
      assert.match(restore.stdout, /审计链：校验通过/);

      const [original, restored] = await Promise.all([
        runXinping(sourceEnv, ['audit', 'verify']),
        runXinping(targetEnv, ['audit', 'verify']),
      ]);
      assert.equal(restored.code, 0, restored.stdout + restored.stderr);
      assert.equal(headLine(restored.stdout), headLine(original.stdout));

      const open = async (env: NodeJS.ProcessEnv) =>
        openStore({ dataDir: env.XINPING_DATA_DIR!, databaseUrl: env.DATABASE_URL }, { migrate: false });
      const [from, to] = [await open(sourceEnv), await open(targetEnv)];
      try {
        const grades = await currentGrades(from.db);
        assert.ok(grades.size > 40, `the source has graded enterprises (${grades.size})`);
        assert.deepEqual(await currentGrades(to.db), grades);
      } finally {
        await from.close();
        await to.close();
      }
    });

    if (engine === 'pglite')
      test('a backup of the embedded store beside its running server is refused, saying what to do', async () => {
        const server = await startXinpingServer(sourceEnv, ['serve', '--port', '0']);
        try {
          const refused = await runXinping(sourceEnv, ['backup', path.join(work, 'beside-server.dump')]);
          assert.equal(refused.code, 1);
          assert.match(refused.stderr, /正由运行中的信评服务.*持有.*请先停止服务再运行 xinping backup/);
          assert.equal(fs.existsSync(path.join(work, 'beside-server.dump')), false);
        } finally {
          await server.stop();
        }
      });

    test('restore refuses a store that already holds data', async () => {
      const again = await runXinping(targetEnv, ['restore', backupFile]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /恢复不会覆盖或合并现有数据/);
    });
  });
}
