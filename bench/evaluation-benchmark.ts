import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { addDays } from '../src/domain/month-arithmetic.ts';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { ensurePublishedModel } from '../src/services/evaluation/ensure-published-model.ts';
import { evaluateEnterprise } from '../src/services/evaluation/evaluate-enterprise.ts';
import { runEvaluation, type RunSummary } from '../src/services/evaluation/run-evaluation.ts';
import { commitBatch } from '../src/services/records/commit-batch.ts';
import { openStore, type Engine, type Store } from '../src/store/connect.ts';
import { DEFAULT_DATASET, loadDataset, type LoadTimings } from './dataset.ts';
import { todayInDistrict } from '../src/domain/district-date.ts';
import { findEnterpriseRefsById } from '../src/store/enterprise.repository.ts';
import { findEnterpriseIdRange } from '../src/store/evaluation.repository.ts';
import { clusterCpuSeconds, describeCommit, measureReference, ratioTo } from './bench-record.ts';
import { writeBenchResult } from './bench-record.ts';

/**
 * End-to-end evaluation benchmark, on each engine:
 *   1. load the deterministic data set (bench/dataset.ts: N enterprises, ≈20N records) with COPY;
 *   2. publish model v1 the way a fresh platform does (simulate, publish: a first full evaluation);
 *   3. time a full re-evaluation (`evaluate --all`): read every record with COPY into typed columns, evaluate with
 *      the engine's batch path, fingerprint, write every evaluation with COPY;
 *   4. time a single enterprise's re-evaluation after a new record (read its records, evaluate with the full trace,
 *      store), over sampled enterprises, and the import of that one record with the re-evaluation it triggers;
 *   5. time the current-grade query (what listings and the grade API read).
 * Figures go to bench/results/evaluation.json with the date, the machine and the load average at each step (other
 * work on the machine slows wall-clock figures; CPU seconds are given too). Run through `npm run bench`, or
 *   node --import tsx bench/evaluation-benchmark.ts [--enterprises N] [--engines pglite,postgres] [--samples N]
 *     [--pglite-dir DIR | --postgres-url URL (reuse a store holding the data set)] [--keep]
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench/results/evaluation.json');
// A server tuned for bulk loads and scans on this machine (as bench/load-dataset.ts); XINPING_PG_OPTIONS overrides.
export const PG_OPTIONS = [
  '-c shared_buffers=2GB',
  '-c work_mem=256MB',
  '-c maintenance_work_mem=2GB',
  '-c max_parallel_workers_per_gather=2',
  '-c max_parallel_maintenance_workers=2',
  '-c max_wal_size=16GB',
  '-c checkpoint_timeout=1h',
  '-c wal_level=minimal',
  '-c max_wal_senders=0',
].join(' ');
const TARGETS = { postgresSeconds: 15, pgliteSeconds: 45, singleMedianMs: 20, gradeQueriesPerSecond: 2000 };

const round2 = (value: number) => Math.round(value * 100) / 100;
const load1 = () => round2(os.loadavg()[0]);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

interface Timed<T> {
  value: T;
  seconds: number;
  cpuSeconds: number;
  serverCpuSeconds: number | null;
  loadAverage: number;
}

/** Wall-clock and CPU time of `work`: this process, and the PostgreSQL cluster when there is one. */
async function timed<T>(serverDataDir: string | undefined, work: () => Promise<T>): Promise<Timed<T>> {
  const server = clusterCpuSeconds(serverDataDir);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  // Backends that served the work have exited once the pool is idle; give the postmaster a moment to reap them.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const serverAfter = clusterCpuSeconds(serverDataDir);
  return {
    value,
    seconds: round2(seconds),
    cpuSeconds: round2((used.user + used.system) / 1e6),
    serverCpuSeconds: server === null || serverAfter === null ? null : round2(serverAfter - server),
    loadAverage: load1(),
  };
}

function percentile(sorted: number[], fraction: number): number {
  return round2(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]);
}

/** A new serious penalty for an enterprise, as a department would send it. */
function newPenalty(uscc: string, serial: number) {
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: uscc,
    kind: 'administrative_penalty',
    naturalKey: `鄂华市监罚〔基准〕${serial}号|bench`,
    departmentCode: 'scjg',
    status: 'active' as const,
    occurredOn: addDays(todayInDistrict(), -10),
    endsOn: null,
    level: '严重',
    subtype: '罚款',
    grade: null,
    amount: 20,
    quantity: null,
    fields: { fine_amount: 20 },
  };
}

/** Enterprises spread evenly over the id range (deterministic). */
async function sampleEnterprises(store: Store, count: number): Promise<Array<{ id: number; uscc: string }>> {
  const { first, last } = await findEnterpriseIdRange(store.db);
  const ids = Array.from(
    { length: count },
    (_, index) => Number(first) + Math.floor(((Number(last) - Number(first)) * index) / Math.max(1, count - 1)),
  );
  const rows = (await findEnterpriseRefsById(store.db, [...new Set(ids)])).sort((a, b) => a.id - b.id);
  return rows.map((row) => ({ id: Number(row.id), uscc: row.uscc }));
}

async function measureSingle(store: Store, samples: number) {
  const enterprises = await sampleEnterprises(store, samples);
  const evaluateMs: number[] = [];
  const importMs: number[] = [];
  let serial = Date.now();
  for (const enterprise of enterprises) {
    // The import of one new record, with the re-evaluation its commit triggers …
    let started = performance.now();
    const batch = await commitBatch(
      store.db,
      {
        departmentCode: 'scjg',
        kind: 'administrative_penalty',
        fileName: 'bench.json',
        fileHash: 'bench',
        format: 'api',
        mode: 'all-or-nothing',
        operator: '基准测试',
      },
      [[newPenalty(enterprise.uscc, serial++)]],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    importMs.push(performance.now() - started);
    if (batch.reevaluation?.enterprises !== 1)
      throw new Error(`the import did not re-evaluate ${enterprise.uscc}: ${JSON.stringify(batch.reevaluation)}`);
    // … and the single re-evaluation itself: read its records, evaluate with the full trace, store.
    started = performance.now();
    await evaluateEnterprise(store.db, enterprise.uscc, { reason: 'bench' });
    evaluateMs.push(performance.now() - started);
  }
  evaluateMs.sort((a, b) => a - b);
  importMs.sort((a, b) => a - b);
  return {
    samples: enterprises.length,
    evaluateMedianMs: percentile(evaluateMs, 0.5),
    evaluateP95Ms: percentile(evaluateMs, 0.95),
    importWithReevaluationMedianMs: percentile(importMs, 0.5),
    importWithReevaluationP95Ms: percentile(importMs, 0.95),
    loadAverage: load1(),
  };
}

/** Current-grade lookups by enterprise id (the listings' and the grade API's query), sequential and 8 at a time. */
export async function measureGradeQueries(store: Store, queries: number) {
  const { first, last } = (
    await sql<{ first: number; last: number }>`select min(id) as first, max(id) as last from enterprises`.execute(
      store.db,
    )
  ).rows[0];
  const span = Number(last) - Number(first) + 1;
  const lookup = (index: number) =>
    sql`select grade, score from evaluations where enterprise_id = ${Number(first) + ((index * 2654435761) % span)} order by as_of desc, id desc limit 1`.execute(
      store.db,
    );
  let started = performance.now();
  for (let index = 0; index < queries; index += 1) await lookup(index);
  const sequential = queries / ((performance.now() - started) / 1000);
  started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < queries) await lookup(next++);
    }),
  );
  const concurrent = queries / ((performance.now() - started) / 1000);
  return {
    queries,
    sequentialPerSecond: Math.round(sequential),
    eightAtOncePerSecond: Math.round(concurrent),
    loadAverage: load1(),
  };
}

export function startPostgres(): { url: string; dataDir: string; stop(): void; base: string } {
  const script = path.join(ROOT, 'scripts/throwaway-postgres.sh');
  const output = execFileSync('bash', [script, 'start'], {
    env: { ...process.env, XINPING_PG_OPTIONS: process.env.XINPING_PG_OPTIONS ?? PG_OPTIONS },
    encoding: 'utf8',
  });
  const base = /XINPING_PG_BASE=(\S+)/.exec(output)?.[1];
  const url = /XINPING_PG_URL=(\S+)/.exec(output)?.[1];
  if (!base || !url) throw new Error(`scripts/throwaway-postgres.sh start printed no URL: ${output}`);
  return {
    url,
    base,
    dataDir: path.join(base, 'data'),
    stop: () => execFileSync('bash', [script, 'stop', base], { stdio: 'inherit' }),
  };
}

export function summarizeRun(run: Timed<RunSummary>) {
  const { value } = run;
  return {
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    serverCpuSeconds: run.serverCpuSeconds,
    loadAverage: run.loadAverage,
    enterprises: value.evaluated,
    stored: value.stored,
    enterprisesPerSecond: Math.round(value.evaluated / run.seconds),
    timings: value.timings,
    gradeCounts: value.gradeCounts,
  };
}

interface EngineOptions {
  enterprises: number;
  samples: number;
  keep: boolean;
  pgliteDir?: string;
  postgresUrl?: string;
}

async function benchmarkEngine(engine: Engine, options: EngineOptions) {
  let store: Store;
  let serverDataDir: string | undefined;
  let cleanup = () => {};
  let location: string;
  if (engine === 'postgres') {
    if (options.postgresUrl) {
      location = options.postgresUrl;
      serverDataDir = process.env.XINPING_PG_DATA_DIR;
    } else {
      const server = startPostgres();
      location = server.url;
      serverDataDir = server.dataDir;
      cleanup = options.keep
        ? () =>
            console.log(`  PostgreSQL 保留:${server.url}(停止:bash scripts/throwaway-postgres.sh stop ${server.base})`)
        : server.stop;
    }
    store = await openStore({ databaseUrl: location, dataDir: '' });
  } else {
    const dataDir = options.pgliteDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-eval-bench-'));
    location = dataDir;
    if (!options.pgliteDir)
      cleanup = options.keep
        ? () => console.log(`  PGlite 数据目录保留:${dataDir}`)
        : () => fs.rmSync(dataDir, { recursive: true, force: true });
    store = await openStore({ dataDir });
  }
  try {
    console.log(`\n[${engine}] ${location}`);
    await syncCatalog(store.db);
    const existing = Number(
      (await sql<{ count: number }>`select count(*) as count from enterprises`.execute(store.db)).rows[0].count,
    );
    let load: (LoadTimings['seconds'] & { records: number; vacuum: number; loadAverage: number }) | null = null;
    if (existing === 0) {
      const loaded = await loadDataset(store, { ...DEFAULT_DATASET, enterprises: options.enterprises }, (message) =>
        console.log(`  ${message}`),
      );
      // What a DBA does after a bulk load (and autovacuum would do anyway, in the middle of the timings below).
      const vacuum = await timed(undefined, () =>
        sql`vacuum (analyze) records, record_versions, enterprises`.execute(store.db),
      );
      load = { ...loaded.seconds, records: loaded.records, vacuum: vacuum.seconds, loadAverage: load1() };
      console.log(`  VACUUM ANALYZE(${vacuum.seconds} 秒)`);
    } else console.log(`  沿用已有数据:${existing.toLocaleString()} 家企业`);
    // Between timed steps, the previous step's new evaluations are vacuumed, so autovacuum does not run during the next.
    const settle = () => sql`vacuum (analyze) evaluations`.execute(store.db);
    const records = Number(
      (await sql<{ count: number }>`select count(*) as count from records`.execute(store.db)).rows[0].count,
    );

    console.log('  发布模型 v1(模拟 + 发布 + 首次全量评价)…');
    const published = await timed(serverDataDir, () => ensurePublishedModel(store));
    await settle();
    console.log('  参照查询(一条聚合 SQL)…');
    const reference = await measureReference(store.db);
    console.log(`  参照 ${reference.seconds} 秒`);
    console.log('  全量重新评价 …');
    const full = await timed(serverDataDir, () => runEvaluation(store, { kind: 'all', operator: '基准测试' }));
    await settle();
    console.log(
      `  ${full.seconds} 秒(本进程 CPU ${full.cpuSeconds} 秒${full.serverCpuSeconds === null ? '' : `,PostgreSQL CPU ${full.serverCpuSeconds} 秒`},负载 ${full.loadAverage})`,
    );
    console.log('  每日到期重评(--due,只保存变化)…');
    const due = await timed(serverDataDir, () => runEvaluation(store, { kind: 'due', operator: '基准测试' }));
    await settle();
    console.log(`  单企业新增记录后重评(${options.samples} 家)…`);
    const single = await measureSingle(store, options.samples);
    const gradeQueries = await measureGradeQueries(store, 4000);
    return {
      date: new Date().toISOString(),
      // Several runs share the file: each names the commit it measured (the file's measuredOn is its last run's).
      commit: describeCommit(),
      engine,
      server: (await sql<{ version: string }>`select version()`.execute(store.db)).rows[0].version,
      settings:
        engine === 'postgres' && !options.postgresUrl ? (process.env.XINPING_PG_OPTIONS ?? PG_OPTIONS) : undefined,
      enterprises: Number(
        (await sql<{ count: number }>`select count(*) as count from enterprises`.execute(store.db)).rows[0].count,
      ),
      records,
      load,
      publish: published.value.published
        ? {
            seconds: published.seconds,
            simulateSeconds: published.value.simulation?.seconds,
            evaluateSeconds: published.value.outcome?.run.seconds,
            loadAverage: published.loadAverage,
          }
        : null,
      reference,
      fullReevaluation: { ...summarizeRun(full), ratioToReference: ratioTo(reference, full.seconds) },
      dueRun: { ...summarizeRun(due), ratioToReference: ratioTo(reference, due.seconds) },
      singleEnterprise: single,
      gradeQueries,
      peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await store.close();
    cleanup();
  }
}

type EngineFigures = Awaited<ReturnType<typeof benchmarkEngine>>;

function printTable(results: EngineFigures[]): void {
  const rows: Array<[string, string, string]> = [['项目', '结果', '目标']];
  for (const figures of results) {
    const name = figures.engine === 'postgres' ? 'PostgreSQL' : 'PGlite';
    const target = figures.engine === 'postgres' ? TARGETS.postgresSeconds : TARGETS.pgliteSeconds;
    const full = figures.fullReevaluation;
    if (figures.load)
      rows.push([
        `${name} 装载数据集`,
        `${figures.load.total} 秒 + VACUUM ${figures.load.vacuum} 秒(${figures.records.toLocaleString()} 条记录,负载 ${figures.load.loadAverage})`,
        '—',
      ]);
    rows.push([
      `${name} 全量重评 ${figures.enterprises.toLocaleString()} 家`,
      `${full.seconds} 秒(${figures.engine === 'pglite' ? '进程 CPU(含 PGlite)' : 'JS CPU'} ${full.cpuSeconds} 秒${full.serverCpuSeconds === null ? '' : `,库 CPU ${full.serverCpuSeconds} 秒`},负载 ${full.loadAverage})`,
      `≤ ${target} 秒`,
    ]);
    rows.push([
      `${name} 每日到期重评`,
      `${figures.dueRun.seconds} 秒(保存 ${figures.dueRun.stored.toLocaleString()} 条,负载 ${figures.dueRun.loadAverage})`,
      '—',
    ]);
    rows.push([
      `${name} 单企业重评(读取+含依据评价+写入)`,
      `中位数 ${figures.singleEnterprise.evaluateMedianMs} 毫秒,P95 ${figures.singleEnterprise.evaluateP95Ms} 毫秒(${figures.singleEnterprise.samples} 家,负载 ${figures.singleEnterprise.loadAverage})`,
      `中位数 ≤ ${TARGETS.singleMedianMs} 毫秒`,
    ]);
    rows.push([
      `${name} 导入一条记录并重评`,
      `中位数 ${figures.singleEnterprise.importWithReevaluationMedianMs} 毫秒,P95 ${figures.singleEnterprise.importWithReevaluationP95Ms} 毫秒`,
      '—',
    ]);
    rows.push([
      `${name} 当前等级查询`,
      `顺序 ${figures.gradeQueries.sequentialPerSecond.toLocaleString()} 次/秒,8 并发 ${figures.gradeQueries.eightAtOncePerSecond.toLocaleString()} 次/秒`,
      `≥ ${TARGETS.gradeQueriesPerSecond} 次/秒`,
    ]);
  }
  const width = (column: number) =>
    Math.max(...rows.map((row) => [...row[column]].reduce((sum, char) => sum + (char.charCodeAt(0) > 255 ? 2 : 1), 0)));
  const pad = (text: string, size: number) =>
    text + ' '.repeat(Math.max(0, size - [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 255 ? 2 : 1), 0)));
  const widths = [width(0), width(1)];
  console.log('');
  for (const row of rows) console.log(`${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${row[2]}`);
}

function writeResults(results: EngineFigures[]): void {
  const file = fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) : {};
  const runs: Record<string, Record<string, unknown>> = file.runs ?? {};
  for (const figures of results)
    runs[String(figures.enterprises)] = { ...runs[String(figures.enterprises)], [figures.engine]: figures };
  const report = {
    description:
      '端到端评价基准:装载数据集、全量重新评价(COPY 读取 → 引擎批量评价 → COPY 写入)、单企业新增记录后重评、当前等级查询。',
    command: 'npm run bench -- [--enterprises N] [--engines pglite,postgres]',
    targets: TARGETS,
    machine: machine(),
    runs,
  };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeBenchResult(path.basename(RESULTS_FILE, '.json'), report);
  console.log(`\n结果已写入 ${path.relative(ROOT, RESULTS_FILE)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string', default: String(DEFAULT_DATASET.enterprises) },
      engines: { type: 'string', default: 'pglite,postgres' },
      samples: { type: 'string', default: '200' },
      keep: { type: 'boolean', default: false },
      'pglite-dir': { type: 'string' },
      'postgres-url': { type: 'string' },
    },
  });
  const enterprises = Number(values.enterprises);
  if (!Number.isInteger(enterprises) || enterprises < 1)
    throw new Error(`--enterprises 应为正整数,实际为“${values.enterprises}”`);
  const engines = values.engines.split(',').map((engine) => engine.trim());
  for (const engine of engines)
    if (engine !== 'pglite' && engine !== 'postgres')
      throw new Error(`--engines 只能是 pglite、postgres,实际为“${engine}”`);
  console.log(`机器:${JSON.stringify(machine())},负载 ${os.loadavg().map(round2).join(' / ')}`);
  const results: EngineFigures[] = [];
  for (const engine of engines as Engine[]) {
    results.push(
      await benchmarkEngine(engine, {
        enterprises,
        samples: Number(values.samples),
        keep: values.keep,
        pgliteDir: values['pglite-dir'],
        postgresUrl: values['postgres-url'],
      }),
    );
  }
  printTable(results);
  writeResults(results);
}

// Run when started as a script, not when bench/quick-benchmark.ts imports its steps.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
