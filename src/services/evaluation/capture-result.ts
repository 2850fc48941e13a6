import { fromDayNumber } from '../../domain/month-arithmetic.ts';
import { NEVER, type CompiledModel } from '../../engine/compile-model.ts';
import type { EnterpriseOutcome } from '../../engine/evaluate.ts';

/**
 * What is stored of one evaluation, read from the evaluator right after it ran an enterprise: score, grade, vetoes,
 * per-dimension scores and per-indicator points (float32, in the model's order), and a 48-bit hash of all of it so
 * the daily run can tell a changed result from an unchanged one without reading the stored arrays back.
 */
export interface CapturedResult {
  score: number;
  grade: string;
  vetoes: string[] | null;
  dimensionScores: Float32Array;
  indicatorPoints: Float32Array;
  resultHash: number;
  /** The first day the result could change with the same inputs (YYYY-MM-DD), or 'infinity' (stored as such). */
  changesOn: string;
}

/** Reusable scratch for hashing: score, grade, veto mask, then the float32 scores and points. */
export class ResultCapture {
  private readonly gradeNames: string[];
  private readonly vetoIds: string[];
  private readonly hashWords: Uint32Array;
  private readonly hashFloats: Float32Array;
  private readonly dimensionCount: number;
  private readonly indicatorCount: number;

  constructor(compiled: CompiledModel) {
    this.gradeNames = compiled.model.grades.map((row) => row.grade);
    this.vetoIds = compiled.vetoes.map((veto) => veto.id);
    this.dimensionCount = compiled.model.dimensions.length;
    this.indicatorCount = compiled.model.indicators.length;
    const words = 4 + this.dimensionCount + this.indicatorCount;
    this.hashFloats = new Float32Array(words);
    this.hashWords = new Uint32Array(this.hashFloats.buffer);
  }

  gradeName(index: number): string {
    return this.gradeNames[index];
  }

  /** The ids of the vetoes set in a mask, or null when none applied. */
  vetoesOf(mask: number): string[] | null {
    if (mask === 0) return null;
    return this.vetoIds.filter((_, index) => (mask & (1 << index)) !== 0);
  }

  /** The stored form of the evaluator's last run; `into` arrays are filled when given (a batch reuses its own). */
  capture(
    evaluator: EnterpriseOutcome,
    into?: { dimensionScores: Float32Array; indicatorPoints: Float32Array },
  ): CapturedResult {
    const dimensionScores = into?.dimensionScores ?? new Float32Array(this.dimensionCount);
    const indicatorPoints = into?.indicatorPoints ?? new Float32Array(this.indicatorCount);
    dimensionScores.set(evaluator.dimensionScores);
    indicatorPoints.set(evaluator.points);
    return {
      score: evaluator.score,
      grade: this.gradeNames[evaluator.grade],
      vetoes: this.vetoesOf(evaluator.vetoMask),
      dimensionScores,
      indicatorPoints,
      resultHash: this.hash(evaluator.score, evaluator.grade, evaluator.vetoMask, dimensionScores, indicatorPoints),
      changesOn: evaluator.nextChangeDay === NEVER ? 'infinity' : fromDayNumber(evaluator.nextChangeDay),
    };
  }

  /** 48 bits (exact in a JS number and a bigint column) from two 32-bit mixes of the result's words. */
  hash(
    score: number,
    grade: number,
    vetoMask: number,
    dimensionScores: Float32Array,
    indicatorPoints: Float32Array,
  ): number {
    const floats = this.hashFloats;
    const words = this.hashWords;
    floats[0] = score;
    words[1] = grade;
    words[2] = vetoMask;
    words[3] = Math.round(score * 100); // float32 loses score decimals above 1e5; the cents keep them
    floats.set(dimensionScores, 4);
    floats.set(indicatorPoints, 4 + dimensionScores.length);
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      a = Math.imul(a ^ word, 0x01000193);
      b = Math.imul(b ^ word, 0x85ebca6b);
      b ^= b >>> 13;
    }
    a ^= a >>> 15;
    a = Math.imul(a, 0x2c1b3c6d);
    a ^= a >>> 12;
    return (a >>> 0) * 65536 + ((b >>> 16) & 0xffff);
  }
}
