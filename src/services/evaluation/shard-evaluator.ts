import type { CompiledModel } from '../../engine/compile-model.ts';
import { evaluateEach } from '../../engine/evaluate.ts';
import { fingerprintEnterprise } from '../../engine/fingerprint.ts';
import type { RecordBatch } from '../../engine/record-batch.ts';
import { ResultCapture } from './capture-result.ts';
import { EvaluationCopyWriter } from './encode-evaluation-row.ts';

/**
 * Evaluates one shard of a run (the engine's batch loop, no trace) and encodes the evaluations to store as COPY text.
 * The same code runs in this thread or in the evaluation worker (shard-worker.ts).
 */

/** Each enterprise's current result (the daily run stores only changed ones): parallel arrays sorted by enterprise id. */
export interface CurrentResults {
  enterpriseIds: Float64Array;
  modelVersionIds: Int32Array;
  resultHashes: Float64Array;
  /** Its changes_on as a day number (0, long past, when unknown). */
  changesOnDays: Int32Array;
}

export interface ShardResult {
  /** COPY text of the evaluations to store (a buffer of its own: it may travel between threads). */
  rows: Uint8Array;
  evaluated: number;
  stored: number;
  gradeCounts: Record<string, number>;
  evaluateMs: number;
}

export interface RunContext {
  modelVersionId: number;
  runId: number;
  reason: string;
  asOf: string;
}

export class ShardEvaluator {
  private readonly capture: ResultCapture;
  private readonly writer: EvaluationCopyWriter;
  private readonly scratch: { dimensionScores: Float32Array; indicatorPoints: Float32Array };

  constructor(
    private readonly compiled: CompiledModel,
    private readonly context: RunContext,
  ) {
    this.capture = new ResultCapture(compiled);
    this.writer = new EvaluationCopyWriter(context.modelVersionId, context.runId, context.reason, context.asOf);
    this.scratch = {
      dimensionScores: new Float32Array(compiled.model.dimensions.length),
      indicatorPoints: new Float32Array(compiled.model.indicators.length),
    };
  }

  evaluate(batch: RecordBatch, enterpriseIds: Float64Array, current: CurrentResults | null): ShardResult {
    const started = performance.now();
    const { compiled, context, capture, writer, scratch } = this;
    writer.reset();
    const gradeCounts: Record<string, number> = {};
    let position = 0;
    const asOfDay = compiled.prepare(context.asOf).asOfDay;
    evaluateEach(batch, compiled, context.asOf, (e, outcome) => {
      const result = capture.capture(outcome, scratch);
      gradeCounts[result.grade] = (gradeCounts[result.grade] ?? 0) + 1;
      const enterpriseId = enterpriseIds[e];
      if (current) {
        // Both lists ascend by enterprise id: walk them together. An unchanged result is not stored again, unless
        // the day its current evaluation said it could change has come (the new one says until when it holds now).
        while (position < current.enterpriseIds.length && current.enterpriseIds[position] < enterpriseId) position += 1;
        const isKnown = position < current.enterpriseIds.length && current.enterpriseIds[position] === enterpriseId;
        if (
          isKnown &&
          current.modelVersionIds[position] === context.modelVersionId &&
          current.resultHashes[position] === result.resultHash &&
          current.changesOnDays[position] > asOfDay
        )
          return;
      }
      writer.add(enterpriseId, result, fingerprintEnterprise(compiled, context.asOf, batch, e));
    });
    const taken = writer.take();
    const rows = new Uint8Array(taken.length);
    rows.set(taken);
    return {
      rows,
      evaluated: batch.enterpriseCount,
      stored: writer.rowCount,
      gradeCounts,
      evaluateMs: performance.now() - started,
    };
  }
}
