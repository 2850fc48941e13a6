import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../src/catalog/catalog.ts';
import { addDays } from '../src/domain/month-arithmetic.ts';
import { compileModel } from '../src/engine/compile-model.ts';
import type { EngineRecord } from '../src/engine/engine-input.ts';
import { evaluateBatch } from '../src/engine/evaluate.ts';
import { loadModelVersion } from '../src/engine/load-model.ts';
import { RecordBatchBuilder, type RecordBatch } from '../src/engine/record-batch.ts';
import { writeBenchResult } from './bench-record.ts';

/**
 * Engine micro-benchmark (the engine alone ≥ 5 million records/s on one core): synthetic enterprises
 * and records in memory → evaluate all of them with model v1 → records/s. No database. Results go to
 * bench/results/engine.json with the date, CPU and Node version. Run: `npm run bench:engine`
 * (options: --enterprises N --records-per-enterprise N --rounds N --seed N).
 */

export interface EngineBenchmarkOptions {
  enterprises: number;
  recordsPerEnterprise: number;
  rounds: number;
  seed: number;
  asOf: string;
}

export interface EngineBenchmarkResult {
  date: string;
  /** loadAverage: the 1-minute load when the run ended (other work on the machine slows wall-clock numbers down). */
  machine: { cpu: string; cores: number; node: string; platform: string; loadAverage: number };
  model: string;
  asOf: string;
  enterprises: number;
  records: number;
  buildSeconds: number;
  /** Evaluation only (no fingerprints), best of the rounds, in wall-clock seconds and in CPU seconds of this process. */
  evaluateSeconds: number;
  evaluateCpuSeconds: number;
  recordsPerSecond: number;
  /** Records per CPU-second: the single-core rate, not diluted by other processes sharing the machine. */
  recordsPerCpuSecond: number;
  enterprisesPerSecond: number;
  /** The same with a sha256 fingerprint of every enterprise's inputs (what a stored evaluation needs). */
  evaluateWithFingerprintsSeconds: number;
  evaluateWithFingerprintsCpuSeconds: number;
  recordsPerSecondWithFingerprints: number;
  recordsPerCpuSecondWithFingerprints: number;
  /** Grades of the synthetic enterprises: a sanity check that grades vary, not a realistic distribution (see the model README). */
  syntheticGrades: Record<string, number>;
}

/** Best wall-clock and CPU time of `rounds` runs of `run`. */
function timeBest(rounds: number, run: () => void): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpuStarted);
    wall = Math.min(wall, (performance.now() - started) / 1000);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { wall, cpu };
}

/** mulberry32: a small deterministic PRNG, so every run benchmarks the same data. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative frequency of each kind among synthetic records (licenses and tax ratings dominate, as in real data). */
const KIND_MIX: [string, number][] = [
  ['administrative_license', 26],
  ['tax_credit_rating', 20],
  ['patent', 14],
  ['trademark', 5],
  ['credit_commitment', 5],
  ['administrative_penalty', 4],
  ['honor', 3],
  ['qualification', 3],
  ['industry_evaluation', 3],
  ['rnd_investment', 3],
  ['national_credit_evaluation', 2],
  ['sci_tech_project', 2],
  ['high_tech_certification', 1.5],
  ['court_judgment', 1.5],
  ['administrative_coercion', 0.6],
  ['tax_arrears', 0.6],
  ['social_insurance_arrears', 0.5],
  ['housing_fund_arrears', 0.3],
  ['utility_arrears', 0.5],
  ['abnormal_operation', 0.5],
  ['dishonest_judgment_debtor', 0.15],
  ['serious_dishonesty_list', 0.1],
];

/** Fills a batch with synthetic enterprises and records (deterministic for a seed). */
export function generateSyntheticBatch(options: EngineBenchmarkOptions): RecordBatch {
  const random = createRandom(options.seed);
  const catalog = loadCatalog();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const total = KIND_MIX.reduce((sum, [, weight]) => sum + weight, 0);
  const cumulative = KIND_MIX.map(
    ([kind], index) =>
      [kind, KIND_MIX.slice(0, index + 1).reduce((sum, [, weight]) => sum + weight, 0) / total] as const,
  );
  const chooseKind = () => {
    const x = random();
    return cumulative.find(([, edge]) => x < edge)?.[0] ?? 'administrative_license';
  };
  const values = (kind: string, role: string) =>
    catalog.kind(kind)?.fields.find((field) => field.role === role)?.values ?? [null];
  const dateBefore = (maxDaysBack: number) => addDays(options.asOf, -Math.floor(random() * maxDaysBack));
  const builder = new RecordBatchBuilder(options.enterprises * options.recordsPerEnterprise, options.enterprises);
  let nextId = 1;
  const tiers = ['tech_sme', 'high_tech', 'specialized_sme', 'innovative_sme', 'eaglet', 'gazelle', 'little_giant'];
  for (let e = 0; e < options.enterprises; e += 1) {
    builder.startEnterprise({
      uscc: `91420703SYN${String(e).padStart(7, '0')}`,
      registeredOn: dateBefore(20 * 365),
      industryCode: 'M73',
      status: random() < 0.01 ? '吊销' : '存续',
      tiers: tiers.filter((_, index) => random() < [0.7, 0.25, 0.08, 0.1, 0.05, 0.03, 0.01][index]),
    });
    const count = Math.max(1, Math.round(options.recordsPerEnterprise * (0.5 + random())));
    for (let i = 0; i < count; i += 1) {
      const kind = chooseKind();
      const negative = catalog.kind(kind)?.polarity === 'negative';
      const occurredOn = dateBefore(6 * 365);
      const record: EngineRecord = {
        id: nextId,
        version: 1,
        contentHash: (nextId * 2654435761).toString(16).padStart(64, '0'),
        kind,
        status: negative && random() < 0.04 ? pick(['repaired', 'revoked']) : 'active',
        occurredOn,
        endsOn: random() < 0.5 ? addDays(occurredOn, Math.floor(random() * 3 * 365)) : null,
        level: kind === 'administrative_penalty' ? pick(['轻微', '一般', '一般', '一般', '严重']) : null,
        subtype:
          pick(values(kind, 'subtype')) ??
          (kind === 'administrative_penalty' ? pick(['警告', '罚款', '警告;罚款', '通报批评']) : null),
        grade: pick(values(kind, 'grade')),
        amount: random() * 100,
        quantity: 100 + random() * 5000,
        departmentCode: pick(catalog.kind(kind)?.departments ?? ['scjg']),
        reportedStatus: pick(values(kind, 'status')),
      };
      nextId += 1;
      builder.addRecord(record);
    }
  }
  return builder.finish();
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function runEngineBenchmark(options: EngineBenchmarkOptions): EngineBenchmarkResult {
  const model = loadModelVersion('huarong-sci-tech', 'v1');
  const compiled = compileModel(model);
  const started = performance.now();
  const batch = generateSyntheticBatch(options);
  const buildSeconds = (performance.now() - started) / 1000;

  let grades: Uint8Array = new Uint8Array(0);
  const plain = timeBest(options.rounds, () => {
    grades = evaluateBatch(batch, compiled, options.asOf).grades;
  });
  const withFingerprints = timeBest(options.rounds, () =>
    evaluateBatch(batch, compiled, options.asOf, { fingerprints: true }),
  );

  const distribution: Record<string, number> = {};
  for (const row of model.grades) distribution[row.grade] = 0;
  for (const grade of grades) distribution[model.grades[grade].grade] += 1;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
    },
    model: `${model.id}/${model.version}`,
    asOf: options.asOf,
    enterprises: batch.enterpriseCount,
    records: batch.recordCount,
    buildSeconds: round3(buildSeconds),
    evaluateSeconds: round3(plain.wall),
    evaluateCpuSeconds: round3(plain.cpu),
    recordsPerSecond: Math.round(batch.recordCount / plain.wall),
    recordsPerCpuSecond: Math.round(batch.recordCount / plain.cpu),
    enterprisesPerSecond: Math.round(batch.enterpriseCount / plain.wall),
    evaluateWithFingerprintsSeconds: round3(withFingerprints.wall),
    evaluateWithFingerprintsCpuSeconds: round3(withFingerprints.cpu),
    recordsPerSecondWithFingerprints: Math.round(batch.recordCount / withFingerprints.wall),
    recordsPerCpuSecondWithFingerprints: Math.round(batch.recordCount / withFingerprints.cpu),
    syntheticGrades: distribution,
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      enterprises: { type: 'string', default: '100000' },
      'records-per-enterprise': { type: 'string', default: '20' },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '20261121' },
      'as-of': { type: 'string', default: '2026-11-01' },
    },
  });
  const result = runEngineBenchmark({
    enterprises: Number(values.enterprises),
    recordsPerEnterprise: Number(values['records-per-enterprise']),
    rounds: Number(values.rounds),
    seed: Number(values.seed),
    asOf: values['as-of']!,
  });
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'engine.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeBenchResult(path.basename(file, '.json'), result);
  const millions = (value: number) => (value / 1e6).toFixed(2);
  process.stdout.write(
    `评价引擎(单核):${result.enterprises} 家企业、${result.records} 条记录,评价用时 ${result.evaluateSeconds} 秒(CPU ${result.evaluateCpuSeconds} 秒),` +
      `每 CPU 秒 ${millions(result.recordsPerCpuSecond)} 百万条记录(墙钟 ${millions(result.recordsPerSecond)});` +
      `含输入指纹每 CPU 秒 ${millions(result.recordsPerCpuSecondWithFingerprints)} 百万条(墙钟 ${millions(result.recordsPerSecondWithFingerprints)});` +
      `机器负载 ${result.machine.loadAverage}\n` +
      `合成数据的等级分布(随机数据,仅作检查):${Object.entries(result.syntheticGrades)
        .map(([grade, count]) => `${grade} ${((100 * count) / result.enterprises).toFixed(1)}%`)
        .join(',')}\n` +
      `结果已写入 ${path.relative(process.cwd(), file)}\n`,
  );
}
