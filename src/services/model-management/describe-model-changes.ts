import { canonicalJson } from '../../domain/canonical-json.ts';
import { modelVersionName, type Model, type Parameter } from '../../engine/model.ts';
import { describeParameterValue } from './describe-parameter-value.ts';

/**
 * The change log between two versions of a model (变更记录), generated from their files so it cannot drift from
 * what the versions evaluate: dates, dimensions (weight, base, caps), indicators (added, removed, rule or scoring
 * changed), parameters (every dated value), the grade table and the vetoes. The public model page shows it against
 * the version the published one replaced; a simulation shows it against the published version.
 */

export type ModelChangeSubject = 'model' | 'dimension' | 'indicator' | 'parameter' | 'grade' | 'veto';

export interface ModelChange {
  subject: ModelChangeSubject;
  change: 'added' | 'removed' | 'changed';
  /** The dimension, indicator, parameter, grade or veto id ('' for the model itself). */
  id: string;
  /** One sentence in Chinese saying what changed, with both values. */
  text: string;
  /** The reference of the new (or, when removed, the old) item. */
  reference: string;
}

export interface ModelChangeLog {
  from: string;
  to: string;
  changes: ModelChange[];
}

const percent = (weight: number) => `${Math.round(weight * 10_000) / 100}%`;

function byId<T extends { id: string }>(items: Iterable<T>): Map<string, T> {
  return new Map([...items].map((item) => [item.id, item]));
}

function valuesText(parameter: Parameter): string {
  return parameter.values
    .map((value) => `自 ${value.from} 起 ${describeParameterValue(parameter.type, value.value, parameter.unit)}`)
    .join('；');
}

function compareModel(from: Model, to: Model, changes: ModelChange[]): void {
  const dated: Array<[keyof Model & ('effectiveFrom' | 'evaluableFrom'), string]> = [
    ['effectiveFrom', '作为正式评价模型使用的日期'],
    ['evaluableFrom', '可评价的最早基准日'],
  ];
  for (const [key, label] of dated)
    if (from[key] !== to[key])
      changes.push({
        subject: 'model',
        change: 'changed',
        id: '',
        text: `${label}由 ${from[key]} 改为 ${to[key]}`,
        reference: to.reference,
      });
}

function compareDimensions(from: Model, to: Model, changes: ModelChange[]): void {
  const before = byId(from.dimensions);
  for (const dimension of to.dimensions) {
    const old = before.get(dimension.id);
    if (!old) {
      changes.push({
        subject: 'dimension',
        change: 'added',
        id: dimension.id,
        text: `新增维度“${dimension.label}”，权重 ${percent(dimension.weight)}，基础分 ${dimension.base}`,
        reference: dimension.reference,
      });
      continue;
    }
    const parts: string[] = [];
    if (old.weight !== dimension.weight) parts.push(`权重 ${percent(old.weight)} → ${percent(dimension.weight)}`);
    if (old.base !== dimension.base) parts.push(`基础分 ${old.base} → ${dimension.base}`);
    if (old.min !== dimension.min || old.max !== dimension.max)
      parts.push(`上下限 [${old.min}, ${old.max}] → [${dimension.min}, ${dimension.max}]`);
    if (parts.length > 0)
      changes.push({
        subject: 'dimension',
        change: 'changed',
        id: dimension.id,
        text: `维度“${dimension.label}”：${parts.join('，')}`,
        reference: dimension.reference,
      });
  }
  for (const old of from.dimensions)
    if (!to.dimensions.some((dimension) => dimension.id === old.id))
      changes.push({
        subject: 'dimension',
        change: 'removed',
        id: old.id,
        text: `删除维度“${old.label}”`,
        reference: old.reference,
      });
}

function compareIndicators(from: Model, to: Model, changes: ModelChange[]): void {
  const before = byId(from.indicators);
  const dimensionLabel = (model: Model, id: string) =>
    model.dimensions.find((dimension) => dimension.id === id)?.label ?? id;
  for (const indicator of to.indicators) {
    const old = before.get(indicator.id);
    if (!old) {
      changes.push({
        subject: 'indicator',
        change: 'added',
        id: indicator.id,
        text: `新增指标“${indicator.label}”（维度“${dimensionLabel(to, indicator.dimension)}”）：${indicator.description}`,
        reference: indicator.reference,
      });
      continue;
    }
    const parts: string[] = [];
    if (old.dimension !== indicator.dimension) parts.push(`改属维度“${dimensionLabel(to, indicator.dimension)}”`);
    if (canonicalJson(old.rule) !== canonicalJson(indicator.rule)) parts.push('取值规则改变');
    if (canonicalJson(old.scoring) !== canonicalJson(indicator.scoring)) parts.push('计分方式改变');
    if (parts.length > 0)
      changes.push({
        subject: 'indicator',
        change: 'changed',
        id: indicator.id,
        text: `指标“${indicator.label}”：${parts.join('，')}；现为：${indicator.description}`,
        reference: indicator.reference,
      });
  }
  for (const old of from.indicators)
    if (!to.indicators.some((indicator) => indicator.id === old.id))
      changes.push({
        subject: 'indicator',
        change: 'removed',
        id: old.id,
        text: `删除指标“${old.label}”`,
        reference: old.reference,
      });
}

function compareParameters(from: Model, to: Model, changes: ModelChange[]): void {
  for (const parameter of to.parameters.values()) {
    const old = from.parameters.get(parameter.id);
    if (!old) {
      changes.push({
        subject: 'parameter',
        change: 'added',
        id: parameter.id,
        text: `新增参数 ${parameter.id}（${parameter.description}）：${valuesText(parameter)}`,
        reference: parameter.reference,
      });
      continue;
    }
    const sameValues =
      old.type === parameter.type &&
      canonicalJson(old.values.map(({ from: day, value }) => ({ day, value }))) ===
        canonicalJson(parameter.values.map(({ from: day, value }) => ({ day, value })));
    if (!sameValues)
      changes.push({
        subject: 'parameter',
        change: 'changed',
        id: parameter.id,
        text: `参数 ${parameter.id}（${parameter.description}）：${valuesText(old)} → ${valuesText(parameter)}`,
        reference: parameter.reference,
      });
  }
  for (const old of from.parameters.values())
    if (!to.parameters.has(old.id))
      changes.push({
        subject: 'parameter',
        change: 'removed',
        id: old.id,
        text: `删除参数 ${old.id}（${old.description}）`,
        reference: old.reference,
      });
}

function compareGrades(from: Model, to: Model, changes: ModelChange[]): void {
  const line = (minScore: number | null) => (minScore === null ? '兜底' : `${minScore} 分`);
  for (const row of to.grades) {
    const old = from.grades.find((candidate) => candidate.grade === row.grade);
    if (!old) {
      changes.push({
        subject: 'grade',
        change: 'added',
        id: row.grade,
        text: `新增等级 ${row.grade}（${row.label}），分数线 ${line(row.minScore)}`,
        reference: to.reference,
      });
      continue;
    }
    const parts: string[] = [];
    if (old.minScore !== row.minScore) parts.push(`分数线 ${line(old.minScore)} → ${line(row.minScore)}`);
    if (old.label !== row.label) parts.push(`名称 ${old.label} → ${row.label}`);
    if (old.samr.class !== row.samr.class) parts.push(`对应风险分类 ${old.samr.class} → ${row.samr.class}`);
    if (parts.length > 0)
      changes.push({
        subject: 'grade',
        change: 'changed',
        id: row.grade,
        text: `${row.grade} 级：${parts.join('，')}`,
        reference: to.reference,
      });
  }
  for (const old of from.grades)
    if (!to.grades.some((row) => row.grade === old.grade))
      changes.push({
        subject: 'grade',
        change: 'removed',
        id: old.grade,
        text: `删除等级 ${old.grade}（${old.label}）`,
        reference: from.reference,
      });
}

function compareVetoes(from: Model, to: Model, changes: ModelChange[]): void {
  const before = byId(from.vetoes);
  for (const veto of to.vetoes) {
    const old = before.get(veto.id);
    if (!old) {
      changes.push({
        subject: 'veto',
        change: 'added',
        id: veto.id,
        text: `新增否决项“${veto.label}”：等级不高于 ${veto.capGrade}`,
        reference: veto.reference,
      });
    } else if (
      canonicalJson({ ...old, reference: '', label: '' }) !== canonicalJson({ ...veto, reference: '', label: '' })
    )
      changes.push({
        subject: 'veto',
        change: 'changed',
        id: veto.id,
        text: `否决项“${veto.label}”：${old.capGrade === veto.capGrade ? '适用条件改变' : `封顶等级 ${old.capGrade} → ${veto.capGrade}`}`,
        reference: veto.reference,
      });
  }
  for (const old of from.vetoes)
    if (!to.vetoes.some((veto) => veto.id === old.id))
      changes.push({
        subject: 'veto',
        change: 'removed',
        id: old.id,
        text: `删除否决项“${old.label}”`,
        reference: old.reference,
      });
}

/** What changed from one model version to another, in the order a reader meets the model. */
export function describeModelChanges(from: Model, to: Model): ModelChangeLog {
  const changes: ModelChange[] = [];
  compareModel(from, to, changes);
  compareDimensions(from, to, changes);
  compareIndicators(from, to, changes);
  compareParameters(from, to, changes);
  compareGrades(from, to, changes);
  compareVetoes(from, to, changes);
  return { from: modelVersionName(from), to: modelVersionName(to), changes };
}
