import { BatchEvaluator } from './batch-evaluator.ts';
import type { CompiledModel, PreparedModel } from './compile-model.ts';
import type { EvaluationSubject } from './engine-input.ts';
import { fingerprintEnterprise } from './fingerprint.ts';
import { createRecordBatch, type RecordBatch } from './record-batch.ts';
import type { EvaluationResult } from './trace.ts';

/** Columnar results of a batch evaluation (row-major where two-dimensional: enterprise × dimension or indicator). */
export interface BatchEvaluation {
  prepared: PreparedModel;
  enterpriseCount: number;
  scores: Float64Array;
  /** Index into model.grades, after vetoes. */
  grades: Uint8Array;
  /** Bit v set: veto v applied. */
  vetoes: Uint32Array;
  dimensionScores: Float64Array;
  indicatorPoints: Float64Array;
  /** Present when asked for (options.fingerprints). */
  fingerprints: string[] | null;
}

/**
 * `evaluate(enterprise, modelVersion, asOf)`: one enterprise with its records, as of a date, with the full trace
 * (every indicator's value, points, weight, records used and parameters read, and the records excluded with why).
 */
export function evaluate(subject: EvaluationSubject, compiled: CompiledModel, asOf: string): EvaluationResult {
  const batch = createRecordBatch([subject]);
  const evaluator = new BatchEvaluator(compiled.prepare(asOf), batch, true);
  evaluator.run(0);
  return evaluator.describe(0);
}

/**
 * Evaluates every enterprise of a batch as of one date into columnar results, without the trace: the trace of any
 * enterprise is reproduced on demand by `evaluate`, which gives the same result from the same inputs (checked by
 * the fingerprint).
 */
export function evaluateBatch(batch: RecordBatch, compiled: CompiledModel, asOf: string, options: { fingerprints?: boolean } = {}): BatchEvaluation {
  const prepared = compiled.prepare(asOf);
  const evaluator = new BatchEvaluator(prepared, batch, false);
  const n = batch.enterpriseCount;
  const indicatorCount = evaluator.indicatorCount;
  const dimensionCount = compiled.model.dimensions.length;
  const result: BatchEvaluation = {
    prepared,
    enterpriseCount: n,
    scores: new Float64Array(n),
    grades: new Uint8Array(n),
    vetoes: new Uint32Array(n),
    dimensionScores: new Float64Array(n * dimensionCount),
    indicatorPoints: new Float64Array(n * indicatorCount),
    fingerprints: options.fingerprints ? new Array<string>(n) : null,
  };
  for (let e = 0; e < n; e += 1) {
    evaluator.run(e);
    result.scores[e] = evaluator.score;
    result.grades[e] = evaluator.grade;
    result.vetoes[e] = evaluator.vetoMask;
    result.dimensionScores.set(evaluator.dimensionScores, e * dimensionCount);
    result.indicatorPoints.set(evaluator.points, e * indicatorCount);
    if (result.fingerprints) result.fingerprints[e] = fingerprintEnterprise(compiled, asOf, batch, e);
  }
  return result;
}
