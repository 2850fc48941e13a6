import type { CompiledModel } from '../../engine/compile-model.ts';
import { evaluateEach } from '../../engine/evaluate.ts';
import { fingerprintEnterprise } from '../../engine/fingerprint.ts';
import type { RecordBatch } from '../../engine/record-batch.ts';
import type { EvaluationValues } from '../../store/evaluation.repository.ts';
import { ResultCapture } from './capture-result.ts';

/** Who evaluated and why, for every row of a batch. */
export interface EvaluationContext {
  modelVersionId: number;
  runId: number | null;
  reason: string;
  asOf: string;
}

/**
 * Evaluates every enterprise of a batch (the engine's batch path, no trace) into rows to store, with each one's
 * fingerprint. `enterpriseIds[e]` is the store id of the batch's enterprise e.
 */
export function evaluateBatchForStorage(
  compiled: CompiledModel,
  batch: RecordBatch,
  enterpriseIds: ArrayLike<number>,
  context: EvaluationContext,
): EvaluationValues[] {
  const capture = new ResultCapture(compiled);
  const rows: EvaluationValues[] = [];
  evaluateEach(batch, compiled, context.asOf, (e, outcome) => {
    rows.push({
      enterpriseId: enterpriseIds[e],
      modelVersionId: context.modelVersionId,
      runId: context.runId,
      reason: context.reason,
      asOf: context.asOf,
      ...capture.capture(outcome),
      fingerprint: fingerprintEnterprise(compiled, context.asOf, batch, e),
    });
  });
  return rows;
}
