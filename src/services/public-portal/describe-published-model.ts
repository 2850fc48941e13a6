import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import {
  modelVersionName,
  type Indicator,
  type Model,
  type ParameterType,
  type WindowSpec,
} from '../../engine/model.ts';
import type { Database } from '../../store/database.ts';
import { describeParameterValue } from '../model-management/describe-parameter-value.ts';
import {
  describeGrades,
  dimensionFigures,
  type DimensionFigures,
  type GradeView,
} from '../model-management/model-outline.ts';
import {
  findPublishedModelVersion,
  findReplacedModelVersion,
  type ModelVersionRow,
} from '../../store/evaluation.repository.ts';
import { compiledModelOf, resolveModelDir } from '../evaluation/model-files.ts';
import { withFullWidthPunctuation } from '../../domain/chinese-punctuation.ts';
import { readableReference, withReadableReferences } from '../../domain/readable-reference.ts';
import { describeModelChanges, type ModelChangeLog } from '../model-management/describe-model-changes.ts';

/** How grades are made (模型说明): the published model version as the public reads it. */
export interface ModelDocumentation {
  version: string;
  /** The version as the public reads it ("v1 版"); `version` is the model's code. */
  versionLabel: string;
  title: string;
  effectiveFrom: string;
  evaluableFrom: string;
  publishedOn: string | null;
  reference: string;
  /** sha256 of the model definition: every evaluation stores it, so anyone can tell which rules gave a grade. */
  digest: string;
  score: { min: number; max: number; decimals: number };
  dimensions: Array<
    DimensionFigures & {
      reference: string;
      indicators: Array<{
        id: string;
        label: string;
        description: string;
        reference: string;
        recordKinds: string[];
        window: string;
        parameters: string[];
      }>;
    }
  >;
  grades: GradeView[];
  vetoes: Array<{ id: string; label: string; condition: string; capGrade: string; reference: string }>;
  parameters: Array<{
    id: string;
    type: ParameterType;
    description: string;
    unit: string;
    reference: string;
    values: Array<{ from: string; text: string }>;
  }>;
  /** The model's README (Markdown, Chinese): the reasons for every weight and score. */
  readme: string;
  /** What changed from the version this one replaced (generated from both versions' files); null for the first. */
  changeLog: ModelChangeLog | null;
}

function describeWindow(window: WindowSpec, model: Model): string {
  if (window.type === 'months') {
    const parameter = model.parameters.get(window.parameter);
    const latest = parameter?.values.at(-1)?.value;
    return typeof latest === 'number'
      ? `近 ${latest} 个月（参数 ${window.parameter}）`
      : `近若干个月（参数 ${window.parameter}）`;
  }
  return {
    valid: '有效期内',
    outstanding: '尚未结束（移出、缴清、解除当天起不再计入）',
    all: '全部（负面记录仅在公示期内）',
  }[window.type];
}

/** The parameters an indicator reads, in the order a reader meets them: window, decay, weights, scoring. */
function parametersOf(indicator: Indicator): string[] {
  const { rule, scoring } = indicator;
  const ids = [
    rule.window.type === 'months' ? rule.window.parameter : null,
    rule.decay,
    rule.weightBy?.table ?? null,
    scoring.type === 'linear' ? scoring.perUnit : null,
    scoring.type === 'linear' || scoring.type === 'as_points' ? scoring.cap : null,
    scoring.type === 'bands' || scoring.type === 'lookup' ? scoring.table : null,
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function buildDocumentation(
  model: Model,
  publishedAt: Date | string | null,
  changeLog: ModelChangeLog | null,
): ModelDocumentation {
  const catalog = loadCatalog();
  const kindLabel = (code: string) => catalog.kind(code)?.label ?? code;
  const indicators = new Map(model.indicators.map((indicator) => [indicator.id, indicator]));
  const readmeFile = path.join(resolveModelDir(model.dir), 'README.md');
  return {
    version: modelVersionName(model),
    versionLabel: `${model.version} 版`,
    title: model.title,
    effectiveFrom: model.effectiveFrom,
    evaluableFrom: model.evaluableFrom,
    publishedOn: publishedAt ? todayInDistrict(new Date(publishedAt)) : null,
    reference: readableReference(model.reference),
    digest: model.digest,
    score: { min: model.scoreMin, max: model.scoreMax, decimals: model.scoreDecimals },
    dimensions: model.dimensions.map((dimension) => ({
      ...dimensionFigures(dimension),
      reference: readableReference(dimension.reference),
      indicators: dimension.indicators.map((id) => {
        const indicator = indicators.get(id)!;
        return {
          id,
          label: indicator.label,
          description: withFullWidthPunctuation(indicator.description),
          reference: readableReference(indicator.reference),
          recordKinds: indicator.rule.kinds.map(kindLabel),
          window: describeWindow(indicator.rule.window, model),
          parameters: parametersOf(indicator),
        };
      }),
    })),
    grades: describeGrades(model.grades, (text) => withFullWidthPunctuation(withReadableReferences(text))),
    vetoes: model.vetoes.map((veto) => ({
      id: veto.id,
      label: veto.label,
      condition: veto.values
        ? `${indicators.get(veto.indicator)?.label ?? veto.indicator}为${veto.values.join('、')}`
        : `${indicators.get(veto.indicator)?.label ?? veto.indicator}不少于 ${veto.minValue}`,
      capGrade: veto.capGrade,
      reference: readableReference(veto.reference),
    })),
    parameters: [...model.parameters.values()].map((parameter) => ({
      id: parameter.id,
      type: parameter.type,
      description: withFullWidthPunctuation(parameter.description),
      unit: parameter.unit,
      reference: readableReference(parameter.reference),
      values: parameter.values.map((value) => ({
        from: value.from,
        text: describeParameterValue(parameter.type, value.value, parameter.unit),
      })),
    })),
    // The model's own notes, with the clauses they cite named as people read them.
    readme: fs.existsSync(readmeFile) ? withReadableReferences(fs.readFileSync(readmeFile, 'utf8')) : '',
    changeLog: changeLog && {
      ...changeLog,
      changes: changeLog.changes.map((change) => ({
        ...change,
        text: withFullWidthPunctuation(change.text),
        reference: readableReference(change.reference),
      })),
    },
  };
}

/**
 * The change log against the version the published one replaced. null for the first version, or when the replaced
 * version's files are no longer where they were (its rows remain; the log cannot be generated without them).
 */
async function changeLogOf(
  db: Kysely<Database>,
  version: ModelVersionRow,
  model: Model,
): Promise<ModelChangeLog | null> {
  const replaced = await findReplacedModelVersion(db, version);
  if (!replaced) return null;
  try {
    return describeModelChanges(compiledModelOf(replaced).model, model);
  } catch (error) {
    if (error instanceof AppError && error.code === 'PRECONDITION_FAILED') return null;
    throw error;
  }
}

// A published version never changes (its digest is frozen), so its documentation is built once per process and publication.
const documented = new Map<string, ModelDocumentation>();

/** The documentation of the model version in force (001 §二(五): how a score is made up must be explainable). */
export async function describePublishedModel(db: Kysely<Database>): Promise<ModelDocumentation> {
  const version = await findPublishedModelVersion(db);
  if (!version) throw new AppError('NOT_FOUND', '尚未发布评价模型');
  const key = `${version.digest}:${version.published_at ? new Date(version.published_at).toISOString() : ''}`;
  let documentation = documented.get(key);
  if (!documentation) {
    const model = compiledModelOf(version).model;
    documentation = buildDocumentation(model, version.published_at, await changeLogOf(db, version, model));
    documented.set(key, documentation);
  }
  return documentation;
}
