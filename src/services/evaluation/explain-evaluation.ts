import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { modelDisplayName } from '../../engine/model.ts';
import { fingerprintFormatOf, type FingerprintFormat } from '../../engine/fingerprint.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import type { EvaluationResult } from '../../engine/trace.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import { describeParameterValue } from '../model-management/describe-parameter-value.ts';
import type { Database } from '../../store/database.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import {
  findCurrentEvaluation,
  findEvaluation,
  findEvaluationCutoff,
  findModelVersionById,
  type StoredEvaluation,
} from '../../store/evaluation.repository.ts';
import { endOfDistrictDay } from '../../domain/district-date.ts';
import { compiledModelOf } from './model-files.ts';
import { readEvaluationBatch } from './read-evaluation-batch.ts';

/**
 * The trace with what a person reads next to each code: every reference as its regulation's title and clause
 * (`referenceText`), every parameter's value in words (`valueText`, as the model pages show it).
 */
export type ReadableEvaluationResult = Omit<EvaluationResult, 'vetoes' | 'indicators'> & {
  vetoes: Array<EvaluationResult['vetoes'][number] & { referenceText: string }>;
  indicators: Array<
    Omit<EvaluationResult['indicators'][number], 'parameters'> & {
      referenceText: string;
      parameters: Array<
        EvaluationResult['indicators'][number]['parameters'][number] & { valueText: string; referenceText: string }
      >;
    }
  >;
};

export interface ExplainedEvaluation {
  stored: StoredEvaluation;
  /** The full trace, recomputed, with readable references and parameter values. */
  result: ReadableEvaluationResult;
  /** True when the recomputation had exactly the stored evaluation's inputs (same fingerprint), hence its result. */
  reproduced: boolean;
  /** The model version as people read it: 华容区科创企业公共信用综合评价（v1 版）. */
  modelName: string;
  /** The fingerprint format the stored fingerprint was reproduced in (an evaluation stored before a format change keeps its own); null when not reproduced. */
  fingerprintFormat: FingerprintFormat | null;
}

/**
 * The trace of a stored evaluation is not stored: it is recomputed from what the evaluation used — its model version
 * (whose files are frozen by their digest), its as-of date, and the record versions in force then, i.e. recorded
 * before the end of the as-of day and before the evaluation itself (a correction made later the same day was not
 * seen). The fingerprint proves the inputs are the same. Records written without history (behind the platform's
 * back: `audit verify` reports them) cannot be replayed: `reproduced` is then false. A fingerprint stored in an
 * older format (engine/fingerprint.ts) is recomputed in that format.
 */
export async function explainEvaluation(db: Kysely<Database>, evaluationId: number): Promise<ExplainedEvaluation> {
  const stored = await findEvaluation(db, evaluationId);
  if (!stored) throw new AppError('NOT_FOUND', `评价记录 ${evaluationId} 不存在`);
  const version = await findModelVersionById(db, stored.model_version_id);
  if (!version)
    throw new AppError('NOT_FOUND', `评价记录 ${evaluationId} 所用的模型版本 ${stored.model_version_id} 不存在`);
  const compiled = compiledModelOf(version);
  const recordedBefore = (await findEvaluationCutoff(db, evaluationId, endOfDistrictDay(stored.as_of).toISOString()))!;
  const { batch } = await readEvaluationBatch(db, compiled, [stored.enterprise_id], {
    asOf: stored.as_of,
    recordedBefore: new Date(recordedBefore),
    recordedBeforeExact: recordedBefore,
  });
  const result = evaluate({ batch, enterprise: 0 }, compiled, stored.as_of);
  const fingerprintFormat = fingerprintFormatOf(stored.fingerprint, compiled, stored.as_of, batch, 0);
  return {
    stored,
    result: describeTrace(result, compiled),
    modelName: modelDisplayName(compiled.model),
    reproduced: fingerprintFormat !== null,
    fingerprintFormat,
  };
}

function describeTrace(result: EvaluationResult, compiled: CompiledModel): ReadableEvaluationResult {
  return {
    ...result,
    vetoes: result.vetoes.map((veto) => ({ ...veto, referenceText: readableReference(veto.reference) })),
    indicators: result.indicators.map((indicator) => ({
      ...indicator,
      referenceText: readableReference(indicator.reference),
      parameters: indicator.parameters.map((parameter) => {
        const type = compiled.model.parameters.get(parameter.id)?.type;
        return {
          ...parameter,
          valueText: type ? describeParameterValue(type, parameter.value, parameter.unit) : String(parameter.value),
          referenceText: readableReference(parameter.reference),
        };
      }),
    })),
  };
}

/** The trace of an enterprise's current evaluation, recomputed as explainEvaluation does; NOT_FOUND before its first. */
export async function explainCurrentEvaluation(db: Kysely<Database>, uscc: string): Promise<ExplainedEvaluation> {
  const enterprise = await requireEnterprise(db, uscc);
  const current = await findCurrentEvaluation(db, enterprise.id);
  if (!current) throw new AppError('NOT_FOUND', '该企业尚未评价');
  return explainEvaluation(db, current.id);
}
