import { loadCatalog, type Catalog, type FieldRole } from '../../catalog/catalog.ts';
import { loadPoliciesFile } from '../../catalog/policies.ts';
import { loadProfileTagsFile } from '../../catalog/profile-tags.ts';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { loadModel } from '../../engine/load-model.ts';
import { DEFAULT_MODEL_DIR } from '../evaluation/ensure-published-model.ts';
import { POLICY_MODES, type Policy, type PolicyCatalog, type PolicyCondition, type PolicyMode } from './policy.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

export const POLICIES_FILE = 'policies.yaml';

/** What policy conditions are checked against: the catalog's codes and the grades of the evaluation model. */
export interface PolicyVocabulary {
  catalog: Catalog;
  grades: string[];
  /** The 信用画像 tag codes has_tag and lacks_tag may name; null where tags cannot be named (a tag's own rule). */
  tagCodes: string[] | null;
}

const CONDITION_KEYS = [
  'all',
  'any',
  'tier_in',
  'grade_in',
  'industry_in',
  'region_in',
  'registered_before_years',
  'registered_within_years',
  'in_incubator',
  'has_record',
  'no_active_negative',
  'not',
  'has_tag',
  'lacks_tag',
  'first_recognition',
  'rnd_intensity',
  'revenue_growth',
];
const HAS_RECORD_KEYS = ['kind', 'subtype_in', 'grade_in', 'status_in', 'in_force', 'within_months', 'min_count'];
const NO_ACTIVE_NEGATIVE_KEYS = ['kinds', 'within_months'];
const FIRST_RECOGNITION_KEYS = ['kind', 'subtype_in', 'within_months'];
const INDUSTRY_PREFIX = /^[A-T](\d{2}(\d{1,2})?)?$/;
const REGION_PREFIX = /^\d{2}(\d{2}){0,2}$/;

/**
 * Reads and checks policies (already parsed from YAML). Every problem is collected and reported at once, each naming
 * the policy and the field, e.g. `政策 ip_pledge_interest_subsidy 的 conditions.all[1].has_record.kind:…`.
 */
export function parsePolicyCatalog(raw: unknown, vocabulary: PolicyVocabulary): PolicyCatalog {
  const problems: string[] = [];
  const file = (raw ?? {}) as Record<string, unknown>;
  const operatingStatuses = stringList(file.operating_statuses);
  if (!operatingStatuses || operatingStatuses.length === 0)
    problems.push('operating_statuses：应列出经营中的登记状态，如 [存续， 在业]');
  if (!Array.isArray(file.policies) || file.policies.length === 0) problems.push('policies：应至少有一项政策');
  const policies: Policy[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of (Array.isArray(file.policies) ? file.policies : []).entries()) {
    const item = (entry ?? {}) as Record<string, unknown>;
    const code = typeof item.code === 'string' && /^[a-z][a-z0-9_]*$/.test(item.code) ? item.code : undefined;
    const label = code ? `政策 ${code}` : `第 ${index + 1} 项政策`;
    const problem = (field: string, message: string) => problems.push(`${label} 的 ${field}：${message}`);
    if (!code) problem('code', '应为小写英文字母、数字和下划线组成的标识，以字母开头');
    else if (seen.has(code)) problem('code', '与前面的政策重复');
    else seen.add(code);
    const text = (field: string): string => {
      const value = item[field];
      if (typeof value !== 'string' || value.trim() === '') {
        problem(field, '不能为空');
        return '';
      }
      return value.trim();
    };
    const name = text('name');
    const reference = text('reference');
    const basis = text('basis');
    const benefit = text('benefit');
    const departmentCode = text('department');
    if (departmentCode && !vocabulary.catalog.departments.some((department) => department.code === departmentCode)) {
      problem('department', `部门“${departmentCode}”不在 departments.yaml 中`);
    }
    const mode = item.mode as PolicyMode;
    if (!Object.hasOwn(POLICY_MODES, String(mode)))
      problem(
        'mode',
        `应为 ${Object.entries(POLICY_MODES)
          .map(([key, value]) => `${key}(${value})`)
          .join(' 或 ')}`,
      );
    if (item.is_local_example !== undefined && typeof item.is_local_example !== 'boolean')
      problem('is_local_example', '应为 true 或 false');
    const validFrom = dateText(item.valid_from);
    const validTo = item.valid_to === undefined || item.valid_to === null ? null : dateText(item.valid_to);
    if (!validFrom) problem('valid_from', '应为日期 YYYY-MM-DD');
    if (validTo === undefined) problem('valid_to', '应为日期 YYYY-MM-DD，或留空表示长期有效');
    if (validFrom && validTo && validTo < validFrom) problem('valid_to', `不能早于 valid_from(${validFrom})`);
    const conditions =
      item.conditions === undefined
        ? undefined
        : parseCondition(item.conditions, 'conditions', (field, message) => problem(field, message), vocabulary);
    if (item.conditions === undefined) problem('conditions', '不能为空：免申即享的政策必须写明享受条件');
    if (code && conditions && validFrom && validTo !== undefined && Object.hasOwn(POLICY_MODES, String(mode))) {
      policies.push({
        code,
        name,
        departmentCode,
        reference,
        isLocalExample: item.is_local_example === true,
        basis,
        mode,
        validFrom,
        validTo,
        benefit,
        conditions,
      });
    }
  }
  if (problems.length > 0) throw new AppError('INVALID_INPUT', `${POLICIES_FILE} 有误：\n${problems.join('\n')}`);
  return { operatingStatuses: operatingStatuses!, policies };
}

export function parseCondition(
  raw: unknown,
  field: string,
  problem: (field: string, message: string) => void,
  vocabulary: PolicyVocabulary,
): PolicyCondition | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem(field, `应为一个条件（${CONDITION_KEYS.join('、')} 之一）`);
    return undefined;
  }
  const keys = Object.keys(raw);
  if (keys.length !== 1 || !CONDITION_KEYS.includes(keys[0]!)) {
    problem(field, `每个条件只能有一个键，且为 ${CONDITION_KEYS.join('、')} 之一（现为 ${keys.join('、') || '空'}）`);
    return undefined;
  }
  const key = keys[0]!;
  const value = (raw as Record<string, unknown>)[key];
  const at = `${field}.${key}`;
  const { catalog, grades } = vocabulary;
  const codes = (allowed: string[], what: string): string[] | undefined => {
    const list = stringList(value);
    if (!list || list.length === 0) return void problem(at, `应为非空的${what}列表`);
    const unknown = list.filter((item) => !allowed.includes(item));
    if (unknown.length > 0)
      return void problem(at, `${what}“${unknown.join('、')}”不存在，可选：${allowed.join('、')}`);
    return list;
  };
  const years = (): number | undefined => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 100)
      return void problem(at, '应为 1–100 的整数（年）');
    return value;
  };
  switch (key) {
    case 'all':
    case 'any': {
      if (!Array.isArray(value) || value.length === 0) return void problem(at, '应为非空的条件列表');
      const children = value.map((child, index) => parseCondition(child, `${at}[${index}]`, problem, vocabulary));
      return children.every((child) => child !== undefined)
        ? { type: key, conditions: children as PolicyCondition[] }
        : undefined;
    }
    case 'tier_in': {
      const tiers = codes(
        catalog.tiers.map((tier) => tier.code),
        '梯次培育库层级',
      );
      return tiers && { type: 'tier_in', tiers };
    }
    case 'grade_in': {
      const list = codes(grades, '信用等级');
      return list && { type: 'grade_in', grades: list };
    }
    case 'industry_in': {
      const list = stringList(value);
      if (!list || list.length === 0) return void problem(at, '应为非空的行业代码前缀列表，如 [C39, I65]');
      const bad = list.filter(
        (prefix) => !INDUSTRY_PREFIX.test(prefix) || !Object.hasOwn(catalog.industrySections, prefix[0]!),
      );
      if (bad.length > 0)
        return void problem(
          at,
          `行业代码前缀“${bad.join('、')}”无效：应为 GB/T 4754 门类字母，可带 2–4 位数字，如 C、C39、I6513`,
        );
      return { type: 'industry_in', prefixes: list };
    }
    case 'region_in': {
      const list = Array.isArray(value) ? value.map(String) : undefined;
      if (!list || list.length === 0) return void problem(at, "应为非空的行政区划代码前缀列表，如 ['420703']");
      const bad = list.filter((prefix) => !REGION_PREFIX.test(prefix));
      if (bad.length > 0)
        return void problem(at, `行政区划代码前缀“${bad.join('、')}”无效：应为 2、4 或 6 位数字（GB/T 2260）`);
      return { type: 'region_in', prefixes: list };
    }
    case 'registered_before_years':
    case 'registered_within_years': {
      const count = years();
      return count === undefined ? undefined : { type: key, years: count };
    }
    case 'in_incubator': {
      if (value === true) return { type: 'in_incubator', incubators: null };
      const list = codes(
        catalog.incubators.map((incubator) => incubator.code),
        '孵化载体',
      );
      return list && { type: 'in_incubator', incubators: list };
    }
    case 'has_record':
      return parseHasRecord(value, at, problem, catalog);
    case 'not': {
      const inner = parseCondition(value, at, problem, vocabulary);
      return inner && { type: 'not', condition: inner };
    }
    case 'has_tag':
    case 'lacks_tag': {
      if (vocabulary.tagCodes === null) return void problem(at, '标签的规则不能引用其他标签');
      const tags = codes(vocabulary.tagCodes, '信用画像标签');
      return tags && { type: key, tags };
    }
    case 'first_recognition':
      return parseFirstRecognition(value, at, problem, catalog);
    case 'rnd_intensity':
      return parseRndIntensity(value, at, problem);
    case 'revenue_growth': {
      const options = objectOf(value, at, ['min_ratio', 'within_months'], problem);
      if (!options) return undefined;
      const minRatio = ratioOption(options.min_ratio, `${at}.min_ratio`, problem);
      const withinMonths = monthsOption(options.within_months, `${at}.within_months`, problem);
      if (withinMonths === null) problem(`${at}.within_months`, '不能为空');
      if (minRatio === undefined || !withinMonths) return undefined;
      return { type: 'revenue_growth', minRatio, withinMonths };
    }
    case 'no_active_negative': {
      const options = (value ?? {}) as Record<string, unknown>;
      if (typeof options !== 'object' || Array.isArray(options))
        return void problem(at, '应为 { kinds, within_months }，可为空 {}');
      const extra = Object.keys(options).filter((name) => !NO_ACTIVE_NEGATIVE_KEYS.includes(name));
      if (extra.length > 0)
        return void problem(at, `不认识的选项 ${extra.join('、')}，可用：${NO_ACTIVE_NEGATIVE_KEYS.join('、')}`);
      const negative = catalog.kinds.filter((kind) => kind.polarity === 'negative').map((kind) => kind.code);
      let kinds: string[] | null = null;
      if (options.kinds !== undefined) {
        const list = stringList(options.kinds);
        const wrong = list?.filter((kind) => !negative.includes(kind));
        if (!list || list.length === 0)
          return void problem(`${at}.kinds`, '应为非空的负面记录类别列表，或省略表示全部负面类别');
        if (wrong!.length > 0)
          return void problem(`${at}.kinds`, `“${wrong!.join('、')}”不是负面记录类别，可选：${negative.join('、')}`);
        kinds = list;
      }
      const withinMonths = monthsOption(options.within_months, `${at}.within_months`, problem);
      if (withinMonths === undefined) return undefined;
      return { type: 'no_active_negative', kinds, withinMonths };
    }
  }
  return undefined;
}

function parseHasRecord(
  value: unknown,
  at: string,
  problem: (field: string, message: string) => void,
  catalog: Catalog,
): PolicyCondition | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return void problem(at, '应为 { kind, … }');
  const options = value as Record<string, unknown>;
  const extra = Object.keys(options).filter((name) => !HAS_RECORD_KEYS.includes(name));
  if (extra.length > 0)
    return void problem(at, `不认识的选项 ${extra.join('、')}，可用：${HAS_RECORD_KEYS.join('、')}`);
  const kind = typeof options.kind === 'string' ? catalog.kind(options.kind) : undefined;
  if (!kind) return void problem(`${at}.kind`, `记录类别“${String(options.kind ?? '')}”不在 record-kinds.yaml 中`);
  let isValid = true;
  /** A filter on a standard column: only when the kind has a field with that role, and only its listed values. */
  const valuesOf = (option: 'subtype_in' | 'grade_in' | 'status_in', role: FieldRole): string[] | null => {
    if (options[option] === undefined) return null;
    const list = Array.isArray(options[option]) ? (options[option] as unknown[]).map(String) : undefined;
    const field = kind.fields.find((candidate) => candidate.role === role);
    if (!list || list.length === 0) problem(`${at}.${option}`, '应为非空列表');
    else if (!field) problem(`${at}.${option}`, `记录类别 ${kind.code}（${kind.label}）没有此项`);
    else if (field.values && list.some((item) => !field.values!.includes(item)))
      problem(
        `${at}.${option}`,
        `“${list.filter((item) => !field.values!.includes(item)).join('、')}”不是${field.header}的可选值（${field.values.join('、')}）`,
      );
    else return list;
    isValid = false;
    return null;
  };
  const subtypeIn = valuesOf('subtype_in', 'subtype');
  const gradeIn = valuesOf('grade_in', 'grade');
  const statusIn = valuesOf('status_in', 'status');
  if (options.in_force !== undefined && typeof options.in_force !== 'boolean') {
    problem(`${at}.in_force`, '应为 true 或 false');
    isValid = false;
  }
  const withinMonths = monthsOption(options.within_months, `${at}.within_months`, problem);
  const minCount = options.min_count === undefined ? 1 : options.min_count;
  if (typeof minCount !== 'number' || !Number.isInteger(minCount) || minCount < 1) {
    problem(`${at}.min_count`, '应为正整数');
    isValid = false;
  }
  if (!isValid || withinMonths === undefined) return undefined;
  return {
    type: 'has_record',
    kind: kind.code,
    subtypeIn,
    gradeIn,
    statusIn,
    inForce: options.in_force === true,
    withinMonths,
    minCount: minCount as number,
  };
}

/** An options object with only the keys allowed, or undefined after reporting. */
function objectOf(
  value: unknown,
  at: string,
  allowed: string[],
  problem: (field: string, message: string) => void,
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return void problem(at, `应为 { ${allowed.join(', ')} }`);
  const extra = Object.keys(value).filter((name) => !allowed.includes(name));
  if (extra.length > 0) return void problem(at, `不认识的选项 ${extra.join('、')}，可用：${allowed.join('、')}`);
  return value as Record<string, unknown>;
}

/** A ratio above 0 and at most 10 (1000%), or undefined after reporting. */
function ratioOption(
  value: unknown,
  field: string,
  problem: (field: string, message: string) => void,
): number | undefined {
  if (typeof value !== 'number' || !(value > 0) || value > 10)
    return void problem(field, '应为大于 0 的比例，如 0.05 表示 5%');
  return value;
}

function parseFirstRecognition(
  value: unknown,
  at: string,
  problem: (field: string, message: string) => void,
  catalog: Catalog,
): PolicyCondition | undefined {
  const options = objectOf(value, at, FIRST_RECOGNITION_KEYS, problem);
  if (!options) return undefined;
  const kind = typeof options.kind === 'string' ? catalog.kind(options.kind) : undefined;
  if (!kind) return void problem(`${at}.kind`, `记录类别“${String(options.kind ?? '')}”不在 record-kinds.yaml 中`);
  let subtypeIn: string[] | null = null;
  if (options.subtype_in !== undefined) {
    const list = stringList(options.subtype_in);
    if (!list || list.length === 0) return void problem(`${at}.subtype_in`, '应为非空列表');
    subtypeIn = list;
  }
  const withinMonths = monthsOption(options.within_months, `${at}.within_months`, problem);
  if (withinMonths === null) problem(`${at}.within_months`, '不能为空：首次认定须在多少个月内');
  if (!withinMonths) return undefined;
  return { type: 'first_recognition', kind: kind.code, subtypeIn, withinMonths };
}

/** bands: first-hit rows by revenue (万元), the last without an upper bound, so every revenue has a row. */
function parseRndIntensity(
  value: unknown,
  at: string,
  problem: (field: string, message: string) => void,
): PolicyCondition | undefined {
  const options = objectOf(value, at, ['bands', 'within_months'], problem);
  if (!options) return undefined;
  const withinMonths = monthsOption(options.within_months, `${at}.within_months`, problem);
  if (withinMonths === null) problem(`${at}.within_months`, '不能为空');
  if (!Array.isArray(options.bands) || options.bands.length === 0)
    return void problem(`${at}.bands`, '应为非空的区间列表');
  const bands: { revenueBelow: number | null; minRatio: number }[] = [];
  for (const [index, raw] of options.bands.entries()) {
    const field = `${at}.bands[${index}]`;
    const row = objectOf(raw, field, ['revenue_below', 'min_ratio'], problem);
    if (!row) return undefined;
    const isLast = index === options.bands.length - 1;
    const below = row.revenue_below;
    if (isLast ? below !== undefined : typeof below !== 'number' || !(below > 0))
      return void problem(`${field}.revenue_below`, isLast ? '最后一个区间不写上限' : '应为正数（营业收入上限，万元）');
    if (!isLast && bands.length > 0 && (below as number) <= bands.at(-1)!.revenueBelow!)
      return void problem(`${field}.revenue_below`, '应大于上一个区间的上限');
    const minRatio = ratioOption(row.min_ratio, `${field}.min_ratio`, problem);
    if (minRatio === undefined) return undefined;
    bands.push({ revenueBelow: isLast ? null : (below as number), minRatio });
  }
  if (!withinMonths) return undefined;
  return { type: 'rnd_intensity', bands, withinMonths };
}

/** null when not given, undefined (after reporting) when invalid. */
function monthsOption(
  value: unknown,
  field: string,
  problem: (field: string, message: string) => void,
): number | null | undefined {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 600)
    return void problem(field, '应为 1–600 的整数（月）');
  return value;
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? value.map((item) => item.trim())
    : undefined;
}

function dateText(value: unknown): string | undefined {
  const text = value instanceof Date ? calendarDateOf(value) : String(value ?? '');
  return isIsoDate(text) ? text : undefined;
}

let cached: PolicyCatalog | undefined;

/** catalog/policies.yaml, checked against the catalog and the grades of the evaluation model; read once. */
export function loadPolicyCatalog(): PolicyCatalog {
  if (cached) return cached;
  cached = parsePolicyCatalog(loadPoliciesFile(), {
    catalog: loadCatalog(),
    grades: loadModel(DEFAULT_MODEL_DIR).grades.map((row) => row.grade),
    tagCodes: loadProfileTagsFile().tags.map((tag) => tag.code),
  });
  return cached;
}

export function findPolicy(code: string): Policy {
  const policy = loadPolicyCatalog().policies.find((candidate) => candidate.code === code);
  if (!policy) throw new AppError('NOT_FOUND', `政策“${code}”不存在`);
  return policy;
}
