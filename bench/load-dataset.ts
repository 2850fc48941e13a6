import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadCatalog } from '../src/catalog/catalog.ts';
import { RECORD_STATUSES } from '../src/domain/record.ts';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { CopyColumnReader, copyQueryInto } from '../src/store/bulk-copy.ts';
import { openStore, type Engine, type Store } from '../src/store/connect.ts';
import { DEFAULT_DATASET, loadDataset, type DatasetOptions, type LoadTimings } from './dataset.ts';
import { findEnterpriseIdRange } from '../src/store/evaluation.repository.ts';
import { listRecordStatesOfEnterprise } from '../src/store/record.repository.ts';
import { writeBenchResult } from './bench-record.ts';

/**
 * Generates the benchmark data set into a fresh store on each engine, times the load, then times reading every record
 * back as typed columns (COPY out + CopyColumnReader): the floor under a full re-evaluation. Writes the figures with
 * the date and machine to bench/results/dataset.json (one entry per size and engine) and prints them.
 *
 *   npm run bench:dataset                               # 1,000,000 enterprises, ≈20,000,000 records, both engines
 *   npm run bench:dataset -- --enterprises 10000        # quick run
 *   npm run bench:dataset -- --engines postgres --keep  # keep the PostgreSQL server and print how to reach it
 *
 * PGlite runs on a data directory under the system temp dir; PostgreSQL on a throwaway server started here
 * (scripts/throwaway-postgres.sh, tuned with XINPING_PG_OPTIONS). Both are deleted at the end unless --keep.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_FILE = path.join(ROOT, 'bench/results/dataset.json');
// Server settings for a bulk load and a scan-heavy read on this machine: generous memory, parallel scans, few
// checkpoints. Overridden by XINPING_PG_OPTIONS.
const DEFAULT_PG_OPTIONS = [
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
const SINGLE_ENTERPRISE_SAMPLES = 200;

interface ReadFigures {
  /** Connections read at once (each its own range of enterprise ids). */
  streams: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Time spent in CopyColumnReader alone (one core). */
  parseSeconds: number;
  megabytes: number;
}

interface EngineFigures {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    platform: string;
    loadAverageAtStart: number[];
  };
  engine: Engine;
  server: string;
  settings?: string;
  dataset: DatasetOptions & { records: number; byKind: Record<string, number> };
  load: LoadTimings['seconds'] & { recordsPerSecond: number };
  databaseMegabytes: number;
  /** Every record as typed columns; `textColumns`: kind, level, status, grade decoded in JS; `serverCodes`: as integers by SQL. */
  read: { textColumns: ReadFigures; textColumnsTwoStreams?: ReadFigures; serverCodes: ReadFigures };
  /** One enterprise's records through Kysely (the read half of a single re-evaluation). */
  singleEnterpriseRead: { samples: number; medianMs: number; p95Ms: number };
  peakRssMegabytes: number;
}

function machine(): EngineFigures['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

/** Distinct values of a role across the catalog's record kinds, for decoding that column. */
function roleValues(role: 'grade' | 'subtype'): string[] {
  const values = new Set<string>();
  for (const kind of loadCatalog().kinds)
    for (const field of kind.fields) if (field.role === role) for (const value of field.values ?? []) values.add(value);
  return [...values];
}

/** Queries that together select every record: one, or one per range of enterprise ids for `streams` connections. */
function splitQueries(select: string, firstId: number, lastId: number, streams = 1): string[][] {
  const range = (from: number, to: number) => `${select} where enterprise_id between ${from} and ${to}`;
  if (streams === 1) return [[select]];
  const size = Math.ceil((lastId - firstId + 1) / streams);
  return Array.from({ length: streams }, (_, index) => [
    range(firstId + index * size, Math.min(lastId, firstId + (index + 1) * size - 1)),
  ]);
}

/** Reads each stream (a list of queries) into its own columns, all streams at once; times the whole. */
async function timeRead<S extends Record<string, ConstructorParameters<typeof CopyColumnReader>[0][string]>>(
  store: Store,
  streams: string[][],
  spec: S,
  capacity: number,
): Promise<ReadFigures> {
  const started = performance.now();
  let parseMs = 0;
  let bytes = 0;
  const rowCounts = await Promise.all(
    streams.map(async (queries) => {
      const reader = new CopyColumnReader(spec, { capacity: Math.ceil(capacity / streams.length) });
      await copyQueryInto(store, queries, (chunk) => {
        const parseStart = performance.now();
        reader.push(chunk);
        parseMs += performance.now() - parseStart;
        bytes += chunk.length;
      });
      return reader.finish().rowCount;
    }),
  );
  const rows = rowCounts.reduce((sum, count) => sum + count, 0);
  const seconds = (performance.now() - started) / 1000;
  return {
    streams: streams.length,
    rows,
    seconds: round(seconds),
    rowsPerSecond: Math.round(rows / seconds),
    parseSeconds: round(parseMs / 1000),
    megabytes: Math.round(bytes / 2 ** 20),
  };
}

async function measureReads(store: Store, records: number): Promise<EngineFigures['read']> {
  const ids = await sql<{
    first: number;
    last: number;
  }>`select min(id) as first, max(id) as last from enterprises`.execute(store.db);
  const { first, last } = ids.rows[0];
  const kinds = loadCatalog().kinds.map((kind) => kind.code);
  const levels = ['轻微', '一般', '严重'];
  const grades = roleValues('grade');
  const subtypes = roleValues('subtype');
  const columns = 'enterprise_id, kind, occurred_on, ends_on, level, status, subtype, grade, amount, quantity';
  const textSpec = {
    enterpriseId: 'int32',
    kind: { enum: kinds },
    occurredOn: 'date',
    endsOn: 'date',
    level: { enum: levels },
    status: { enum: RECORD_STATUSES },
    subtype: { enum: subtypes },
    grade: { enum: grades },
    amount: 'float64',
    quantity: 'float64',
  } as const;
  const textColumns = await timeRead(
    store,
    splitQueries(`select ${columns} from records`, first, last),
    textSpec,
    records,
  );
  // PostgreSQL formats COPY output in the backend: two connections put the second core to work on it.
  const textColumnsTwoStreams =
    store.engine === 'postgres'
      ? await timeRead(store, splitQueries(`select ${columns} from records`, first, last, 2), textSpec, records)
      : undefined;
  const codes = (column: string, values: readonly string[]) =>
    `array_position(array[${values.map((value) => `'${value}'`).join(',')}]::text[], ${column}) - 1`;
  const serverSelect = `select enterprise_id, ${codes('kind', kinds)}, occurred_on - date '1970-01-01', ends_on - date '1970-01-01', ${codes('level', levels)},
    ${codes('status', RECORD_STATUSES)}, ${codes('subtype', subtypes)}, ${codes('grade', grades)}, amount, quantity from records`;
  const serverCodes = await timeRead(
    store,
    splitQueries(serverSelect, first, last),
    {
      enterpriseId: 'int32',
      kind: 'int32',
      occurredOn: 'int32',
      endsOn: 'int32',
      level: 'int32',
      status: 'int32',
      subtype: 'int32',
      grade: 'int32',
      amount: 'float64',
      quantity: 'float64',
    },
    records,
  );
  return { textColumns, textColumnsTwoStreams, serverCodes };
}

async function measureSingleEnterpriseReads(
  store: Store,
  enterprises: number,
): Promise<EngineFigures['singleEnterpriseRead']> {
  const { first } = await findEnterpriseIdRange(store.db);
  const timings: number[] = [];
  for (let sample = 0; sample < SINGLE_ENTERPRISE_SAMPLES; sample += 1) {
    // Spread over the whole id range, deterministic.
    const id = first + Math.floor((((sample * 2654435761) % 2 ** 32) / 2 ** 32) * enterprises);
    const started = performance.now();
    await listRecordStatesOfEnterprise(store.db, id, null);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  return {
    samples: timings.length,
    medianMs: round(timings[Math.floor(timings.length / 2)]),
    p95Ms: round(timings[Math.floor(timings.length * 0.95)]),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

async function databaseMegabytes(store: Store): Promise<number> {
  const size = await sql<{ bytes: number }>`select pg_database_size(current_database()) as bytes`.execute(store.db);
  return Math.round(Number(size.rows[0].bytes) / 2 ** 20);
}

/** Starts a throwaway PostgreSQL (scripts/throwaway-postgres.sh) and returns its URL and how to stop it. */
function startPostgres(): { url: string; base: string; settings: string; stop(): void } {
  const settings = process.env.XINPING_PG_OPTIONS ?? DEFAULT_PG_OPTIONS;
  const script = path.join(ROOT, 'scripts/throwaway-postgres.sh');
  const output = execFileSync('bash', [script, 'start'], {
    env: { ...process.env, XINPING_PG_OPTIONS: settings },
    encoding: 'utf8',
  });
  const base = /XINPING_PG_BASE=(\S+)/.exec(output)?.[1];
  const url = /XINPING_PG_URL=(\S+)/.exec(output)?.[1];
  if (!base || !url) throw new Error(`scripts/throwaway-postgres.sh start printed no URL: ${output}`);
  return { url, base, settings, stop: () => execFileSync('bash', [script, 'stop', base], { stdio: 'inherit' }) };
}

async function runEngine(engine: Engine, options: DatasetOptions, keep: boolean): Promise<EngineFigures> {
  const startedMachine = machine();
  let store: Store | undefined;
  let cleanup: () => void;
  let settings: string | undefined;
  let location: string;
  if (engine === 'postgres') {
    const server = startPostgres();
    settings = server.settings;
    location = server.url;
    cleanup = keep
      ? () =>
          console.log(`  PostgreSQL 保留:${server.url}(停止:bash scripts/throwaway-postgres.sh stop ${server.base})`)
      : server.stop;
    store = await openStore({ databaseUrl: server.url, dataDir: '' }).catch((error) => {
      server.stop();
      throw error;
    });
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-bench-'));
    location = dataDir;
    cleanup = keep
      ? () => console.log(`  PGlite 数据目录保留:${dataDir}`)
      : () => fs.rmSync(dataDir, { recursive: true, force: true });
    store = await openStore({ dataDir });
  }
  try {
    console.log(`\n[${engine}] ${location}`);
    await syncCatalog(store.db);
    const server = (await sql<{ version: string }>`select version()`.execute(store.db)).rows[0].version;
    const load = await loadDataset(store, options, (message) => console.log(`  ${message}`));
    const size = await databaseMegabytes(store);
    console.log(`  读取全部记录为类型化列 …`);
    const read = await measureReads(store, load.records);
    console.log(`  逐企业读取 …`);
    const single = await measureSingleEnterpriseReads(store, options.enterprises);
    return {
      date: new Date().toISOString(),
      machine: startedMachine,
      engine,
      server,
      settings,
      dataset: { ...options, records: load.records, byKind: load.byKind },
      load: { ...load.seconds, recordsPerSecond: Math.round(load.records / load.seconds.copyRecords) },
      databaseMegabytes: size,
      read,
      singleEnterpriseRead: single,
      peakRssMegabytes: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await store.close();
    cleanup();
  }
}

function printFigures(figures: EngineFigures): void {
  const { load, read, singleEnterpriseRead: single } = figures;
  console.log(
    `  [${figures.engine}] 企业 ${figures.dataset.enterprises.toLocaleString()} 家,记录 ${figures.dataset.records.toLocaleString()} 条`,
  );
  console.log(
    `    装载:共 ${load.total} 秒(企业 ${load.copyEnterprises} 秒,记录 COPY ${load.copyRecords} 秒 = ${load.recordsPerSecond.toLocaleString()} 条/秒,重建索引与约束 ${load.rebuildIndexes} 秒,ANALYZE ${load.analyze} 秒),库大小 ${figures.databaseMegabytes} MB`,
  );
  for (const [label, item] of [
    ['JS 解码文本列', read.textColumns],
    ['JS 解码文本列,两条连接', read.textColumnsTwoStreams],
    ['SQL 编码为整数', read.serverCodes],
  ] as const) {
    if (!item) continue;
    console.log(
      `    全量读取(${label}):${item.seconds} 秒,${item.rowsPerSecond.toLocaleString()} 行/秒,其中解析 ${item.parseSeconds} 秒,${item.megabytes} MB`,
    );
  }
  console.log(`    单企业读取:中位数 ${single.medianMs} 毫秒,P95 ${single.p95Ms} 毫秒(${single.samples} 次)`);
}

function writeResults(results: EngineFigures[]): void {
  const file = fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) : {};
  const runs: Record<string, Record<string, EngineFigures>> = file.runs ?? {};
  for (const figures of results) {
    const size = String(figures.dataset.enterprises);
    runs[size] = { ...runs[size], [figures.engine]: figures };
  }
  const report = {
    description: '基准数据集:生成并装载 N 家企业、约 20N 条信用记录,再以 COPY 全量读出为类型化列(完整重评的下限)。',
    command: 'npm run bench:dataset -- --enterprises N [--engines pglite,postgres]',
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
      seed: { type: 'string', default: DEFAULT_DATASET.seed },
      'as-of': { type: 'string', default: DEFAULT_DATASET.asOf },
      keep: { type: 'boolean', default: false },
    },
  });
  const enterprises = Number(values.enterprises);
  if (!Number.isInteger(enterprises) || enterprises < 1)
    throw new Error(`--enterprises 应为正整数,实际为“${values.enterprises}”`);
  const engines = values.engines.split(',').map((engine) => engine.trim());
  for (const engine of engines)
    if (engine !== 'pglite' && engine !== 'postgres')
      throw new Error(`--engines 只能是 pglite、postgres,实际为“${engine}”`);
  const options: DatasetOptions = { enterprises, seed: values.seed, asOf: values['as-of'] };

  const results: EngineFigures[] = [];
  for (const engine of engines as Engine[]) {
    const figures = await runEngine(engine, options, values.keep);
    printFigures(figures);
    results.push(figures);
  }
  writeResults(results);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
