import { createHash } from 'node:crypto';

/**
 * The 双随机 draw (004 §(七)): enterprises and inspectors drawn at random, yet reproducible by anyone
 * from what is published with the plan — the seed, the plan id, the per-class ratios, the candidate list and the
 * inspector pool. The method, written out so it can be re-implemented in any language:
 *
 * 1. Random numbers: the n-th number of the stream named `label` is the first 6 bytes (big-endian) of
 *    SHA-256(`${seed}|${planId}|${label}|${n}`) (UTF-8), n = 0, 1, 2 …, i.e. an integer in [0, 2^48).
 *    An integer below `bound` is taken by rejection: numbers ≥ floor(2^48 / bound) × bound are skipped (no bias).
 * 2. Candidates of each risk class are sorted by USCC (code-point order) and duplicates removed, so the order the
 *    platform happened to read them in does not matter.
 * 3. Count per class = round-half-up(ratio × candidates), computed on integers (ratio in basis points, 1/10000):
 *    floor((ratioBasisPoints × n + 5000) / 10000). This is the "within rounding" of the ratio.
 * 4. Enterprises of a class are picked by a partial Fisher–Yates shuffle of the sorted list with the stream
 *    `enterprises:<class>`: for i = 0 … count−1, swap item i with item i + next(n − i).
 * 5. Inspectors for each drawn enterprise: the pool sorted and de-duplicated, minus those in conflict with the
 *    enterprise, shuffled the same way with the stream `inspectors:<USCC>`; the first `inspectorsPerVisit` are taken.
 *    Too few eligible inspectors leaves the enterprise with fewer (reported, never silently filled with a conflict).
 */

const RANGE = 2 ** 48;

/** A ratio in basis points (0–10000): 5% → 500. Ratios are kept this way so rounding is exact. */
export function toBasisPoints(ratio: number): number {
  return Math.round(ratio * 10_000);
}

/** round-half-up(ratio × n), on integers. */
export function countToDraw(ratio: number, candidates: number): number {
  return Math.floor((toBasisPoints(ratio) * candidates + 5_000) / 10_000);
}

/** A stream of reproducible random integers keyed by the published seed, the plan and a label. */
export function createRandomStream(seed: string, planId: number | string, label: string): (bound: number) => number {
  let counter = 0;
  const next48 = () =>
    createHash('sha256').update(`${seed}|${planId}|${label}|${counter++}`, 'utf8').digest().readUIntBE(0, 6);
  return (bound) => {
    if (!Number.isInteger(bound) || bound <= 0) throw new RangeError(`bound must be a positive integer, got ${bound}`);
    const limit = Math.floor(RANGE / bound) * bound;
    for (;;) {
      const value = next48();
      if (value < limit) return value % bound;
    }
  };
}

/** The first `count` items of a reproducible shuffle of `items` (which the caller sorted). */
export function pickRandomly<T>(items: readonly T[], count: number, next: (bound: number) => number): T[] {
  const pool = [...items];
  const taken = Math.min(count, pool.length);
  for (let i = 0; i < taken; i++) {
    const j = i + next(pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, taken);
}

export interface DrawInputs {
  seed: string;
  planId: number;
  /** Per risk class: the ratio (0–1) and the candidate USCCs. */
  classes: Record<string, { ratio: number; candidates: string[] }>;
  inspectors: string[];
  inspectorsPerVisit: number;
  /** Inspector → USCCs they may not inspect (回避: kinship, prior employment, a case they handled …). */
  conflicts: Record<string, string[]>;
}

export interface DrawnVisit {
  uscc: string;
  riskClass: string;
  inspectors: string[];
  /** Set when fewer eligible inspectors than required were left (in Chinese, for the plan's page). */
  problem: string | null;
}

export interface DrawResult {
  visits: DrawnVisit[];
  /** Per class: candidates and how many were drawn. */
  counts: Record<string, { candidates: number; drawn: number; ratio: number }>;
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Runs the draw described above; the same inputs always give the same result. */
export function drawInspections(inputs: DrawInputs): DrawResult {
  const visits: DrawnVisit[] = [];
  const counts: DrawResult['counts'] = {};
  const pool = sortedUnique(inputs.inspectors);
  const conflicted = new Map(Object.entries(inputs.conflicts).map(([inspector, usccs]) => [inspector, new Set(usccs)]));
  for (const riskClass of Object.keys(inputs.classes).sort()) {
    const { ratio, candidates } = inputs.classes[riskClass]!;
    const sorted = sortedUnique(candidates);
    const count = countToDraw(ratio, sorted.length);
    const drawn = pickRandomly(
      sorted,
      count,
      createRandomStream(inputs.seed, inputs.planId, `enterprises:${riskClass}`),
    );
    counts[riskClass] = { candidates: sorted.length, drawn: drawn.length, ratio };
    for (const uscc of drawn) {
      const eligible = pool.filter((inspector) => !conflicted.get(inspector)?.has(uscc));
      const inspectors = pickRandomly(
        eligible,
        inputs.inspectorsPerVisit,
        createRandomStream(inputs.seed, inputs.planId, `inspectors:${uscc}`),
      );
      const problem =
        inspectors.length < inputs.inspectorsPerVisit
          ? `可回避后的检查人员不足：需要 ${inputs.inspectorsPerVisit} 名，仅有 ${inspectors.length} 名`
          : null;
      visits.push({ uscc, riskClass, inspectors, problem });
    }
  }
  return { visits, counts };
}
