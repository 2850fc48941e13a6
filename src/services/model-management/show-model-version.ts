import type { Kysely } from 'kysely';
import { formatProblem } from '../../engine/load-model.ts';
import { indicatorParameters, lintModel } from '../../engine/lint-model.ts';
import type { Model } from '../../engine/model.ts';
import { runModelTests } from '../../engine/run-model-tests.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import type { Database } from '../../store/database.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import type { SimulationReport } from '../evaluation/simulate-model.ts';
import { describeParameterValue } from './describe-parameter-value.ts';
import { findModelVersionState, type ModelVersionSummary } from './list-model-versions.ts';
import { describeGrades, dimensionFigures, type DimensionFigures, type GradeView } from './model-outline.ts';

/**
 * One model version as an administrator reviews it before simulating or publishing (模型管理): its
 * dimensions and indicators, every parameter with its unit, reference and dated values, the grade table, the
 * vetoes, what `model lint` says about it, and its stored simulation.
 */

/** The simulation kept with a version row (simulate-model.ts stores the report with the first 100 moved enterprises). */
export type StoredSimulation = Omit<SimulationReport, 'draft' | 'seconds'> & {
  digest: string;
  simulatedAt: string;
  simulatedBy: string;
  /** Who simulated, by display name (shown; not stored with the report). */
  simulatedByName?: string;
};

export interface ModelVersionDetail extends ModelVersionSummary {
  reference: string;
  /** Each `reference` also as a person reads it (readable-reference.ts). */
  referenceText: string;
  score: { min: number; max: number; decimals: number };
  dimensions: Array<DimensionFigures & { reference: string; referenceText: string; indicators: string[] }>;
  indicators: Array<{
    id: string;
    label: string;
    description: string;
    reference: string;
    referenceText: string;
    dimension: string;
    ruleType: string;
    kinds: string[];
    parameters: string[];
    testCount: number;
  }>;
  parameters: Array<{
    id: string;
    file: string;
    type: string;
    description: string;
    unit: string;
    reference: string;
    referenceText: string;
    usedBy: string[];
    values: Array<{ from: string; text: string; value: unknown }>;
  }>;
  grades: GradeView[];
  vetoes: Array<{
    id: string;
    label: string;
    indicator: string;
    capGrade: string;
    reference: string;
    referenceText: string;
  }>;
  /** What `xinping model lint` reports, one line each; publishing needs none. */
  problems: string[];
  /** The model's own test cases that fail (`xinping model test`), one line each; publishing needs none. */
  testFailures: string[];
  /** The simulation of these exact files (for a published version: the one made before publishing). */
  simulation: StoredSimulation | null;
}

/** "[indicator] case name:why" for each test case of the model that fails. */
function failingTests(model: Model): string[] {
  return runModelTests(model)
    .filter((outcome) => !outcome.passed)
    .map((outcome) => `[${outcome.test.indicator ?? '整体'}] ${outcome.test.name}:${outcome.failures.join('；')}`);
}

export async function showModelVersion(
  db: Kysely<Database>,
  dataDir: string,
  modelId: string,
  version: string,
): Promise<ModelVersionDetail> {
  const state = await findModelVersionState(db, dataDir, modelId, version);
  const lint = state.location ? lintModel(state.location.dir) : null;
  const model = lint?.model ?? null;
  const row = state.row;
  const stored = row?.simulation as Omit<StoredSimulation, 'digest' | 'simulatedAt' | 'simulatedBy'> | null | undefined;
  const simulation =
    row && stored && row.simulated_at
      ? {
          ...stored,
          digest: row.digest,
          simulatedAt: new Date(row.simulated_at).toISOString(),
          simulatedBy: row.simulated_by ?? '',
          simulatedByName: (await loadActorNames(db, [row.simulated_by]))(row.simulated_by ?? ''),
        }
      : null;
  const usedBy = new Map<string, string[]>();
  for (const indicator of model?.indicators ?? [])
    for (const id of new Set(indicatorParameters(indicator))) usedBy.set(id, [...(usedBy.get(id) ?? []), indicator.id]);
  return {
    ...state.summary,
    reference: model?.reference ?? '',
    referenceText: readableReference(model?.reference),
    score: { min: model?.scoreMin ?? 0, max: model?.scoreMax ?? 0, decimals: model?.scoreDecimals ?? 0 },
    dimensions: (model?.dimensions ?? []).map((dimension) => ({
      ...dimensionFigures(dimension),
      reference: dimension.reference,
      referenceText: readableReference(dimension.reference),
      indicators: dimension.indicators,
    })),
    indicators: (model?.indicators ?? []).map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      description: indicator.description,
      reference: indicator.reference,
      referenceText: readableReference(indicator.reference),
      dimension: indicator.dimension,
      ruleType: indicator.rule.type,
      kinds: indicator.rule.kinds,
      parameters: [...new Set(indicatorParameters(indicator))],
      testCount: indicator.tests.length,
    })),
    parameters: [...(model?.parameters.values() ?? [])].map((parameter) => ({
      id: parameter.id,
      file: parameter.file,
      type: parameter.type,
      description: parameter.description,
      unit: parameter.unit,
      reference: parameter.reference,
      referenceText: readableReference(parameter.reference),
      usedBy: usedBy.get(parameter.id) ?? [],
      values: parameter.values.map((value) => ({
        from: value.from,
        text: describeParameterValue(parameter.type, value.value, parameter.unit),
        value: value.value,
      })),
    })),
    grades: describeGrades(model?.grades ?? []),
    vetoes: (model?.vetoes ?? []).map(({ id, label, indicator, capGrade, reference }) => ({
      id,
      label,
      indicator,
      capGrade,
      reference,
      referenceText: readableReference(reference),
    })),
    problems: lint ? lint.problems.map(formatProblem) : [`模型文件不在原处（${state.summary.dir}），无法显示参数`],
    testFailures: model && state.summary.problemCount === 0 ? failingTests(model) : [],
    simulation,
  };
}
