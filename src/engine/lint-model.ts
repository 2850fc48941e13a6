import path from 'node:path';
import { loadCatalog, type Catalog } from '../catalog/catalog.ts';
import { addDays } from '../domain/month-arithmetic.ts';
import { FIELD_ROLES, readModel, REPOSITORY_ROOT, type ModelProblem } from './load-model.ts';
import type { Band, Indicator, LookupTable, Model, Parameter } from './model.ts';

/**
 * `xinping model lint`: everything `readModel` finds (unknown kinds, missing references, units or descriptions,
 * malformed values …) plus the rules a publishable model must follow: weights that add up to 100%, a first-hit
 * grade table ending with a catch-all row, every parameter covering every date the model can evaluate, band
 * tables with a catch-all band, lookup keys that can actually occur, no unused parameter, and test cases for every
 * indicator on both sides of every effective date of the parameters it reads.
 */

export interface LintResult {
  dir: string;
  model: Model | null;
  problems: ModelProblem[];
}

const WEIGHT_TOLERANCE = 1e-9;

function percent(value: number): string {
  return `${Math.round(value * 1e6) / 1e4}%`;
}

/** The parameters an indicator reads. */
export function indicatorParameters(indicator: Indicator): string[] {
  const ids: string[] = [];
  const rule = indicator.rule;
  if (rule.window.type === 'months') ids.push(rule.window.parameter);
  if (rule.decay) ids.push(rule.decay);
  if (rule.weightBy) ids.push(rule.weightBy.table);
  const scoring = indicator.scoring;
  if (scoring.type === 'linear') ids.push(scoring.perUnit, ...(scoring.cap ? [scoring.cap] : []));
  if (scoring.type === 'as_points' && scoring.cap) ids.push(scoring.cap);
  if (scoring.type === 'bands' || scoring.type === 'lookup') ids.push(scoring.table);
  return ids.filter((id) => id !== '');
}

function checkWeights(model: Model, problems: ModelProblem[]): void {
  const total = model.dimensions.reduce((sum, dimension) => sum + dimension.weight, 0);
  if (Math.abs(total - 1) > WEIGHT_TOLERANCE) {
    problems.push({
      file: 'model.yaml',
      field: 'dimensions[].weight',
      message: `各维度权重合计为 ${percent(total)}，应为 100%`,
    });
  }
}

function checkGrades(model: Model, problems: ModelProblem[]): void {
  const grades = model.grades;
  if (grades.length === 0) return;
  const catchAll = grades.findIndex((row) => row.minScore === null);
  if (catchAll === -1) {
    problems.push({
      file: 'model.yaml',
      field: `grades[${grades.length - 1}]`,
      message: '等级表缺少兜底行：最后一行不设 min_score，使任何分数都能得到等级',
    });
  } else if (catchAll < grades.length - 1) {
    problems.push({
      file: 'model.yaml',
      field: `grades[${catchAll + 1}]`,
      message: '兜底行之后的等级永远不会命中（先命中者生效）',
    });
  }
  const seen = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  grades.forEach((row, index) => {
    if (seen.has(row.grade))
      problems.push({ file: 'model.yaml', field: `grades[${index}].grade`, message: `等级 ${row.grade} 重复` });
    seen.add(row.grade);
    if (row.minScore === null) return;
    if (row.minScore >= previous)
      problems.push({
        file: 'model.yaml',
        field: `grades[${index}].min_score`,
        message: `分数线 ${row.minScore} 不低于上一行，该行永远不会命中（先命中者生效，分数线应逐行降低）`,
      });
    if (row.minScore < model.scoreMin || row.minScore > model.scoreMax)
      problems.push({
        file: 'model.yaml',
        field: `grades[${index}].min_score`,
        message: `分数线应在 ${model.scoreMin} 到 ${model.scoreMax} 之间`,
      });
    previous = row.minScore;
  });
}

function checkCoverage(model: Model, parameter: Parameter, problems: ModelProblem[]): void {
  if (!model.evaluableFrom || parameter.values.length === 0) return;
  const first = parameter.values[0];
  if (first.from > model.evaluableFrom) {
    problems.push({
      file: parameter.file,
      field: `${parameter.id}.values`,
      message: `${model.evaluableFrom} 至 ${addDays(first.from, -1)} 之间没有取值（模型从 ${model.evaluableFrom} 起可评价）`,
    });
  }
  parameter.values.forEach((value, index) => {
    if (value.value !== null) return;
    const next = parameter.values.slice(index + 1).find((later) => later.value !== null);
    problems.push({
      file: parameter.file,
      field: `${parameter.id}.values.${value.from}`,
      message: next
        ? `${value.from} 至 ${addDays(next.from, -1)} 之间没有取值`
        : `自 ${value.from} 起没有取值，但模型仍在使用该参数`,
    });
  });
}

function checkTableShapes(parameter: Parameter, problems: ModelProblem[]): void {
  for (const value of parameter.values) {
    if (parameter.type === 'bands' && Array.isArray(value.value)) {
      const bands = value.value as Band[];
      const last = bands[bands.length - 1];
      if (!last || last.min !== null || last.below !== null) {
        problems.push({
          file: parameter.file,
          field: `${parameter.id}.values.${value.from}`,
          message: '分段表缺少兜底段：最后一段不设 min 和 below',
        });
      }
    }
  }
}

/** Lookup keys must be values the indicator can actually read, or a typo silently scores nothing. */
function checkLookupKeys(model: Model, indicator: Indicator, catalog: Catalog, problems: ModelProblem[]): void {
  const rule = indicator.rule;
  const tables: { id: string; allowed: Set<string> | null }[] = [];
  const allowedFor = (field: string | null): Set<string> | null => {
    if (field === 'level') return new Set(['轻微', '一般', '严重']);
    if (field === 'department') {
      const departments = new Set<string>();
      for (const kind of rule.kinds) {
        const known = catalog.kind(kind);
        if (!known) return null; // an unknown kind (reported by readModel) could be sent by any department
        for (const department of known.departments) departments.add(department);
      }
      return departments;
    }
    const role = FIELD_ROLES[field as keyof typeof FIELD_ROLES];
    const values = new Set<string>();
    for (const kind of rule.kinds) {
      const catalogField = catalog.kind(kind)?.fields.find((candidate) => candidate.role === role);
      if (!catalogField?.values) return null; // free text: any key may occur
      for (const item of catalogField.values) values.add(item);
    }
    return values;
  };
  if (indicator.scoring.type === 'lookup') {
    if (rule.type === 'enterprise_tiers')
      tables.push({ id: indicator.scoring.table, allowed: new Set(catalog.tiers.map((tier) => tier.code)) });
    else if (rule.type === 'latest') tables.push({ id: indicator.scoring.table, allowed: allowedFor(rule.field) });
  }
  if (rule.weightBy) tables.push({ id: rule.weightBy.table, allowed: allowedFor(rule.weightBy.field) });
  for (const { id, allowed } of tables) {
    const parameter = model.parameters.get(id);
    if (!parameter || !allowed) continue;
    for (const value of parameter.values) {
      for (const key of Object.keys((value.value ?? {}) as LookupTable)) {
        if (key === 'default' || key === 'none' || allowed.has(key)) continue;
        problems.push({
          file: parameter.file,
          field: `${id}.values.${value.from}.${key}`,
          message: `“${key}”不是指标 ${indicator.id} 可能读到的取值（${[...allowed].join('/')}）`,
        });
      }
    }
  }
}

function checkTests(model: Model, indicator: Indicator, problems: ModelProblem[]): void {
  const testFile = `indicators/${indicator.id}.test.yaml`;
  if (indicator.tests.length === 0) {
    problems.push({ file: testFile, field: '', message: `指标 ${indicator.id} 没有测试用例` });
    return;
  }
  for (const id of new Set(indicatorParameters(indicator))) {
    const parameter = model.parameters.get(id);
    if (!parameter) continue;
    for (const value of parameter.values.slice(1)) {
      const hasBefore = indicator.tests.some((test) => test.asOf !== '' && test.asOf < value.from);
      const hasAfter = indicator.tests.some((test) => test.asOf >= value.from);
      if (!hasBefore)
        problems.push({
          file: testFile,
          field: '',
          message: `缺少参数 ${id} 生效日 ${value.from} 之前（as_of < ${value.from}）的测试用例`,
        });
      if (!hasAfter)
        problems.push({
          file: testFile,
          field: '',
          message: `缺少参数 ${id} 生效日 ${value.from} 当日或之后的测试用例`,
        });
    }
  }
}

/** Lints one model directory. */
export function lintModel(dir: string, catalog: Catalog = loadCatalog()): LintResult {
  const { model, problems } = readModel(dir, catalog);
  const relative = path.relative(REPOSITORY_ROOT, path.resolve(dir));
  if (!model) return { dir: relative, model, problems };
  checkWeights(model, problems);
  checkGrades(model, problems);
  // The engine keeps the applied vetoes of an enterprise in one 32-bit mask.
  if (model.vetoes.length > 31) problems.push({ file: 'model.yaml', field: 'vetoes', message: '否决项最多 31 个' });
  const used = new Set(model.indicators.flatMap(indicatorParameters));
  for (const parameter of model.parameters.values()) {
    checkCoverage(model, parameter, problems);
    checkTableShapes(parameter, problems);
    if (!used.has(parameter.id))
      problems.push({ file: parameter.file, field: parameter.id, message: '参数未被任何指标使用' });
  }
  for (const indicator of model.indicators) {
    checkLookupKeys(model, indicator, catalog, problems);
    checkTests(model, indicator, problems);
  }
  return { dir: relative, model, problems };
}
