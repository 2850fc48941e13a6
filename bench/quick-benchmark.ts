/**
 * Quick benchmark (npm run bench:quick), run before stopping whenever a change touches import, evaluation, storage
 * or start-up. Under three minutes on an idle 2-core machine with the defaults: on a throwaway PostgreSQL (and with
 * `--engines postgres,pglite` on PGlite too), it loads the deterministic data set (bench/dataset.ts) for 100,000
 * enterprises, measures the same-run reference query (bench/bench-record.ts), publishes model v1, then times a full
 * re-evaluation, the 信用画像 tag refresh that follows it, current-grade queries and the import of a 50,000-row
 * penalty CSV (with the re-evaluation of the enterprises it touches), the daily run after it; and the start-up of `xinping help` against bare Node. Every time is also given as a ratio
 * to its reference (the reference SQL; a bare COPY of the same CSV; `node -e 0`), which is what to compare between
 * runs on a shared machine. Writes bench/results/quick.json.
 *
 *   node --import tsx bench/quick-benchmark.ts [--enterprises 100000] [--import-rows 50000] [--engines postgres]
 *     [--note TEXT]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { ensurePublishedModel } from '../src/services/evaluation/ensure-published-model.ts';
import { runEvaluation } from '../src/services/evaluation/run-evaluation.ts';
import { refreshProfileTagsAfterRun } from '../src/services/profile/refresh-profile-tags.ts';
import { importFile } from '../src/services/import/import-file.ts';
import { loadSecretKey } from '../src/services/import/protect-personal.ts';
import { openStore, type Engine, type Store } from '../src/store/connect.ts';
import { loadAverage, measure, measureReference, ratioTo, ROOT, writeBenchResult } from './bench-record.ts';
import { DEFAULT_DATASET, loadDataset } from './dataset.ts';
import { measureGradeQueries, PG_OPTIONS, startPostgres, summarizeRun } from './evaluation-benchmark.ts';
import { generateCsv } from './import-benchmark.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round2 = (value: number) => Math.round(value * 100) / 100;

/** Wall-clock seconds of a command, the median of `runs`. */
function timeCommand(command: string, args: string[], runs: number): number {
  const seconds: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    execFileSync(command, args, { cwd: ROOT, stdio: 'ignore', env: { ...process.env, DATABASE_URL: '' } });
    seconds.push((performance.now() - started) / 1000);
  }
  return round2(median(seconds));
}

function measureStartup() {
  const loadBefore = loadAverage();
  const bareNode = timeCommand(process.execPath, ['-e', '0'], 5);
  const help = timeCommand(process.execPath, ['bin/xinping.js', 'help'], 3);
  return {
    description: 'xinping help 的启动时间(3 次中位数),参照为空的 node -e 0(5 次中位数)',
    bareNodeSeconds: bareNode,
    helpSeconds: help,
    ratioToBareNode: round2(help / bareNode),
    loadBefore,
    loadAfter: loadAverage(),
  };
}

async function benchmarkEngine(engine: Engine, enterprises: number, csv: { file: string; rows: number }) {
  let store: Store;
  let cleanup: () => void;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-quick-'));
  if (engine === 'postgres') {
    const server = startPostgres();
    store = await openStore({ databaseUrl: server.url, dataDir: '' });
    cleanup = () => {
      server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    store = await openStore({ dataDir });
    cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  try {
    console.log(`\n[${engine}]`);
    await syncCatalog(store.db);
    const loaded = await measure(() =>
      loadDataset(store, { ...DEFAULT_DATASET, enterprises }, (message) => console.log(`  ${message}`)),
    );
    await sql`vacuum (analyze) records, record_versions, enterprises`.execute(store.db);
    const reference = await measureReference(store.db);
    console.log(`  参照查询 ${reference.seconds} 秒(${reference.records.toLocaleString()} 条记录)`);
    const published = await measure(() => ensurePublishedModel(store));
    await sql`vacuum (analyze) evaluations`.execute(store.db);
    const full = await measure(() => runEvaluation(store, { kind: 'all', operator: '基准测试' }));
    await sql`vacuum (analyze) evaluations`.execute(store.db);
    console.log(`  全量重评 ${full.seconds} 秒,参照的 ${ratioTo(reference, full.seconds)} 倍`);
    // The 信用画像 tag refresh that follows a full run: a step of its own (a job in the server), timed on its own.
    const tags = await measure(() => refreshProfileTagsAfterRun(store.db, full.value));
    const { loadMs, computeMs, writeMs } = tags.value.timings;
    console.log(
      `  刷新信用画像标签 ${tags.seconds} 秒(读取事实 ${loadMs} 毫秒,计算 ${computeMs} 毫秒,写入 ${writeMs} 毫秒),参照的 ${ratioTo(reference, tags.seconds)} 倍`,
    );
    const gradeQueries = await measureGradeQueries(store, 2000);
    process.env.XINPING_SECRET_KEY ??= '42'.repeat(32);
    const imported = await measure(() =>
      importFile(store.db, {
        file: csv.file,
        department: 'scjg',
        mode: 'all-or-nothing',
        operator: '基准测试',
        secretKey: loadSecretKey(dataDir),
      }),
    );
    console.log(`  导入 ${csv.rows.toLocaleString()} 行 ${imported.seconds} 秒(${imported.value.status})`);
    // The daily run after all that: only enterprises whose result may have changed (none left by the import, which
    // re-evaluated what it touched), so its time is what it costs to find them among everyone.
    const daily = await measure(() => runEvaluation(store, { kind: 'due', operator: '基准测试' }));
    console.log(
      `  每日到期重评 ${daily.seconds} 秒(评价 ${daily.value.evaluated.toLocaleString()} 家,保存 ${daily.value.stored.toLocaleString()} 条),参照的 ${ratioTo(reference, daily.seconds)} 倍`,
    );
    const { value: summary, ...fullTimes } = full;
    return {
      engine,
      server: (await sql<{ version: string }>`select version()`.execute(store.db)).rows[0].version,
      settings: engine === 'postgres' ? (process.env.XINPING_PG_OPTIONS ?? PG_OPTIONS) : undefined,
      enterprises,
      records: loaded.value.records,
      reference,
      datasetLoad: {
        seconds: loaded.seconds,
        ratioToReference: ratioTo(reference, loaded.seconds),
        loadBefore: loaded.loadBefore,
        loadAfter: loaded.loadAfter,
      },
      publish: { seconds: published.seconds, loadBefore: published.loadBefore, loadAfter: published.loadAfter },
      fullReevaluation: {
        ...summarizeRun({ ...fullTimes, value: summary, serverCpuSeconds: null, loadAverage: full.loadAfter[0] }),
        ratioToReference: ratioTo(reference, full.seconds),
        loadBefore: full.loadBefore,
        loadAfter: full.loadAfter,
      },
      profileTagRefresh: {
        seconds: tags.seconds,
        enterprises: tags.value.enterprises,
        tagged: tags.value.tagged,
        timings: tags.value.timings,
        ratioToReference: ratioTo(reference, tags.seconds),
        loadBefore: tags.loadBefore,
        loadAfter: tags.loadAfter,
      },
      gradeQueries: {
        ...gradeQueries,
        // Queries per reference: how many grade lookups fit in the time of one reference query.
        sequentialPerReference: Math.round(gradeQueries.sequentialPerSecond * reference.seconds),
      },
      import: {
        rows: csv.rows,
        status: imported.value.status,
        created: imported.value.created,
        rejected: imported.value.rejected,
        seconds: imported.seconds,
        rowsPerSecond: Math.round(csv.rows / imported.seconds),
        ratioToReference: ratioTo(reference, imported.seconds),
        loadBefore: imported.loadBefore,
        loadAfter: imported.loadAfter,
      },
      dailyRun: {
        description: '导入之后的每日到期重评(--due):只评价结果可能已变化的企业',
        seconds: daily.seconds,
        evaluated: daily.value.evaluated,
        stored: daily.value.stored,
        ratioToReference: ratioTo(reference, daily.seconds),
        loadBefore: daily.loadBefore,
        loadAfter: daily.loadAfter,
      },
    };
  } finally {
    await store.close();
    cleanup();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string', default: '100000' },
      'import-rows': { type: 'string', default: '50000' },
      engines: { type: 'string', default: 'postgres' },
      note: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    // The usage is the header comment's last paragraph.
    console.log(
      '用法：npm run bench:quick -- [--enterprises 100000] [--import-rows 50000] [--engines postgres[,pglite]] [--note 说明]\n' +
        '在临时 PostgreSQL（及 PGlite）上装载数据集，测量全量重评、画像标签、等级查询、导入与启动时间，写入 bench/results/quick.json。',
    );
    return;
  }
  const enterprises = Number(values.enterprises);
  const rows = Number(values['import-rows']);
  const engines = values.engines.split(',').map((engine) => engine.trim());
  for (const engine of engines)
    if (engine !== 'pglite' && engine !== 'postgres')
      throw new Error(`--engines 只能是 pglite、postgres,实际为“${engine}”`);
  if (engines.includes('postgres'))
    execFileSync('bash', ['scripts/ensure-packages.sh', 'initdb=postgresql'], { cwd: ROOT });
  const started = performance.now();
  const startup = measureStartup();
  console.log(`启动:xinping help ${startup.helpSeconds} 秒,node -e 0 ${startup.bareNodeSeconds} 秒`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-quick-csv-'));
  try {
    const file = path.join(work, 'penalties.csv');
    generateCsv(file, rows);
    const results = [];
    for (const engine of engines as Engine[]) results.push(await benchmarkEngine(engine, enterprises, { file, rows }));
    const written = writeBenchResult(
      'quick',
      {
        description:
          '快速基准:数据集装载、参照查询、全量重评、刷新信用画像标签、当前等级查询、导入(含对所涉企业的重评)、每日到期重评、命令行启动;每个时间都给出与同一次运行的参照之比。',
        command: 'npm run bench:quick -- [--enterprises N] [--import-rows N] [--engines postgres,pglite] [--note 文本]',
        totalSeconds: round2((performance.now() - started) / 1000),
        startup,
        engines: results,
      },
      { note: values.note },
    );
    console.log(`\n结果已写入 ${path.relative(ROOT, written)}(共 ${round2((performance.now() - started) / 1000)} 秒)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
