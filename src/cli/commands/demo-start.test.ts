import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Config } from '../../config.ts';
import { importFile } from '../../services/import/import-file.ts';
import { parseSecretKey } from '../../services/import/protect-personal.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { demoCommand } from './demo.ts';
import { preparePlatform } from './start.ts';

/** A command context on the test store, with its own data directory (the demo's personal-data key lives there). */
function contextFor(store: Store, args: string[] = [], config: Partial<Config> = {}) {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({ write: (chunk: string) => ((output[key] += chunk), true) }) as unknown as NodeJS.WritableStream;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-demo-cli-'));
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir, ...config },
    store: async () => store,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  return { context, output };
}

async function run(command: Command, store: Store, args: string[]) {
  const { context, output } = contextFor(store, args);
  const exit = await command.run(context);
  return { exit, ...output };
}

describeOnEachEngine('xinping start on an empty store', (store, engine) => {
  test('generates the demo on first start, then says where the data is, what it holds and what to do next', async () => {
    const config = engine === 'postgres' ? { databaseUrl: 'postgres://xinping:s3cret@db.example:5432/xinping' } : {};
    const { context, output } = contextFor(store(), [], config);
    const { demo } = await preparePlatform(context, { enterprises: 60 });
    assert.equal(demo?.enterprises, 60);
    assert.match(output.stdout, /首次启动：企业库为空，正在生成演示数据/);
    assert.match(output.stdout, /演示数据已生成（种子 1，参考日期 2026-11-01）/);
    assert.match(output.stdout, /现有：企业 6\d 家，信用记录 \d+ 条，导入批次 \d+ 个，审计事件 \d+ 条/);
    assert.match(output.stdout, /下一步：\n {2}npx xinping enterprise list --query 光电 +按名称片段或代码检索企业\n/);
    if (engine === 'pglite')
      assert.ok(output.stdout.includes(`数据库：内嵌 PGlite，数据目录 ${context.config.dataDir}（`));
    else {
      assert.match(output.stdout, /数据库：PostgreSQL db\.example:5432\/xinping（来自 DATABASE_URL，用户 xinping）/);
      assert.doesNotMatch(output.stdout, /s3cret/);
    }
  });

  test('a second start leaves the data alone and only prints the banner', async () => {
    const { context, output } = contextFor(store());
    const { demo } = await preparePlatform(context, { enterprises: 60 });
    assert.equal(demo, undefined);
    assert.doesNotMatch(output.stdout, /首次启动/);
    assert.match(output.stdout, /现有：企业 6\d 家/);
  });

  test('xinping demo refuses the filled store in Chinese, naming --force', async () => {
    await assert.rejects(run(demoCommand, store(), ['--enterprises', '60']), {
      code: 'PRECONDITION_FAILED',
      userMessage: /演示数据只生成到空库中；如确需在现有数据上追加，请加 --force/,
    });
    await assert.rejects(run(demoCommand, store(), ['--enterprises', '六十']), {
      userMessage: /--enterprises 应为正整数，实际为“六十”/,
    });
  });

  test('xinping demo --force --json prints the summary as JSON', async () => {
    const result = await run(demoCommand, store(), ['--enterprises', '60', '--force', '--json']);
    assert.equal(result.exit, 0);
    const summary = JSON.parse(result.stdout);
    assert.equal(summary.enterprises, 60);
    assert.deepEqual(
      summary.kinds.map((kind: { kind: string }) => kind.kind),
      loadCatalog().kinds.map((kind) => kind.code),
      'the summary counts every kind of the catalog',
    );
    assert.equal(typeof summary.seconds, 'number');
  });
});

describeOnEachEngine('the department files of xinping demo --write-files', (store) => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-demo-files-'));
  const secretKey = parseSecretKey('cd'.repeat(32));

  test('writes three 双公示 files and a SAMR risk classification file without touching the store', async () => {
    const result = await run(demoCommand, store(), ['--write-files', directory]);
    assert.equal(result.exit, 0);
    assert.deepEqual(fs.readdirSync(directory).sort(), [
      '区市场监管局-企业信用风险分类-2026-11-01.xlsx',
      '区市场监管局-行政处罚-2026-11-01.xlsx',
      '区生态环境分局-行政许可-2026-11-01.csv',
      '区税务局-行政处罚-含错误行.csv',
    ]);
    assert.match(result.stdout, /试一试：xinping import .*区市场监管局-行政处罚-2026-11-01\.xlsx --dept 区市场监管局/);
    assert.equal((await store().db.selectFrom('import_batches').selectAll().execute()).length, 0);
  });

  test('the penalty workbook and the GBK licence file import cleanly, 长期 licences included', async () => {
    const penalties = await importFile(store().db, {
      file: path.join(directory, '区市场监管局-行政处罚-2026-11-01.xlsx'),
      department: '区市场监管局',
      mode: 'all-or-nothing',
      operator: '测试',
      secretKey,
    });
    assert.deepEqual([penalties.status, penalties.created, penalties.errorCount], ['committed', 40, 0]);
    const licences = await importFile(store().db, {
      file: path.join(directory, '区生态环境分局-行政许可-2026-11-01.csv'),
      department: '区生态环境分局',
      mode: 'all-or-nothing',
      operator: '测试',
      secretKey,
    });
    assert.deepEqual([licences.status, licences.created, licences.errorCount], ['committed', 30, 0]);
    const longTerm = await store()
      .db.selectFrom('records')
      .select('ends_on')
      .where('kind', '=', 'administrative_license')
      .where('ends_on', 'is', null)
      .execute();
    assert.ok(longTerm.length > 0);
  });

  test('the file with bad rows is refused as a whole, naming rows 3 and 4', async () => {
    const result = await importFile(store().db, {
      file: path.join(directory, '区税务局-行政处罚-含错误行.csv'),
      department: '区税务局',
      mode: 'all-or-nothing',
      operator: '测试',
      secretKey,
    });
    assert.equal(result.status, 'rejected');
    assert.deepEqual(
      result.errors.map((error) => error.row),
      [3, 4],
    );
    assert.match(result.errors[0]!.reason, /校验位应为/);
    assert.match(result.errors[1]!.reason, /不是有效日期/);
  });
});
