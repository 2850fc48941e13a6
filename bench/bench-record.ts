import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

/**
 * What every figure in bench/results carries, so that it can be read without re-running anything: the commit it was
 * measured on (and whether the worktree had uncommitted changes), the machine, its load average before and after
 * the measurement, and — for database figures — the same-run reference query on the same data, so a figure reads as
 * a ratio to it. Every benchmark writes its result file through writeBenchResult.
 *
 * Wall-clock figures on a shared machine move with its load; the ratio to a reference measured in the same run, on
 * the same data and the same server, moves much less (both slow down together), and a regression shows as a ratio
 * that grew.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The load average when the benchmark process started (this module is imported before any work begins). */
const LOAD_AT_START = os.loadavg().map(round2);

/** CPU seconds used by a PostgreSQL cluster so far: the postmaster, its exited children (reaped) and live ones. Linux only. */
export function clusterCpuSeconds(dataDir: string | undefined): number | null {
  if (!dataDir) return null;
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const fields = (process: number) => fs.readFileSync(`/proc/${process}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = 100;
    const own = fields(pid);
    let total = (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) / ticks;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const child = fields(Number(entry));
        if (Number(child[1]) === pid) total += (Number(child[11]) + Number(child[12])) / ticks;
      } catch {
        // the process ended meanwhile
      }
    }
    return total;
  } catch {
    return null;
  }
}

/** The 1, 5 and 15 minute load averages, rounded. */
export function loadAverage(): number[] {
  return os.loadavg().map(round2);
}

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
  };
}

/** The commit of the worktree the benchmark runs from, and whether tracked files differ from it (results excluded). */
export function describeCommit(): { commit: string; dirty: boolean } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)bench/results');
    return { commit, dirty: changed.length > 0 };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

export interface Measured<T> {
  value: T;
  seconds: number;
  /** CPU seconds of this process (its threads included; PGlite runs in it). */
  cpuSeconds: number;
  loadBefore: number[];
  loadAfter: number[];
}

/** Wall-clock and CPU time of `work`, with the machine's load average before and after. */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const loadBefore = loadAverage();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    value,
    seconds: round2(seconds),
    cpuSeconds: round2((used.user + used.system) / 1e6),
    loadBefore,
    loadAfter: loadAverage(),
  };
}

/**
 * The reference: one plain aggregate SQL query that scores every enterprise from its records and counts the grades
 * (a yardstick, not the model: it reads every record once, as a full re-evaluation must, and does the simplest
 * arithmetic in the database). Measured in the same run, on the same data, it is what figures are divided by.
 */
export const REFERENCE_SQL = `select grade, count(*)::int as enterprises from (
  select case when score >= 80 then 'A' when score >= 60 then 'B' when score >= 40 then 'C' else 'D' end as grade
  from (
    select enterprise_id, 60
      + sum(case when status = 'active' and level is null then 1 else 0 end)
      - sum(case when status = 'active' and level = '严重' then 20 when status = 'active' and level is not null then 3 else 0 end)
      - sum(case when ends_on is not null and ends_on < current_date then 1 else 0 end) as score
    from records group by enterprise_id
  ) scored
) graded group by grade order by grade`;

export interface ReferenceFigure {
  description: string;
  sql: string;
  seconds: number;
  loadBefore: number[];
  loadAfter: number[];
  records: number;
  gradeCounts: Record<string, number>;
}

/** Runs the reference query (once to warm the cache, then timed) and returns its figure. */
export async function measureReference(db: Kysely<any>): Promise<ReferenceFigure> {
  await sql.raw(REFERENCE_SQL).execute(db);
  const timed = await measure(() => sql.raw<{ grade: string; enterprises: number }>(REFERENCE_SQL).execute(db));
  const records = await sql<{ count: string }>`select count(*) as count from records`.execute(db);
  return {
    description: '参照:一条聚合 SQL 按记录为每家企业打分并统计等级(同一次运行、同一数据、同一数据库)',
    sql: REFERENCE_SQL,
    seconds: timed.seconds,
    loadBefore: timed.loadBefore,
    loadAfter: timed.loadAfter,
    records: Number(records.rows[0].count),
    gradeCounts: Object.fromEntries(timed.value.rows.map((row) => [row.grade, Number(row.enterprises)])),
  };
}

/** A figure as a multiple of the reference (2 decimals). */
export function ratioTo(reference: { seconds: number }, seconds: number): number {
  return round2(seconds / Math.max(reference.seconds, 0.001));
}

/**
 * Writes bench/results/<name>.json: the report under the provenance every result carries (commit, dirty flag, date,
 * machine, load average when the process started and when it wrote). `note` says, for instance, that the machine was
 * shared while measuring.
 */
export function writeBenchResult(name: string, report: object, options: { note?: string } = {}): string {
  const file = path.join(ROOT, 'bench', 'results', `${name}.json`);
  const { commit, dirty } = describeCommit();
  const document = {
    measuredOn: {
      commit,
      dirty,
      date: new Date().toISOString(),
      machine: describeMachine(),
      loadAverageAtStart: LOAD_AT_START,
      loadAverageAtEnd: loadAverage(),
      ...(options.note ? { note: options.note } : {}),
    },
    ...report,
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return file;
}
