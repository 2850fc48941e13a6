import { loadCatalog, type Catalog } from '../catalog/catalog.ts';
import { AppError } from '../domain/app-error.ts';
import { addMonthsToDay, NO_DAY, parseIsoDay } from '../domain/month-arithmetic.ts';
import type { PublicityResolver } from '../domain/publicity.ts';
import { reportedStatusFieldKeys } from './engine-input.ts';
import { loadPublicityResolver } from './load-publicity-rules.ts';
import {
  CATEGORY_FIELDS,
  type Band,
  type CategoryField,
  type DecayStep,
  type Indicator,
  type LookupTable,
  type Model,
  type Parameter,
  type ParameterData,
  type ParameterValue,
} from './model.ts';

/**
 * A model turned into what the evaluation loop needs: indicators by position, their dimensions, veto checks, and —
 * per as-of date — every parameter resolved to the value in force that day, windows and decay steps converted to
 * day numbers. Preparing happens once per as-of date, not per enterprise.
 */

/** A parameter as read for one evaluation: the value in force on the as-of date and the date it took effect. */
export interface ParameterReading {
  parameter: Parameter;
  value: ParameterData;
  effectiveFrom: string;
}

export type PreparedScoring =
  | { type: 'linear'; perUnit: number; cap: number | null }
  | { type: 'as_points'; cap: number | null }
  | { type: 'bands'; bands: Band[] }
  | { type: 'lookup'; table: LookupTable };

export interface PreparedIndicator {
  indicator: Indicator;
  position: number;
  dimension: number;
  /** The share of the total score one point of this indicator is worth (its dimension's weight). */
  weight: number;
  /** Value is a category (text) rather than a number. */
  isCategory: boolean;
  /** Records occurred after this day count (months windows); NO_DAY when the window has no start. */
  windowStartAfterDay: number;
  /** The months of that window (-1: not a months window). */
  windowMonths: number;
  /** Decay steps as "occurred after this day → factor", first hit; the last step has cutoff NO_DAY. */
  decayCutoffs: Int32Array | null;
  /** The months of each decay step (-1: the step without a cutoff). */
  decayMonths: Int32Array | null;
  decayFactors: Float64Array | null;
  weightTable: LookupTable | null;
  scoring: PreparedScoring;
  /** Every parameter the indicator read, for the trace. */
  parameters: ParameterReading[];
}

export interface PreparedModel {
  compiled: CompiledModel;
  asOf: string;
  asOfDay: number;
  indicators: PreparedIndicator[];
  /** The first day after the as-of date on which one of the model's parameters takes a new value (NEVER: none). */
  nextParameterDay: number;
}

/** A day later than any: the result never changes by itself (only when its inputs change). */
export const NEVER = 2_147_483_647;

export interface CompiledVeto {
  id: string;
  label: string;
  indicator: number;
  minValue: number | null;
  values: Set<string> | null;
  capGrade: number;
  reference: string;
}

export interface CompiledModel {
  model: Model;
  catalog: Catalog;
  publicity: PublicityResolver;
  /** The record kinds the model reads, sorted; records of other kinds are no input. */
  inputKinds: string[];
  /**
   * kind → the `fields` key of the department's own status (the catalog field with role `status`), for the kinds the
   * model reads. Besides the publicity rules, this is all an evaluation reads from catalog/ (the record reader fills
   * EngineRecord.reportedStatus from it), so it is exactly what the fingerprint's `catalog=` line digests.
   */
  reportedStatusKeys: Map<string, string>;
  indicatorPosition: Map<string, number>;
  dimensionOf: Int32Array;
  vetoes: CompiledVeto[];
  /** Everything prepared for a date (cached: a re-evaluation of everyone uses one as-of date). */
  prepare(asOf: string): PreparedModel;
}

/** The value of a parameter in force on a day, or undefined when none is (before its first date, or repealed). */
export function parameterValueOn(parameter: Parameter, day: number): ParameterValue | undefined {
  let found: ParameterValue | undefined;
  for (const value of parameter.values) {
    if (value.fromDay <= day) found = value;
    else break;
  }
  return found && found.value !== null ? found : undefined;
}

/** The first day after `asOfDay` on which any parameter of the model takes a new value (or is repealed). */
function nextParameterDay(model: Model, asOfDay: number): number {
  let next = NEVER;
  for (const parameter of model.parameters.values())
    for (const value of parameter.values)
      if (value.fromDay > asOfDay) {
        if (value.fromDay < next) next = value.fromDay;
        break;
      }
  return next;
}

function isCategoryIndicator(indicator: Indicator): boolean {
  const rule = indicator.rule;
  return (
    rule.type === 'enterprise_tiers' ||
    rule.type === 'enterprise_status' ||
    (rule.type === 'latest' && CATEGORY_FIELDS.includes(rule.field as CategoryField))
  );
}

function prepareIndicator(
  compiled: CompiledModel,
  indicator: Indicator,
  position: number,
  asOf: string,
  asOfDay: number,
): PreparedIndicator {
  const model = compiled.model;
  const readings: ParameterReading[] = [];
  const read = <T extends ParameterData>(id: string): T => {
    const parameter = model.parameters.get(id)!;
    const value = parameterValueOn(parameter, asOfDay);
    if (!value) {
      throw new AppError(
        'PRECONDITION_FAILED',
        `参数 ${id}（${parameter.description}）在 ${asOf} 没有有效值；模型 ${model.id}/${model.version} 可评价的起始日为 ${model.evaluableFrom}`,
      );
    }
    if (!readings.some((reading) => reading.parameter.id === id))
      readings.push({ parameter, value: value.value!, effectiveFrom: value.from });
    return value.value as T;
  };

  const rule = indicator.rule;
  const windowMonths = rule.window.type === 'months' ? read<number>(rule.window.parameter) : -1;
  const windowStartAfterDay = windowMonths >= 0 ? addMonthsToDay(asOfDay, -windowMonths) : NO_DAY;
  let decayCutoffs: Int32Array | null = null;
  let decayMonths: Int32Array | null = null;
  let decayFactors: Float64Array | null = null;
  if (rule.decay) {
    const steps = read<DecayStep[]>(rule.decay);
    decayCutoffs = new Int32Array(steps.length);
    decayMonths = new Int32Array(steps.length);
    decayFactors = new Float64Array(steps.length);
    steps.forEach((step, index) => {
      decayCutoffs![index] = step.maxAgeMonths === null ? NO_DAY : addMonthsToDay(asOfDay, -step.maxAgeMonths);
      decayMonths![index] = step.maxAgeMonths ?? -1;
      decayFactors![index] = step.factor;
    });
  }
  const weightTable = rule.weightBy ? read<LookupTable>(rule.weightBy.table) : null;
  const spec = indicator.scoring;
  let scoring: PreparedScoring;
  switch (spec.type) {
    case 'linear':
      scoring = {
        type: 'linear',
        perUnit: read<number>(spec.perUnit),
        cap: spec.cap === null ? null : read<number>(spec.cap),
      };
      break;
    case 'as_points':
      scoring = { type: 'as_points', cap: spec.cap === null ? null : read<number>(spec.cap) };
      break;
    case 'bands':
      scoring = { type: 'bands', bands: read<Band[]>(spec.table) };
      break;
    case 'lookup':
      scoring = { type: 'lookup', table: read<LookupTable>(spec.table) };
      break;
  }
  const dimension = compiled.dimensionOf[position];
  return {
    indicator,
    position,
    dimension,
    weight: model.dimensions[dimension].weight,
    isCategory: isCategoryIndicator(indicator),
    windowStartAfterDay,
    windowMonths,
    decayCutoffs,
    decayMonths,
    decayFactors,
    weightTable,
    scoring,
    parameters: readings,
  };
}

/** Compiles a loaded model (see load-model.ts). The publicity rules default to catalog/publicity-rules.yaml. */
export function compileModel(
  model: Model,
  options: { catalog?: Catalog; publicity?: PublicityResolver } = {},
): CompiledModel {
  const catalog = options.catalog ?? loadCatalog();
  const publicity = options.publicity ?? loadPublicityResolver();
  const indicatorPosition = new Map(model.indicators.map((indicator, index) => [indicator.id, index]));
  const dimensionIndex = new Map(model.dimensions.map((dimension, index) => [dimension.id, index]));
  const dimensionOf = new Int32Array(
    model.indicators.map((indicator) => dimensionIndex.get(indicator.dimension) ?? -1),
  );
  const gradeIndex = new Map(model.grades.map((row, index) => [row.grade, index]));
  const vetoes = model.vetoes.map((veto) => ({
    id: veto.id,
    label: veto.label,
    indicator: indicatorPosition.get(veto.indicator)!,
    minValue: veto.minValue,
    values: veto.values ? new Set(veto.values) : null,
    capGrade: gradeIndex.get(veto.capGrade)!,
    reference: veto.reference,
  }));
  const prepared = new Map<string, PreparedModel>();
  const inputKinds = [...new Set(model.indicators.flatMap((indicator) => indicator.rule.kinds))].sort();
  const statusKeys = reportedStatusFieldKeys(catalog);
  const compiled: CompiledModel = {
    model,
    catalog,
    publicity,
    inputKinds,
    reportedStatusKeys: new Map(
      inputKinds.filter((kind) => statusKeys.has(kind)).map((kind) => [kind, statusKeys.get(kind)!]),
    ),
    indicatorPosition,
    dimensionOf,
    vetoes,
    prepare(asOf: string): PreparedModel {
      const cached = prepared.get(asOf);
      if (cached) return cached;
      const asOfDay = parseIsoDay(asOf);
      if (asOfDay === NO_DAY) throw new AppError('INVALID_INPUT', `评价基准日不是有效日期（YYYY-MM-DD）： ${asOf}`);
      if (asOf < model.evaluableFrom) {
        throw new AppError(
          'PRECONDITION_FAILED',
          `模型 ${model.id}/${model.version} 只能评价 ${model.evaluableFrom} 及以后的日期，不能评价 ${asOf}`,
        );
      }
      const result: PreparedModel = {
        compiled,
        asOf,
        asOfDay,
        indicators: model.indicators.map((indicator, position) =>
          prepareIndicator(compiled, indicator, position, asOf, asOfDay),
        ),
        nextParameterDay: nextParameterDay(model, asOfDay),
      };
      prepared.set(asOf, result);
      return result;
    },
  };
  return compiled;
}
