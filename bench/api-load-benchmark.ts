/**
 * API load benchmark (npm run bench:api): for each engine — the embedded PGlite (in memory) and a
 * throwaway PostgreSQL (scripts/throwaway-postgres.sh) — it fills the store with the demo district, publishes model
 * v1 (which evaluates everyone), starts the HTTP server on loopback, logs in, and drives it with autocannon (in a
 * separate process, so the load generator does not share the server's event loop) on
 *   (a) the enterprise grade query  GET /api/enterprises/{uscc}/grade
 *   (b) the evaluation with trace   GET /api/enterprises/{uscc}/evaluation
 * each request for another enterprise of the district, after a short warm-up. It writes requests/s, p50/p99 latency
 * and errors, with the date, CPU and load average, to bench/results/api.json and prints them.
 * Target: the grade query on PostgreSQL ≥ 2,000 requests/s with p99 ≤ 50 ms and no errors.
 *
 *   node --import tsx bench/api-load-benchmark.ts [--enterprises 2000] [--seconds 10] [--connections 32] [--engines pglite,postgres]
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SESSION_COOKIE } from '../src/server/authenticate.ts';
import { startServer } from '../src/server/start-server.ts';
import { createDemoAccounts, DEMO_PASSWORD } from '../src/services/accounts/create-demo-accounts.ts';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { generateDemo } from '../src/services/demo/generate-demo.ts';
import { ensurePublishedModel } from '../src/services/evaluation/ensure-published-model.ts';
import { parseSecretKey } from '../src/services/import/protect-personal.ts';
import { openStore, type Engine, type Store } from '../src/store/connect.ts';
import { todayInDistrict } from '../src/domain/district-date.ts';
import { listEnterpriseProfiles } from '../src/store/enterprise.repository.ts';
import { writeBenchResult } from './bench-record.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    enterprises: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'trace-connections': { type: 'string', default: '16' },
    engines: { type: 'string', default: 'pglite,postgres' },
  },
});
const enterpriseCount = Number(values.enterprises);
const seconds = Number(values.seconds);
const engines = values.engines.split(',') as Engine[];
const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const key = parseSecretKey('cd'.repeat(32));

interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}

/**
 * autocannon in its own process, each request for the next enterprise of the list (round robin). Its programmatic
 * API is used there because the command line cannot vary the URL per request.
 */
function runAutocannon(options: {
  url: string;
  paths: string[];
  cookie: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const script = `
    import autocannon from 'autocannon';
    const { url, paths, cookie, connections, seconds } = JSON.parse(process.env.LOAD);
    let next = 0;
    const result = await autocannon({
      url, connections, duration: seconds, headers: { cookie },
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[(next++) % paths.length] }) }],
    });
    process.stdout.write(JSON.stringify(result));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, LOAD: JSON.stringify(options) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(output);
      resolve({
        connections: options.connections,
        seconds: options.seconds,
        requests: result.requests.total,
        requestsPerSecond: round(result.requests.total / options.seconds, 0),
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        errors: result.errors,
        non2xx: result.non2xx,
        timeouts: result.timeouts,
      });
    });
  });
}

async function openBenchStore(engine: Engine): Promise<{ store: Store; stop(): Promise<void> }> {
  if (engine === 'pglite') {
    const store = await openStore({ dataDir: '' }, { memory: true });
    return { store, stop: () => store.close() };
  }
  const started = execFileSync('bash', [path.join(ROOT, 'scripts', 'throwaway-postgres.sh'), 'start'], {
    encoding: 'utf8',
  });
  const base = /XINPING_PG_BASE=(\S+)/.exec(started)![1]!;
  const url = /XINPING_PG_URL=(\S+)/.exec(started)![1]!;
  const store = await openStore({ databaseUrl: url, dataDir: '' });
  return {
    store,
    async stop() {
      await store.close();
      execFileSync('bash', [path.join(ROOT, 'scripts', 'throwaway-postgres.sh'), 'stop', base]);
    },
  };
}

async function benchmarkEngine(engine: Engine) {
  process.stderr.write(`[${engine}] 生成 ${enterpriseCount} 家企业的演示数据并发布模型 v1(评价全部企业)…\n`);
  const { store, stop } = await openBenchStore(engine);
  try {
    await syncCatalog(store.db);
    await generateDemo(store.db, {
      enterprises: enterpriseCount,
      seed: 'bench',
      secretKey: key,
      asOf: todayInDistrict(),
    });
    await ensurePublishedModel(store);
    await createDemoAccounts(store.db);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-api-bench-'));
    // The per-account rate limit protects production; a load test from one account must not be throttled by it.
    const { app, url } = await startServer(store, {
      host: '127.0.0.1',
      port: 0,
      dataDir,
      secretKey: key,
      logger: false,
      webhooks: false,
      limits: { requestsPerMinute: 100_000_000 },
    });
    try {
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
      });
      const cookie = /xp_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0];
      if (!cookie?.startsWith(`${SESSION_COOKIE}=`))
        throw new Error(`login failed: ${login.status} ${await login.text()}`);
      const codes = (await listEnterpriseProfiles(store.db)).map((row) => row.uscc);
      const check = await fetch(`${url}/api/enterprises/${codes[0]}/evaluation`, { headers: { cookie } });
      if (check.status !== 200) throw new Error(`evaluation query failed: ${check.status} ${await check.text()}`);

      const gradePaths = codes.map((code) => `/api/enterprises/${code}/grade`);
      const tracePaths = codes.map((code) => `/api/enterprises/${code}/evaluation`);
      const connections = Number(values.connections);
      const traceConnections = Number(values['trace-connections']);
      process.stderr.write(`[${engine}] 预热…\n`);
      await runAutocannon({ url, paths: gradePaths, cookie, connections, seconds: 2 });
      await runAutocannon({ url, paths: tracePaths, cookie, connections: traceConnections, seconds: 2 });
      process.stderr.write(`[${engine}] 等级查询 ${seconds} 秒,${connections} 个连接…\n`);
      const loadBefore = os.loadavg()[0]!;
      const grade = await runAutocannon({ url, paths: gradePaths, cookie, connections, seconds });
      process.stderr.write(`[${engine}] 评价轨迹查询 ${seconds} 秒,${traceConnections} 个连接…\n`);
      const evaluation = await runAutocannon({
        url,
        paths: tracePaths,
        cookie,
        connections: traceConnections,
        seconds,
      });
      return { enterprises: codes.length, loadAverageBefore: round(loadBefore, 2), grade, evaluation };
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  } finally {
    await stop();
  }
}

const results: Record<string, Awaited<ReturnType<typeof benchmarkEngine>>> = {};
for (const engine of engines) results[engine] = await benchmarkEngine(engine);

const report = {
  benchmark: 'api',
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: round(os.totalmem() / 2 ** 30),
  loadAverageAtEnd: os.loadavg().map((load) => round(load, 2)),
  pgPool: Number(process.env.XINPING_PG_POOL || 10),
  target: 'grade query on PostgreSQL: >= 2000 requests/s, p99 <= 50 ms, 0 errors',
  results,
};
fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
writeBenchResult('api', report);
for (const [engine, result] of Object.entries(results)) {
  for (const [name, run] of [
    ['等级查询', result.grade],
    ['评价轨迹查询', result.evaluation],
  ] as const) {
    process.stdout.write(
      `${engine.padEnd(8)} ${name}:${run.requestsPerSecond} 请求/秒,p50 ${run.latencyMs.p50} ms,p99 ${run.latencyMs.p99} ms,` +
        `错误 ${run.errors + run.non2xx + run.timeouts}(${run.connections} 连接,${run.seconds} 秒)\n`,
    );
  }
}
process.stdout.write(`负载(1/5/15 分钟):${report.loadAverageAtEnd.join(' ')};${report.cores} 核 ${report.cpu}\n`);
