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
 * One enterprise's result as the evaluator left it: valid only inside the `evaluateEach` callback that received it
 * (the arrays are the evaluator's own and are overwritten by the next enterprise).
 */
export interface EnterpriseOutcome {
  readonly score: number;
  /** Index into model.grades, after vetoes. */
  readonly grade: number;
  /** Bit v set: veto v applied. */
  readonly vetoMask: number;
  /** Per dimension, in the model's order. */
  readonly dimensionScores: Float64Array;
  /** Per indicator, in the model's order. */
  readonly points: Float64Array;
  /** The first day after the as-of date on which the same inputs could give another result (NEVER: none). */
  readonly nextChangeDay: number;
}

/** An enterprise already read into a record batch (the store's readers build these), by its position. */
export interface BatchMember {
  batch: RecordBatch;
  enterprise: number;
}

/**
 * The engine's entry points, used by every service that evaluates: `evaluate` for one enterprise with its full trace,
 * `evaluateEach` (and `evaluateBatch` on top of it) for many without. Both run the same `BatchEvaluator` loop, and
 * evaluate.test.ts checks that they agree enterprise by enterprise.
 *
 * `evaluate(enterprise, modelVersion, asOf)`: one enterprise with its records, as of a date, with the full trace
 * (every indicator's value, points, weight, records used and parameters read, and the records excluded with why).
 */
export function evaluate(
  subject: EvaluationSubject | BatchMember,
  compiled: CompiledModel,
  asOf: string,
): EvaluationResult {
  const { batch, enterprise } = 'batch' in subject ? subject : { batch: createRecordBatch([subject]), enterprise: 0 };
  const evaluator = new BatchEvaluator(compiled.prepare(asOf), batch, true);
  evaluator.run(enterprise);
  return evaluator.describe(enterprise);
}

/**
 * Evaluates the enterprises of a batch as of one date, without the trace, handing each result to `visit` as soon as it
 * is computed (nothing is allocated per enterprise). `include` leaves enterprises out (e.g. not yet registered on the
 * as-of date). The compiled model keeps its preparation for each date, so batches of one date share it.
 */
export function evaluateEach(
  batch: RecordBatch,
  compiled: CompiledModel,
  asOf: string,
  visit: (enterprise: number, outcome: EnterpriseOutcome) => void,
  options: { include?: (enterprise: number) => boolean } = {},
): void {
  const evaluator = new BatchEvaluator(compiled.prepare(asOf), batch, false);
  const { include } = options;
  for (let e = 0; e < batch.enterpriseCount; e += 1) {
    if (include && !include(e)) continue;
    evaluator.run(e);
    visit(e, evaluator);
  }
}

/**
 * Evaluates every enterprise of a batch as of one date into columnar results, without the trace: the trace of any
 * enterprise is reproduced on demand by `evaluate`, which gives the same result from the same inputs (checked by
 * the fingerprint).
 */
export function evaluateBatch(
  batch: RecordBatch,
  compiled: CompiledModel,
  asOf: string,
  options: { fingerprints?: boolean } = {},
): BatchEvaluation {
  const prepared = compiled.prepare(asOf);
  const n = batch.enterpriseCount;
  const indicatorCount = prepared.indicators.length;
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
  evaluateEach(batch, compiled, asOf, (e, outcome) => {
    result.scores[e] = outcome.score;
    result.grades[e] = outcome.grade;
    result.vetoes[e] = outcome.vetoMask;
    result.dimensionScores.set(outcome.dimensionScores, e * dimensionCount);
    result.indicatorPoints.set(outcome.points, e * indicatorCount);
    if (result.fingerprints) result.fingerprints[e] = fingerprintEnterprise(compiled, asOf, batch, e);
  });
  return result;
}
