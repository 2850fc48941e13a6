/**
 * The speed targets of the platform next to the latest recorded figure of each (npm run bench:targets, and the last
 * step of npm run bench): reads bench/results/*.json, writes bench/results/targets.json and prints a table. Every row
 * says where its figure comes from, the commit and the load it was measured under, whether the target is met, and,
 * when it is not, the gap as measured by a profile (the `gap` texts below, kept next to the target they explain).
 *
 * A figure from a result file written before results carried their commit says so (未记录) instead of guessing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, writeBenchResult } from './bench-record.ts';

type Json = Record<string, any>;

interface Row {
  figure: string;
  target: string;
  value: string;
  isMet: boolean | null;
  source: string;
  commit: string;
  date: string;
  load: number[] | null;
  gap?: string;
}

function readResult(name: string): Json | null {
  const file = path.join(ROOT, 'bench', 'results', `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Json) : null;
}

/** Commit, date and load of a result file, from its `measuredOn` when it has one. */
function provenance(result: Json, load?: number[] | null): Pick<Row, 'commit' | 'date' | 'load'> {
  const measuredOn = result.measuredOn as Json | undefined;
  return {
    commit: measuredOn
      ? `${String(measuredOn.commit).slice(0, 10)}${measuredOn.dirty ? '（含未提交改动）' : ''}`
      : '未记录',
    date: String(measuredOn?.date ?? result.date ?? '').slice(0, 10),
    load: load ?? measuredOn?.loadAverageAtStart ?? result.loadAverageAtEnd ?? result.machine?.loadAverage ?? null,
  };
}

const rows: Row[] = [];
const missing = (figure: string, target: string, source: string): Row => ({
  figure,
  target,
  value: '未测',
  isMet: null,
  source,
  commit: '—',
  date: '—',
  load: null,
});

// Start-up of the command line: `xinping help` against a bare `node -e 0` in the same run.
const quick = readResult('quick');
if (quick?.startup) {
  const startup = quick.startup as Json;
  rows.push({
    figure: '命令行启动（xinping help）',
    target: '≤ 空 Node 启动的 2 倍',
    value: `${startup.helpSeconds} 秒，为空 Node 的 ${startup.ratioToBareNode} 倍`,
    isMet: Number(startup.ratioToBareNode) <= 2,
    source: 'quick.json',
    ...provenance(quick, startup.loadBefore),
  });
} else rows.push(missing('命令行启动（xinping help）', '≤ 空 Node 启动的 2 倍', 'quick.json'));

// Import with full validation, per engine: the import benchmark's latest run.
const importResult = readResult('import');
for (const [engine, target] of [
  ['postgres', 60_000],
  ['pglite', 20_000],
] as const) {
  const figure = `导入（含完整校验，${engine === 'postgres' ? 'PostgreSQL' : 'PGlite'}）`;
  const run = ((importResult?.results ?? []) as Json[]).find((entry) => entry.engine === engine);
  if (!importResult || !run) {
    rows.push(missing(figure, `≥ ${target.toLocaleString('en')} 行/秒`, 'import.json'));
    continue;
  }
  rows.push({
    figure,
    target: `≥ ${target.toLocaleString('en')} 行/秒`,
    value: `${Number(run.rowsPerSecond).toLocaleString('en')} 行/秒（${Number(run.rows).toLocaleString('en')} 行）${
      run.ratioToReference ? `，为同次 COPY 参照的 ${run.ratioToReference} 倍用时` : ''
    }`,
    isMet: Number(run.rowsPerSecond) >= target,
    source: 'import.json',
    ...provenance(importResult, run.loadBefore),
    gap: `${importCpuBound(run, machineCores(importResult))}剖析（20 万行新企业的处罚，PostgreSQL，pg_stat_statements 与 CPU 剖析）：库内每行约暂存 COPY 35 微秒（解析 fields 的 jsonb）、写 records 与 record_versions 70 微秒（每行 6 次外键检查、6 个索引）、登记新企业 30 微秒（名称三元组索引）、企业历史 15 微秒、共享事件 20 微秒、审计摘要 20 微秒、修复告知书与站内消息约 45 微秒；Node 每行约 100 微秒（解析、校验、SM4 加密、内容摘要、COPY 编码，其中垃圾回收约三成）。按组合并已让读文件与合并并行，所余是两边各自的 CPU。`,
  });
}

/** The cores of the machine a result file was measured on. */
function machineCores(result: Json): number {
  return Number(result?.measuredOn?.machine?.cores ?? result?.machine?.cores ?? result?.cores) || 1;
}

/**
 * What the import's CPU allows on this machine: the process's CPU and the server's, summed and spread over every core,
 * bound the wall time from below whatever runs side by side.
 */
function importCpuBound(run: Json, cores: number): string {
  const cpu = Number(run.cpuSeconds);
  if (!Number.isFinite(cpu) || cpu <= 0) return '';
  const server = Number(run.serverCpuSeconds ?? 0);
  const total = cpu + (Number.isFinite(server) ? server : 0);
  const perRow = `每行共 ${Math.round((total / Number(run.rows)) * 1e6)} 微秒`;
  // PGlite runs in the importing thread (only the garbage collector's helpers run beside it): no bound from the cores.
  if (!(server > 0)) return `进程 CPU ${cpu} 秒（PGlite 与导入同在一个线程），${perRow}。`;
  const bound = Math.round(Number(run.rows) / (total / cores));
  return `本进程 CPU ${cpu} 秒、PostgreSQL CPU ${server} 秒，${perRow}：${cores} 核全忙也至多约 ${bound.toLocaleString('en')} 行/秒。`;
}

// Full re-evaluation of 1 M enterprises / 20 M records on PostgreSQL.
const evaluation = readResult('evaluation');
const millionPostgres = evaluation?.runs?.['1000000']?.postgres as Json | undefined;
if (evaluation && millionPostgres?.fullReevaluation) {
  const full = millionPostgres.fullReevaluation as Json;
  rows.push({
    figure: '全量重评（100 万家企业、2,000 万条记录，PostgreSQL）',
    target: '≤ 12 秒',
    value: `${full.seconds} 秒${full.ratioToReference ? `，为同次参照查询的 ${full.ratioToReference} 倍` : ''}`,
    isMet: Number(full.seconds) <= 12,
    source: 'evaluation.json',
    ...provenance(
      millionPostgres.commit
        ? { ...evaluation, measuredOn: { ...evaluation.measuredOn, ...millionPostgres.commit } }
        : evaluation,
      full.loadBefore ?? (full.loadAverage ? [full.loadAverage] : null),
    ),
    date: String(millionPostgres.date ?? '').slice(0, 10),
    gap: fullEvaluationGap(full, machineCores(evaluation)),
  });
} else rows.push(missing('全量重评（100 万家企业，PostgreSQL）', '≤ 12 秒', 'evaluation.json'));

/**
 * Where a full run's time went: the CPU of this process (the evaluation thread's parsing and evaluating among it) and
 * of the server, against what the cores can give in the run's wall time.
 */
function fullEvaluationGap(full: Json, cores: number): string {
  const cpu = Number(full.cpuSeconds);
  const server = Number(full.serverCpuSeconds);
  const parse = Math.round(Number(full.timings?.parseMs ?? 0) / 100) / 10;
  const evaluate = Math.round(Number(full.timings?.evaluateMs ?? 0) / 100) / 10;
  if (!Number.isFinite(cpu) || !Number.isFinite(server))
    return `读取等待占 ${Math.round((Number(full.timings?.readWaitMs ?? 0) / 1000 / Number(full.seconds)) * 100)}%。`;
  const total = Math.round((cpu + server) * 10) / 10;
  return `本进程 CPU ${cpu} 秒（评价线程解析 COPY 文本 ${parse} 秒、评价 ${evaluate} 秒），PostgreSQL CPU ${server} 秒（输出 ${Math.round(Number(full.timings?.bytesRead ?? 0) / 1e8) / 10} GB COPY 文本、写入评价），合计 ${total} 秒：${cores} 核全忙也要约 ${Math.round((total / cores) * 10) / 10} 秒，已受 CPU 所限。要到 12 秒须把读取与解析换成紧凑的输入投影（原型：读取 CPU 约降为 1/4），评价本身也须再快一倍。`;
}

// Webhook deliveries to one subscriber: the best scenario of the latest run, and whether the machine was idle.
const webhooks = readResult('webhooks');
if (webhooks?.scenarios) {
  const best = (webhooks.scenarios as Json[]).reduce((a, b) => (b.deliveriesPerSecond > a.deliveriesPerSecond ? b : a));
  rows.push({
    figure: 'Webhook 投递（一家订阅方）',
    target: '≥ 200 次/秒，同一企业按序',
    value: `${best.deliveriesPerSecond} 次/秒（${best.scenario}），每 CPU 秒 ${best.deliveriesPerCpuSecond} 次`,
    isMet: Number(best.deliveriesPerSecond) >= 200,
    source: 'webhooks.json',
    ...provenance(webhooks, best.loadBefore),
    gap: '接收方每次应答较慢时受并发窗口（32）限制；逐条推送时每次投递约 1.3 毫秒 CPU。',
  });
} else rows.push(missing('Webhook 投递（一家订阅方）', '≥ 200 次/秒', 'webhooks.json'));

// Report PDFs: new PDFs per second in one process (one core), and reuse of the day's report.
const report = readResult('report');
if (report?.batch) {
  const batch = report.batch as Json;
  rows.push({
    figure: '信用报告 PDF（单进程）',
    target: '每核每秒 ≥ 30 份；同日再次查看复用当日报告',
    // Per core: PDFs per CPU second of the process where the bench recorded it (wall time on a shared machine also
    // counts the time others hold the cores), else per second of wall time.
    value:
      batch.pdfsPerCpuSecond === undefined
        ? `每秒 ${batch.pdfsPerSecond} 份（平均 ${batch.averagePages} 页、${batch.averageKb} KB）；同日复用已实现（issue-report.test.ts）`
        : `每 CPU 秒 ${batch.pdfsPerCpuSecond} 份（每份 CPU ${batch.cpuMsPerPdf} 毫秒，其中渲染 ${batch.renderCpuMsPerPdf} 毫秒；墙钟每秒 ${batch.pdfsPerSecond} 份；平均 ${batch.averagePages} 页、${batch.averageKb} KB）；同日复用已实现（issue-report.test.ts）`,
    isMet: Number(batch.pdfsPerCpuSecond ?? batch.pdfsPerSecond) >= 30,
    source: 'report.json',
    ...provenance(report),
    // Issuing is what the process spent beyond rendering (PGlite runs in it: the queries count here).
    gap:
      batch.renderCpuMsPerPdf === undefined
        ? undefined
        : `签发每份约 ${Math.round(Number(batch.cpuMsPerPdf) - Number(batch.renderCpuMsPerPdf))} 毫秒 CPU（约 20 条查询：带追溯的评价与存储、报告对象与评价各读一遍记录——报告读全部种类与字段，评价只读模型所需种类——、异议中的记录、审计事件、编号、存档、签名），渲染约 ${Math.round(Number(batch.renderCpuMsPerPdf))} 毫秒，多在 pdfkit 与 fontkit 内部（垃圾回收 12–15%，zlib 约 11%，字体子集 CFF 编码约 8%，字形排版约 9%，仍需换行器的单元格约 7%）。下一步：评价用报告已读的记录；由展开后的字形程序直接写 CFF 子集。`,
  });
} else rows.push(missing('信用报告 PDF', '每核每秒 ≥ 30 份', 'report.json'));

const metCount = rows.filter((row) => row.isMet).length;
process.stdout.write(`性能目标：${metCount}/${rows.length} 项达标\n`);
for (const row of rows) {
  const verdict = row.isMet === null ? '未测' : row.isMet ? '达标' : '未达标';
  process.stdout.write(
    `- ${row.figure}：${row.value}；目标 ${row.target}；${verdict}（${row.source}，${row.date}，提交 ${row.commit}，负载 ${row.load?.join(' / ') ?? '未记录'}）\n`,
  );
  if (row.isMet === false && row.gap) process.stdout.write(`  差距：${row.gap}\n`);
}
writeBenchResult('targets', {
  description: '性能目标与各项最近一次记录的数值（由 bench/results 下各结果文件汇总；npm run bench:targets）',
  met: metCount,
  rows,
});
