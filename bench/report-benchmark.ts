/**
 * Credit report benchmark (npm run bench:report): fills an in-memory PGlite store with the demo district (as of
 * today) and publishes model v1 (which evaluates everyone), then
 *   1. the first PDF of the process (fonts parsed, code not yet optimised by the JIT),
 *   2. one PDF: issuing (evaluate with trace, number, store, audit event) and rendering, median and p95 over a sample,
 *   3. a batch: a PDF for each of N enterprises (1,000 by default), one after another in one process,
 * and writes the figures with the machine, the date and the load average to bench/results/report.json.
 *
 *   node --import tsx bench/report-benchmark.ts [--enterprises 1000] [--sample 50]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syncCatalog } from '../src/services/catalog/sync-catalog.ts';
import { generateDemo } from '../src/services/demo/generate-demo.ts';
import { ensurePublishedModel } from '../src/services/evaluation/ensure-published-model.ts';
import { parseSecretKey } from '../src/services/import/protect-personal.ts';
import { loadSigningKey } from '../src/services/crypto/signing-key.ts';
import { issueReport } from '../src/services/report/issue-report.ts';
import { renderReportPdf } from '../src/services/report/render-report-pdf.ts';
import { openStore } from '../src/store/connect.ts';
import { todayInDistrict } from '../src/domain/district-date.ts';
import { listRegistryUsccs } from '../src/store/enterprise.repository.ts';
import { writeBenchResult } from './bench-record.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
  options: { enterprises: { type: 'string', default: '1000' }, sample: { type: 'string', default: '50' } },
});
const enterpriseCount = Number(values.enterprises);
const sampleSize = Number(values.sample);

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

const round = (value: number, decimals = 1) => Math.round(value * 10 ** decimals) / 10 ** decimals;

const store = await openStore({ dataDir: '' }, { memory: true });
await syncCatalog(store.db);
const key = parseSecretKey('ab'.repeat(32));
const keys = { secret: key, signing: loadSigningKey(fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-bench-key-'))) };
process.stderr.write(`正在生成 ${enterpriseCount} 家企业的演示数据…\n`);
await generateDemo(store.db, { enterprises: enterpriseCount, seed: 'bench', secretKey: key, asOf: todayInDistrict() });
await ensurePublishedModel(store);
const enterprises = await listRegistryUsccs(store.db);

/** Issues (evaluation with trace and stored, number, issue record, audit event) and renders one report; times in ms. */
async function makePdf(
  uscc: string,
): Promise<{ issueMs: number; renderMs: number; renderCpuMs: number; bytes: number; pages: number }> {
  const started = performance.now();
  const report = await issueReport(store.db, keys, { uscc, audience: 'full', issuedBy: 'benchmark' });
  const issued = performance.now();
  const cpuBefore = process.cpuUsage();
  const pdf = await renderReportPdf(report);
  const renderCpu = process.cpuUsage(cpuBefore);
  const rendered = performance.now();
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const renderCpuMs = (renderCpu.user + renderCpu.system) / 1000;
  return { issueMs: issued - started, renderMs: rendered - issued, renderCpuMs, bytes: pdf.length, pages };
}

process.stderr.write('首份 PDF…\n');
const first = await makePdf(enterprises[0]!);

process.stderr.write(`单份 PDF(${sampleSize} 次)…\n`);
const singles: number[] = [];
for (let index = 0; index < sampleSize; index += 1) {
  const result = await makePdf(enterprises[(index * 7) % enterprises.length]!);
  singles.push(result.issueMs + result.renderMs);
}
singles.sort((a, b) => a - b);

process.stderr.write(`批量 ${enterprises.length} 份 PDF…\n`);
const batchStarted = performance.now();
// CPU time of the process (issuing and rendering; PGlite runs in it too): the issue's target is per core, and on a
// shared machine wall time also counts the time others hold the cores.
const batchCpuBefore = process.cpuUsage();
let issueMs = 0;
let renderMs = 0;
let renderCpuMs = 0;
let bytes = 0;
let pages = 0;
for (const uscc of enterprises) {
  const result = await makePdf(uscc);
  issueMs += result.issueMs;
  renderMs += result.renderMs;
  renderCpuMs += result.renderCpuMs;
  bytes += result.bytes;
  pages += result.pages;
}
const batchSeconds = (performance.now() - batchStarted) / 1000;
const batchCpu = process.cpuUsage(batchCpuBefore);
const batchCpuMs = (batchCpu.user + batchCpu.system) / 1000;
await store.close();

const results = {
  benchmark: 'report',
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: round(os.totalmem() / 2 ** 30),
  loadAverageAtEnd: os.loadavg().map((load) => round(load, 2)),
  store: 'pglite (in memory)',
  enterprises: enterprises.length,
  firstPdfMs: round(first.issueMs + first.renderMs),
  singlePdf: { sample: sampleSize, medianMs: round(percentile(singles, 0.5)), p95Ms: round(percentile(singles, 0.95)) },
  batch: {
    pdfs: enterprises.length,
    seconds: round(batchSeconds, 2),
    pdfsPerSecond: round(enterprises.length / batchSeconds, 1),
    cpuMsPerPdf: round(batchCpuMs / enterprises.length),
    pdfsPerCpuSecond: round((enterprises.length * 1000) / batchCpuMs, 1),
    renderCpuMsPerPdf: round(renderCpuMs / enterprises.length),
    issueShare: round(issueMs / (issueMs + renderMs), 2),
    averagePages: round(pages / enterprises.length, 1),
    averageKb: round(bytes / enterprises.length / 1024),
  },
};
fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
writeBenchResult('report', results);
process.stdout.write(
  `首份 PDF ${results.firstPdfMs} ms;单份 PDF 中位数 ${results.singlePdf.medianMs} ms(p95 ${results.singlePdf.p95Ms} ms);` +
    `批量 ${results.batch.pdfs} 份 ${results.batch.seconds} s(${results.batch.pdfsPerSecond} 份/s,` +
    `每份 CPU ${results.batch.cpuMsPerPdf} ms、其中渲染 ${results.batch.renderCpuMsPerPdf} ms,每 CPU 秒 ${results.batch.pdfsPerCpuSecond} 份,签发占 ${Math.round(results.batch.issueShare * 100)}%,` +
    `平均 ${results.batch.averagePages} 页、${results.batch.averageKb} KB);负载 ${results.loadAverageAtEnd.join(' ')}\n`,
);
