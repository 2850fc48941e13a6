import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { createTestStore, engines } from '../../../test/support/stores.ts';
import { openStore, type Engine, type Store } from '../../store/connect.ts';
import { PENALTY_HEADERS, csvLine, samplePenaltyRow, writeSampleCsv } from './sample-files.ts';
import { snapshotStore, type StoreSnapshot } from './test-helpers.ts';
import { runXinping } from '../../../test/support/xinping-cli.ts';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/xinping.js');
const SECRET_KEY = '3c'.repeat(32);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `xinping import …` as a user would; `killWhen` gets stderr so far and may ask for a SIGKILL. */
function runImport(env: NodeJS.ProcessEnv, args: string[], killWhen?: (stderr: string) => boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'import', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (killWhen?.(stderr) && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A large penalty CSV, written line by line. */
function writeBigCsv(file: string, rows: number): void {
  const descriptor = fs.openSync(file, 'w');
  fs.writeSync(
    descriptor,
    csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header]))),
  );
  let buffer = '';
  for (let n = 0; n < rows; n += 1) {
    buffer += csvLine(PENALTY_HEADERS, samplePenaltyRow(100_000 + n));
    if (buffer.length > 1 << 20) {
      fs.writeSync(descriptor, buffer);
      buffer = '';
    }
  }
  fs.writeSync(descriptor, buffer);
  fs.closeSync(descriptor);
}

for (const engine of engines()) {
  describe(`the import command [${engine}]`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let postgres: Awaited<ReturnType<typeof createTestStore>> | undefined;
    const file = (name: string) => path.join(dir, name);

    // PGlite's data directory belongs to one process at a time: the test opens it only while no command runs.
    async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
      if (postgres) return work(postgres.store);
      const store = await openStore({ dataDir: env.XINPING_DATA_DIR! });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    }

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-import-cli-'));
      env = { ...process.env, XINPING_DATA_DIR: path.join(dir, 'data'), XINPING_SECRET_KEY: SECRET_KEY };
      delete env.DATABASE_URL;
      if ((engine as Engine) === 'postgres') {
        postgres = await createTestStore('postgres');
        env.DATABASE_URL = postgres.databaseUrl;
      }
      writeSampleCsv(
        file('small.csv'),
        PENALTY_HEADERS,
        Array.from({ length: 20 }, (_, n) => samplePenaltyRow(n)),
      );
      writeSampleCsv(file('bad.csv'), PENALTY_HEADERS, [
        samplePenaltyRow(50),
        samplePenaltyRow(51, { 处罚决定日期: '2023-02-29' }),
      ]);
      writeBigCsv(file('big.csv'), 60_000);
    });
    after(async () => {
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('with --json the command prints one JSON summary, nothing on a non-terminal stderr, and exits 0', async () => {
      const run = await runImport(env, [file('small.csv'), '--dept', 'scjg', '--json', '--operator', '李四']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      const summary = JSON.parse(run.stdout);
      assert.deepEqual(
        Object.keys(summary).filter((key) =>
          [
            'batchId',
            'status',
            'department',
            'kind',
            'totalRows',
            'created',
            'updated',
            'unchanged',
            'rejected',
            'errors',
            'rejectionFile',
          ].includes(key),
        ).length,
        11,
      );
      assert.deepEqual(
        {
          status: summary.status,
          department: summary.department,
          kind: summary.kind,
          totalRows: summary.totalRows,
          created: summary.created,
          rejected: summary.rejected,
          errors: summary.errors,
          rejectionFile: summary.rejectionFile,
        },
        {
          status: 'committed',
          department: 'scjg',
          kind: 'administrative_penalty',
          totalRows: 20,
          created: 20,
          rejected: 0,
          errors: [],
          rejectionFile: null,
        },
      );
      const operator = await withStore((store) =>
        store.db
          .selectFrom('import_batches')
          .select('operator')
          .where('id', '=', summary.batchId)
          .executeTakeFirstOrThrow(),
      );
      assert.equal(operator.operator, '李四');
    });

    test('a rejected batch prints its errors in Chinese with row and column, and exits 1', async () => {
      const run = await runImport(env, [file('bad.csv'), '--dept', '区市场监管局']);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /导入被拒绝/);
      assert.match(run.stdout, /第3行 【处罚决定日期】“2023-02-29”不是有效日期/);
    });

    test('an unknown department is refused in Chinese, without a stack trace, exit 1', async () => {
      const run = await runImport(env, [file('small.csv'), '--dept', '区气象局']);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /未知的报送单位“区气象局”/);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
    });

    test('a kill in the middle of an import leaves records, versions and the audit trail as before, and the batch is listed as 中断', async () => {
      const before: StoreSnapshot = await withStore((store) => snapshotStore(store.db));
      assert.ok(before.counts.records >= 20);
      let written = 0;
      const run = await runImport(
        env,
        [file('big.csv'), '--dept', 'scjg', '--progress', '--chunk-size', '500'],
        (stderr) => {
          const counts = [...stderr.matchAll(/已写入 ([\d,]+) 行/g)].map((match) =>
            Number(match[1].replaceAll(',', '')),
          );
          written = Math.max(0, ...counts);
          return written >= 1500;
        },
      );
      assert.equal(run.signal, 'SIGKILL', `the import finished before it could be killed:\n${run.stdout}${run.stderr}`);
      assert.ok(written >= 1500, 'some chunks had been written when the process was killed');
      const afterKill = await withStore((store) => snapshotStore(store.db));
      const { import_batches: batchesBefore, ...restBefore } = before.digest;
      const { import_batches: batchesAfter, ...restAfter } = afterKill.digest;
      assert.deepEqual(restAfter, restBefore, 'none of the batch’s rows and no audit event were kept');
      assert.equal(afterKill.counts.import_batches, before.counts.import_batches + 1, 'the batch itself is recorded');
      assert.ok(batchesAfter!.startsWith(batchesBefore!));
      // The batch list finds the batch's process gone and says the batch was interrupted, in the CLI and the API alike.
      const listed = await runXinping(env, ['import', 'list', '--json']);
      assert.equal(listed.code, 0, listed.stderr);
      const newest = JSON.parse(listed.stdout).items[0];
      assert.deepEqual(
        [newest.fileName, newest.status, newest.statusLabel, newest.createdRows],
        ['big.csv', 'interrupted', '中断', 0],
      );
      assert.match(newest.errorSummary, /^导入进程（进程 \d+）在入库完成前终止，本批次未入库，请重新导入$/);
      const text = await runXinping(env, ['import', 'list', '--status', 'interrupted']);
      assert.match(text.stdout, new RegExp(`^#${newest.id}\t中断\t`));
      const verify = await runXinping(env, ['audit', 'verify']);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      // The store still works: importing a known file again finds every row unchanged.
      const again = await runImport(env, [file('small.csv'), '--dept', 'scjg', '--json']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal(JSON.parse(again.stdout).unchanged, 20);
    });
  });
}
