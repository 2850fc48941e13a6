/**
 * Import benchmark (npm run bench:import): generates a deterministic 双公示 penalty CSV (1,000,000 rows by default,
 * valid codes, unique decisions) and imports it with the real importer on the embedded PGlite (data directory on disk)
 * and on a throwaway PostgreSQL, each in a fresh child process so its peak memory is its own (the store is created
 * beforehand in another child). Prints rows/s, seconds and peak RSS, and writes them with the machine and date
 * to bench/results/import.json.
 *
 *   node --import tsx bench/import-benchmark.ts [--rows N] [--engines pglite,postgres] [--chunk-size N] [--cpu-prof DIR]
 *
 * --cpu-prof DIR writes a V8 CPU profile of each import child into DIR (open it in Chrome DevTools or speedscope).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PENALTY_HEADERS, csvLine, samplePenaltyRow } from '../src/services/import/sample-files.ts';
import { clusterCpuSeconds, writeBenchResult } from './bench-record.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

interface EngineResult {
  engine: string;
  /** committed | rejected, or error when the import failed (the message is kept). */
  status: string;
  error?: string;
  rows: number;
  created: number;
  rejected: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  /**
   * CPU seconds of the import: this process (with PGlite, the database too) and, on PostgreSQL, the server's
   * processes. Their sum over the machine's cores bounds the wall time from below, whatever overlaps.
   */
  cpuSeconds?: number;
  serverCpuSeconds?: number | null;
  /** Where the time went, in seconds (commit-batch.ts BatchPhase: write = read, validate and COPY side by side). */
  phases?: Record<string, number>;
  /** The same-run reference: a bare COPY of the same CSV file into an unconstrained text table. */
  reference?: { description: string; seconds: number; rowsPerSecond: number };
  ratioToReference?: number;
}

/**
 * The import's reference: the same CSV loaded with a bare `COPY … (format csv, header)` into a temporary table of text
 * columns (what `\copy` does), on the same store, right after the import. No validation, no history, no index.
 */
async function copyFileReference(store: import('../src/store/connect.ts').Store, file: string) {
  const { withCopySession } = await import('../src/store/bulk-copy.ts');
  const { sql } = await import('kysely');
  const columns = PENALTY_HEADERS.map((_, index) => `c${index} text`).join(', ');
  const started = performance.now();
  let rows = 0;
  await withCopySession(store, async (session) => {
    await sql.raw(`create temporary table import_reference (${columns}) on commit drop`).execute(session.trx);
    const statement = 'copy import_reference from stdin with (format csv, header true)';
    if (session.connection.engine === 'pglite') {
      const result = await session.connection.pglite.query(statement.replace('stdin', "'/dev/blob'"), [], {
        blob: new Blob([fs.readFileSync(file)]),
      });
      rows = result.affectedRows ?? 0;
    } else {
      const { from } = await import('pg-copy-streams');
      const { pipeline } = await import('node:stream/promises');
      const stream = session.connection.client.query(from(statement));
      await pipeline(fs.createReadStream(file), stream);
      rows = Number(stream.rowCount);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    description: '参照:同一 CSV 文件以不校验的 COPY 装入临时文本表(同一次运行、同一数据库)',
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
  };
}

/** Child mode: import one file on one engine and report the timing and this process's peak RSS. */
async function runChild(file: string, chunkSize: number | undefined): Promise<void> {
  const { readConfig } = await import('../src/config.ts');
  const { openStore } = await import('../src/store/connect.ts');
  const { syncCatalog } = await import('../src/services/catalog/sync-catalog.ts');
  const { importFile } = await import('../src/services/import/import-file.ts');
  const { loadSecretKey } = await import('../src/services/import/protect-personal.ts');
  const config = readConfig();
  const store = await openStore(config);
  await syncCatalog(store.db);
  const phases: Record<string, number> = {};
  const serverDataDir = process.env.XINPING_BENCH_POSTGRES_DATA;
  const serverCpuBefore = clusterCpuSeconds(serverDataDir);
  const cpuBefore = process.cpuUsage();
  const startedAt = process.hrtime.bigint();
  const result = await importFile(store.db, {
    file,
    department: 'scjg',
    mode: 'all-or-nothing',
    operator: 'benchmark',
    secretKey: loadSecretKey(config.dataDir),
    chunkSize,
    commit: { onPhase: (phase, milliseconds) => (phases[phase] = Math.round(milliseconds / 10) / 100) },
  });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  // The backends that served the import exit with the pool; give the postmaster a moment to reap them.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const serverCpuAfter = clusterCpuSeconds(serverDataDir);
  const reference = await copyFileReference(store, file);
  await store.close();
  const report: EngineResult = {
    engine: store.engine,
    status: result.status,
    rows: result.totalRows,
    created: result.created,
    rejected: result.rejected,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(result.totalRows / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
    serverCpuSeconds:
      serverCpuBefore === null || serverCpuAfter === null
        ? null
        : Math.round((serverCpuAfter - serverCpuBefore) * 100) / 100,
    phases,
    reference,
    ratioToReference: Math.round((seconds / Math.max(reference.seconds, 0.001)) * 100) / 100,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

export function generateCsv(file: string, rows: number): number {
  const descriptor = fs.openSync(file, 'w');
  fs.writeSync(
    descriptor,
    csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header]))),
  );
  let buffer = '';
  for (let n = 0; n < rows; n += 1) {
    buffer += csvLine(PENALTY_HEADERS, samplePenaltyRow(n));
    if (buffer.length > 4 << 20) {
      fs.writeSync(descriptor, buffer);
      buffer = '';
    }
  }
  fs.writeSync(descriptor, buffer);
  fs.closeSync(descriptor);
  return fs.statSync(file).size;
}

/** Runs the import in a child; a failure is reported as a result (with the child's last error line), not thrown. */
function importInChild(
  engine: string,
  file: string,
  env: NodeJS.ProcessEnv,
  chunkSize: string | undefined,
  profileDir: string | undefined,
): Promise<EngineResult> {
  return new Promise((resolve, reject) => {
    const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
    const args = [
      ...profile,
      '--import',
      'tsx',
      SELF,
      '--child',
      file,
      ...(chunkSize ? ['--chunk-size', chunkSize] : []),
    ];
    const startedAt = Date.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(JSON.parse(output.trim().split('\n').at(-1)!));
      const message = /^(?:error|Error)[^\n]*$/m.exec(errors)?.[0] ?? `exit code ${code}`;
      const detail = /detail: '([^']*)'/.exec(errors)?.[1];
      const seconds = Math.round((Date.now() - startedAt) / 10) / 100;
      resolve({
        engine,
        status: 'error',
        error: detail ? `${message} (${detail})` : message,
        rows: 0,
        created: 0,
        rejected: 0,
        seconds,
        rowsPerSecond: 0,
        peakRssMb: 0,
      });
    });
  });
}

/** Creates and migrates the store in a process of its own: PGlite's first start (initdb) alone peaks near 1 GB. */
function prepareStore(env: NodeJS.ProcessEnv): void {
  execFileSync(process.execPath, ['--import', 'tsx', SELF, '--prepare'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function runPrepare(): Promise<void> {
  const { readConfig } = await import('../src/config.ts');
  const { openStore } = await import('../src/store/connect.ts');
  const { syncCatalog } = await import('../src/services/catalog/sync-catalog.ts');
  const store = await openStore(readConfig());
  await syncCatalog(store.db);
  await store.close();
}

function startPostgres(): { url: string; base: string } {
  const output = execFileSync('bash', [path.join(ROOT, 'scripts/throwaway-postgres.sh'), 'start'], {
    encoding: 'utf8',
  });
  const base = /XINPING_PG_BASE=(\S+)/.exec(output)?.[1];
  const url = /XINPING_PG_URL=(\S+)/.exec(output)?.[1];
  if (!base || !url) throw new Error(`could not start PostgreSQL: ${output}`);
  return { url, base };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      child: { type: 'boolean', default: false },
      prepare: { type: 'boolean', default: false },
      rows: { type: 'string', default: '1000000' },
      engines: { type: 'string', default: 'pglite,postgres' },
      'chunk-size': { type: 'string' },
      'cpu-prof': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  if (values.prepare) return runPrepare();
  if (values.child) return runChild(positionals[0], values['chunk-size'] ? Number(values['chunk-size']) : undefined);

  const rows = Number(values.rows);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-import-bench-'));
  const file = path.join(work, 'penalties.csv');
  const generatedAt = Date.now();
  const bytes = generateCsv(file, rows);
  console.log(
    `已生成 ${rows.toLocaleString('en-US')} 行行政处罚 CSV(${(bytes / 1e6).toFixed(1)} MB),用时 ${((Date.now() - generatedAt) / 1000).toFixed(1)} 秒`,
  );

  const results: EngineResult[] = [];
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, XINPING_SECRET_KEY: '42'.repeat(32) };
  delete baseEnv.DATABASE_URL;
  try {
    for (const engine of values.engines.split(',')) {
      let postgres: { url: string; base: string } | undefined;
      const env: NodeJS.ProcessEnv = { ...baseEnv, XINPING_DATA_DIR: path.join(work, `data-${engine}`) };
      if (engine === 'postgres') {
        postgres = startPostgres();
        env.DATABASE_URL = postgres.url;
        env.XINPING_BENCH_POSTGRES_DATA = path.join(postgres.base, 'data');
      }
      try {
        prepareStore(env);
        const result = await importInChild(engine, file, env, values['chunk-size'], values['cpu-prof']);
        results.push(result);
        if (result.status === 'error') console.log(`${engine.padEnd(8)} 失败(${result.seconds} 秒后):${result.error}`);
        else
          console.log(
            `${engine.padEnd(8)} ${result.status}  ${result.rows.toLocaleString('en-US')} 行  ${result.seconds} 秒  ${result.rowsPerSecond.toLocaleString('en-US')} 行/秒  CPU ${result.cpuSeconds} 秒${result.serverCpuSeconds == null ? '' : ` + 库 ${result.serverCpuSeconds} 秒`}  峰值内存 ${result.peakRssMb} MB`,
          );
      } finally {
        if (postgres) execFileSync('bash', [path.join(ROOT, 'scripts/throwaway-postgres.sh'), 'stop', postgres.base]);
      }
    }
  } finally {
    if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
  }

  if (results.length === 0) return; // nothing measured (e.g. --engines none to keep a generated file): keep the last results
  const report = {
    benchmark: 'import',
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    // Other work on the machine slows both the importer and the database server: keep the load next to the numbers.
    loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100),
    rows,
    fileBytes: bytes,
    chunkSize: values['chunk-size'] ? Number(values['chunk-size']) : 'default',
    results,
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  writeBenchResult('import', report);
  console.log('结果已写入 bench/results/import.json');
}

// Run when started as a script, not when bench/quick-benchmark.ts imports generateCsv.
if (process.argv[1] && path.resolve(process.argv[1]) === SELF) await main();
