import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR, loadCatalog, type Catalog, type FieldRole } from '../catalog/catalog.ts';
import { AppError } from '../domain/app-error.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import { NO_DAY, parseIsoDay } from '../domain/month-arithmetic.ts';
import { RECORD_STATUSES } from '../domain/record.ts';
import {
  CATEGORY_FIELDS,
  MODEL_STATUSES,
  NUMBER_FIELDS,
  PARAMETER_TYPES,
  RULE_TYPES,
  type Band,
  type CategoryField,
  type DecayStep,
  type Dimension,
  type GradeRow,
  type Indicator,
  type LookupTable,
  type Model,
  type Parameter,
  type ParameterData,
  type ParameterType,
  type ParameterValue,
  type RecordField,
  type RecordFilter,
  type Rule,
  type Scoring,
  type TestCase,
  type TestRecordSpec,
  type Veto,
  type WindowSpec,
} from './model.ts';

/** The repository root: models/ and catalog/ live there. */
export const REPOSITORY_ROOT = path.dirname(CATALOG_DIR);
export const MODELS_DIR = path.join(REPOSITORY_ROOT, 'models');

/** A problem found in a model's files: the file (relative to the model directory), the field and the reason in Chinese. */
export interface ModelProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: ModelProblem): string {
  return problem.field
    ? `${problem.file}: ${problem.field}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** The catalog role each record column of the engine comes from. */
export const FIELD_ROLES: Record<Exclude<RecordField, 'department' | 'amount_per_quantity'>, FieldRole> = {
  level: 'level',
  subtype: 'subtype',
  grade: 'grade',
  reported_status: 'status',
  amount: 'amount',
  quantity: 'quantity',
};

/** The model directories under models/ (models/<id>/<version>/model.yaml). */
export function findModelDirs(root = MODELS_DIR): string[] {
  if (!fs.existsSync(root)) return [];
  const dirs: string[] = [];
  for (const id of fs.readdirSync(root).sort()) {
    const idDir = path.join(root, id);
    if (!fs.statSync(idDir).isDirectory()) continue;
    for (const version of fs.readdirSync(idDir).sort()) {
      if (fs.existsSync(path.join(idDir, version, 'model.yaml'))) dirs.push(path.join(idDir, version));
    }
  }
  return dirs;
}

const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

function isPlainObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Reads one model directory, collecting every problem instead of stopping at the first. */
class ModelReader {
  readonly problems: ModelProblem[] = [];
  private readonly digestParts: Record<string, unknown> = {};

  constructor(
    private readonly dir: string,
    private readonly catalog: Catalog,
  ) {}

  problem(file: string, field: string, message: string): void {
    this.problems.push({ file, field, message });
  }

  readYaml(file: string, options: { forDigest: boolean }): any {
    const full = path.join(this.dir, file);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch {
      this.problem(file, '', '文件不存在或无法读取');
      return undefined;
    }
    try {
      const parsed = YAML.parse(text);
      if (options.forDigest) this.digestParts[file] = parsed;
      return parsed;
    } catch (error) {
      this.problem(file, '', `YAML 格式错误： ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  }

  text(raw: unknown, file: string, field: string, label: string): string {
    if (typeof raw !== 'string' || raw.trim() === '') {
      this.problem(file, field, `缺少${label}`);
      return '';
    }
    return raw.trim();
  }

  date(raw: unknown, file: string, field: string): string {
    const text = raw === undefined || raw === null ? '' : String(raw);
    if (parseIsoDay(text) === NO_DAY) {
      this.problem(file, field, `不是有效日期（YYYY-MM-DD）： ${text || '（空）'}`);
      return '';
    }
    return text;
  }

  number(raw: unknown, file: string, field: string): number {
    if (!isFiniteNumber(raw)) {
      // JSON shows NaN and Infinity (YAML .nan, .inf) as null: name them as they are.
      this.problem(
        file,
        field,
        `应为数字，实为 ${typeof raw === 'number' ? String(raw) : JSON.stringify(raw ?? null)}`,
      );
      return 0;
    }
    return raw;
  }

  stringList(raw: unknown, file: string, field: string): string[] {
    if (raw === undefined || raw === null) return [];
    if (!Array.isArray(raw)) {
      this.problem(file, field, '应为列表');
      return [];
    }
    return raw.map((item) => String(item));
  }

  digest(): string {
    return createHash('sha256').update(canonicalJson(this.digestParts)).digest('hex');
  }

  // ---- parameters -------------------------------------------------------------------------------------------

  parameterData(type: ParameterType, raw: unknown, file: string, field: string): ParameterData | null {
    if (raw === null) return null;
    switch (type) {
      case 'number':
        return this.number(raw, file, field);
      case 'lookup': {
        if (!isPlainObject(raw)) {
          this.problem(file, field, '对照表应为“取值： 分值”的映射');
          return {};
        }
        const table: LookupTable = {};
        for (const [key, points] of Object.entries(raw)) table[key] = this.number(points, file, `${field}.${key}`);
        if (!Object.hasOwn(table, 'default')) this.problem(file, field, '对照表缺少 default（其他取值的分值）');
        return table;
      }
      case 'bands': {
        if (!Array.isArray(raw)) {
          this.problem(file, field, '分段表应为列表');
          return [];
        }
        return raw.map((band: any, index): Band => {
          const bandField = `${field}[${index}]`;
          return {
            min: band?.min === undefined || band?.min === null ? null : this.number(band.min, file, `${bandField}.min`),
            below:
              band?.below === undefined || band?.below === null
                ? null
                : this.number(band.below, file, `${bandField}.below`),
            points: this.number(band?.points, file, `${bandField}.points`),
          };
        });
      }
      case 'decay': {
        if (!Array.isArray(raw)) {
          this.problem(file, field, '衰减表应为列表');
          return [];
        }
        return raw.map((step: any, index): DecayStep => {
          const stepField = `${field}[${index}]`;
          const maxAge = step?.max_age_months;
          if (maxAge !== undefined && maxAge !== null && (!Number.isInteger(maxAge) || maxAge <= 0))
            this.problem(file, `${stepField}.max_age_months`, '应为正整数（月）');
          return { maxAgeMonths: maxAge ?? null, factor: this.number(step?.factor, file, `${stepField}.factor`) };
        });
      }
    }
  }

  parameters(): Map<string, Parameter> {
    const parameters = new Map<string, Parameter>();
    const dir = path.join(this.dir, 'parameters');
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => name.endsWith('.yaml'))
          .sort()
      : [];
    for (const name of files) {
      const file = `parameters/${name}`;
      const raw = this.readYaml(file, { forDigest: true });
      if (raw === undefined) continue;
      if (!isPlainObject(raw)) {
        this.problem(file, '', '参数文件应为“参数标识： 定义”的映射');
        continue;
      }
      for (const [id, definition] of Object.entries(raw)) {
        if (!ID_PATTERN.test(id)) this.problem(file, id, '参数标识只能用小写字母、数字和下划线');
        if (parameters.has(id)) this.problem(file, id, `参数标识重复（已在 ${parameters.get(id)!.file} 中定义）`);
        if (!isPlainObject(definition)) {
          this.problem(file, id, '参数定义应为映射（type, description, unit, reference, values）');
          continue;
        }
        const type = definition.type as ParameterType;
        if (!PARAMETER_TYPES.includes(type)) this.problem(file, `${id}.type`, `应为 ${PARAMETER_TYPES.join('/')} 之一`);
        const values: ParameterValue[] = [];
        if (!isPlainObject(definition.values) || Object.keys(definition.values).length === 0) {
          this.problem(file, `${id}.values`, '缺少取值（按生效日期列出）');
        } else {
          for (const [from, value] of Object.entries(definition.values)) {
            const fromDay = parseIsoDay(from);
            if (fromDay === NO_DAY) this.problem(file, `${id}.values.${from}`, '生效日期不是有效日期（YYYY-MM-DD）');
            values.push({
              from,
              fromDay,
              value: PARAMETER_TYPES.includes(type)
                ? this.parameterData(type, value, file, `${id}.values.${from}`)
                : null,
            });
          }
          values.sort((a, b) => a.fromDay - b.fromDay);
        }
        parameters.set(id, {
          id,
          file,
          type,
          description: this.text(definition.description, file, `${id}.description`, '中文说明（description）'),
          unit: this.text(definition.unit, file, `${id}.unit`, '单位（unit）'),
          reference: this.text(
            definition.reference,
            file,
            `${id}.reference`,
            '依据（reference：文号+条款或种子文件条款）',
          ),
          values,
        });
      }
    }
    return parameters;
  }

  // ---- indicators ---------------------------------------------------------------------------------------------

  requireParameter(
    parameters: Map<string, Parameter>,
    id: unknown,
    types: ParameterType[],
    file: string,
    field: string,
  ): string {
    if (typeof id !== 'string' || id === '') {
      this.problem(file, field, '缺少参数标识');
      return '';
    }
    const parameter = parameters.get(id);
    if (!parameter) this.problem(file, field, `引用了不存在的参数 ${id}`);
    else if (!types.includes(parameter.type))
      this.problem(file, field, `参数 ${id} 的类型是 ${parameter.type}，此处需要 ${types.join('/')}`);
    return id;
  }

  /** Checks that a kind has the catalog column a rule reads, and that enum values exist. */
  checkKindField(kinds: string[], field: RecordField, values: string[] | null, file: string, fieldPath: string): void {
    for (const code of kinds) {
      const kind = this.catalog.kind(code);
      if (!kind) continue;
      if (field === 'department') {
        for (const value of values ?? []) {
          if (!kind.departments.includes(value))
            this.problem(file, fieldPath, `部门 ${value} 不报送“${kind.label}”（${code}）`);
        }
        continue;
      }
      if (field === 'amount_per_quantity') {
        this.checkKindField([code], 'amount', null, file, fieldPath);
        this.checkKindField([code], 'quantity', null, file, fieldPath);
        continue;
      }
      // Levels of negative kinds are always known: stated, or set by the publicity rules' defaults.
      if (field === 'level' && kind.polarity === 'negative') {
        for (const value of values ?? []) {
          if (!['轻微', '一般', '严重'].includes(value))
            this.problem(file, fieldPath, `失信程度只能是 轻微/一般/严重，不是 ${value}`);
        }
        continue;
      }
      const catalogField = kind.fields.find((candidate) => candidate.role === FIELD_ROLES[field]);
      if (!catalogField) {
        this.problem(file, fieldPath, `记录类别“${kind.label}”（${code}）没有 ${field} 列`);
        continue;
      }
      if (catalogField.values && values) {
        for (const value of values) {
          if (!catalogField.values.includes(value))
            this.problem(
              file,
              fieldPath,
              `“${value}”不是“${kind.label}”的${catalogField.header}可选值（${catalogField.values.join('/')}）`,
            );
        }
      }
    }
  }

  rule(raw: any, parameters: Map<string, Parameter>, file: string): Rule {
    const type = raw?.type;
    if (!RULE_TYPES.includes(type))
      this.problem(
        file,
        'rule.type',
        `规则类型应为 ${RULE_TYPES.join('/')} 之一，实为 ${JSON.stringify(type ?? null)}`,
      );
    const isRecordRule = ['count', 'sum', 'latest', 'presence'].includes(type);
    const kinds = this.stringList(raw?.kinds, file, 'rule.kinds');
    if (isRecordRule && kinds.length === 0) this.problem(file, 'rule.kinds', '缺少记录类别');
    if (RULE_TYPES.includes(type) && !isRecordRule && kinds.length > 0)
      this.problem(file, 'rule.kinds', `${type} 规则读取企业属性，不读取记录`);
    for (const kind of kinds) {
      if (!this.catalog.kind(kind))
        this.problem(file, 'rule.kinds', `未知记录类别 ${kind}（见 catalog/record-kinds.yaml）`);
    }

    const where: RecordFilter = {};
    if (raw?.where !== undefined) {
      if (!isPlainObject(raw.where)) this.problem(file, 'rule.where', '应为“列： [取值…]”的映射');
      else {
        for (const [key, values] of Object.entries(raw.where)) {
          if (!CATEGORY_FIELDS.includes(key as CategoryField)) {
            this.problem(file, `rule.where.${key}`, `只能按 ${CATEGORY_FIELDS.join('/')} 筛选`);
            continue;
          }
          const list = this.stringList(values, file, `rule.where.${key}`);
          if (list.length === 0) this.problem(file, `rule.where.${key}`, '筛选取值不能为空');
          where[key as CategoryField] = list;
          this.checkKindField(kinds, key as CategoryField, list, file, `rule.where.${key}`);
        }
      }
    }

    let window: WindowSpec = { type: 'all' };
    const rawWindow = raw?.window;
    if (isRecordRule) {
      if (rawWindow === 'valid' || rawWindow === 'outstanding' || rawWindow === 'all') window = { type: rawWindow };
      else if (isPlainObject(rawWindow) && rawWindow.months !== undefined) {
        window = {
          type: 'months',
          parameter: this.requireParameter(parameters, rawWindow.months, ['number'], file, 'rule.window.months'),
        };
      } else this.problem(file, 'rule.window', '应为 valid、outstanding、all 或 { months: 参数 }');
    }

    const decay =
      raw?.decay === undefined || raw?.decay === null
        ? null
        : this.requireParameter(parameters, raw.decay, ['decay'], file, 'rule.decay');
    if (decay && !['count', 'sum'].includes(type))
      this.problem(file, 'rule.decay', '只有 count 和 sum 规则可以按时间衰减');

    let field: RecordField | null = null;
    if (type === 'sum' || type === 'latest') {
      const allowed: readonly string[] =
        type === 'sum' ? ['amount', 'quantity'] : [...CATEGORY_FIELDS, ...NUMBER_FIELDS];
      if (!allowed.includes(raw?.field)) this.problem(file, 'rule.field', `应为 ${allowed.join('/')} 之一`);
      else {
        field = raw.field;
        this.checkKindField(kinds, field!, null, file, 'rule.field');
      }
    } else if (raw?.field !== undefined) this.problem(file, 'rule.field', `${type} 规则不读取字段`);

    let weightBy: Rule['weightBy'] = null;
    if (raw?.weight_by !== undefined) {
      if (type !== 'count') this.problem(file, 'rule.weight_by', '只有 count 规则可以按取值加权');
      const weightField = raw.weight_by?.field;
      if (!CATEGORY_FIELDS.includes(weightField))
        this.problem(file, 'rule.weight_by.field', `应为 ${CATEGORY_FIELDS.join('/')} 之一`);
      else this.checkKindField(kinds, weightField, null, file, 'rule.weight_by.field');
      weightBy = {
        field: weightField,
        table: this.requireParameter(parameters, raw.weight_by?.table, ['lookup'], file, 'rule.weight_by.table'),
      };
    }
    return { type, kinds, where, window, decay, field, weightBy };
  }

  scoring(raw: any, rule: Rule, parameters: Map<string, Parameter>, file: string): Scoring {
    const isCategory =
      rule.type === 'enterprise_tiers' ||
      rule.type === 'enterprise_status' ||
      (rule.type === 'latest' && CATEGORY_FIELDS.includes(rule.field as CategoryField));
    if (!isPlainObject(raw) || Object.keys(raw).length !== 1) {
      this.problem(file, 'scoring', '应为 linear、as_points、bands、lookup 之一');
      return { type: 'as_points', cap: null };
    }
    const [type, spec] = Object.entries(raw)[0] as [string, any];
    // Whether the value is a category is unknown while the rule's type or latest column is wrong (already reported).
    const isValueKnown = RULE_TYPES.includes(rule.type) && !(rule.type === 'latest' && rule.field === null);
    const expectCategory = (wanted: boolean) => {
      if (isValueKnown && wanted !== isCategory)
        this.problem(
          file,
          `scoring.${type}`,
          isCategory ? '该指标的取值是类别，只能用 lookup 计分' : '该指标的取值是数值，不能用 lookup 计分',
        );
    };
    switch (type) {
      case 'linear':
        expectCategory(false);
        return {
          type,
          perUnit: this.requireParameter(parameters, spec?.per_unit, ['number'], file, 'scoring.linear.per_unit'),
          cap:
            spec?.cap === undefined
              ? null
              : this.requireParameter(parameters, spec.cap, ['number'], file, 'scoring.linear.cap'),
        };
      case 'as_points':
        expectCategory(false);
        return {
          type,
          cap:
            spec?.cap === undefined
              ? null
              : this.requireParameter(parameters, spec.cap, ['number'], file, 'scoring.as_points.cap'),
        };
      case 'bands':
        expectCategory(false);
        return { type, table: this.requireParameter(parameters, spec, ['bands'], file, 'scoring.bands') };
      case 'lookup':
        expectCategory(true);
        return { type, table: this.requireParameter(parameters, spec, ['lookup'], file, 'scoring.lookup') };
      default:
        this.problem(file, 'scoring', `未知计分方式 ${type}（应为 linear、as_points、bands、lookup）`);
        return { type: 'as_points', cap: null };
    }
  }

  testCases(raw: unknown, file: string, indicator: string | null): TestCase[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.problem(file, '', '测试文件应为用例列表');
      return [];
    }
    return raw.map((item: any, index): TestCase => {
      const field = `[${index}]`;
      const records = (Array.isArray(item?.records) ? item.records : []).map(
        (record: any, position: number): TestRecordSpec => {
          const recordField = `${field}.records[${position}]`;
          const kind = this.catalog.kind(record?.kind);
          if (!kind)
            this.problem(
              file,
              `${recordField}.kind`,
              record?.kind === undefined || record?.kind === null ? '缺少记录类别' : `未知记录类别 ${record.kind}`,
            );
          const status = record?.status ?? 'active';
          if (!RECORD_STATUSES.includes(status))
            this.problem(file, `${recordField}.status`, `应为 ${RECORD_STATUSES.join('/')} 之一`);
          const optionalDate = (value: unknown, name: string) =>
            value === undefined || value === null ? null : this.date(value, file, `${recordField}.${name}`);
          const optionalText = (value: unknown) => (value === undefined || value === null ? null : String(value));
          const optionalNumber = (value: unknown, name: string) =>
            value === undefined || value === null ? null : this.number(value, file, `${recordField}.${name}`);
          return {
            kind: String(record?.kind),
            departmentCode: optionalText(record?.department) ?? kind?.departments[0] ?? null,
            status,
            occurredOn: optionalDate(record?.occurred_on, 'occurred_on'),
            endsOn: optionalDate(record?.ends_on, 'ends_on'),
            level: optionalText(record?.level),
            subtype: optionalText(record?.subtype),
            grade: optionalText(record?.grade),
            amount: optionalNumber(record?.amount, 'amount'),
            quantity: optionalNumber(record?.quantity, 'quantity'),
            reportedStatus: optionalText(record?.reported_status),
          };
        },
      );
      const expect = isPlainObject(item?.expect) ? item.expect : {};
      if (Object.keys(expect).length === 0) this.problem(file, `${field}.expect`, '缺少期望结果（expect）');
      const enterprise = isPlainObject(item?.enterprise) ? item.enterprise : {};
      return {
        file,
        name: this.text(item?.name, file, `${field}.name`, '用例名称（一句完整的话）'),
        asOf: this.date(item?.as_of, file, `${field}.as_of`),
        enterprise: {
          registeredOn:
            enterprise.registered_on === undefined || enterprise.registered_on === null
              ? null
              : this.date(enterprise.registered_on, file, `${field}.enterprise.registered_on`),
          tiers: this.stringList(enterprise.tiers, file, `${field}.enterprise.tiers`),
          status: enterprise.status === undefined ? '存续' : String(enterprise.status),
          industryCode: enterprise.industry_code === undefined ? null : String(enterprise.industry_code),
        },
        records,
        expect: {
          value: expect.value,
          points: expect.points,
          records: expect.records,
          score: expect.score,
          grade: expect.grade,
          vetoes: expect.vetoes,
          error: expect.error,
        },
        indicator,
      };
    });
  }

  indicators(parameters: Map<string, Parameter>): Map<string, Indicator> {
    const indicators = new Map<string, Indicator>();
    const dir = path.join(this.dir, 'indicators');
    const files = fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((name) => name.endsWith('.yaml') && !name.endsWith('.test.yaml'))
          .sort()
      : [];
    for (const name of files) {
      const file = `indicators/${name}`;
      const raw = this.readYaml(file, { forDigest: true });
      if (raw === undefined) continue;
      const id = name.slice(0, -'.yaml'.length);
      if (raw?.id !== id) this.problem(file, 'id', `指标标识应与文件名一致（${id}）`);
      if (!ID_PATTERN.test(id)) this.problem(file, 'id', '指标标识只能用小写字母、数字和下划线');
      const rule = this.rule(raw?.rule, parameters, file);
      const testFile = `indicators/${id}.test.yaml`;
      const tests = fs.existsSync(path.join(this.dir, testFile))
        ? this.testCases(this.readYaml(testFile, { forDigest: false }), testFile, id)
        : [];
      indicators.set(id, {
        id,
        file,
        label: this.text(raw?.label, file, 'label', '中文名称（label）'),
        description: this.text(raw?.description, file, 'description', '中文说明（description）'),
        reference: this.text(raw?.reference, file, 'reference', '依据（reference）'),
        dimension: '',
        rule,
        scoring: this.scoring(raw?.scoring, rule, parameters, file),
        tests,
      });
    }
    return indicators;
  }

  // ---- model.yaml ---------------------------------------------------------------------------------------------

  model(): Model | null {
    const file = 'model.yaml';
    const raw = this.readYaml(file, { forDigest: true });
    if (raw === undefined) return null;
    const parameters = this.parameters();
    const indicators = this.indicators(parameters);

    const status = raw?.status;
    if (!MODEL_STATUSES.includes(status)) this.problem(file, 'status', `应为 ${MODEL_STATUSES.join('/')} 之一`);
    const effectiveFrom = this.date(raw?.effective_from, file, 'effective_from');
    const evaluableFrom = this.date(raw?.evaluable_from, file, 'evaluable_from');
    if (effectiveFrom && evaluableFrom && evaluableFrom > effectiveFrom)
      this.problem(file, 'evaluable_from', '可评价起始日不能晚于生效日期');

    const dimensions: Dimension[] = [];
    const placed = new Map<string, string>();
    for (const [index, dimension] of ((Array.isArray(raw?.dimensions) ? raw.dimensions : []) as any[]).entries()) {
      const field = `dimensions[${index}]`;
      const id = this.text(dimension?.id, file, `${field}.id`, '维度标识');
      if (dimensions.some((other) => other.id === id)) this.problem(file, `${field}.id`, `维度标识 ${id} 重复`);
      const weight = this.number(dimension?.weight, file, `${field}.weight`);
      if (weight <= 0 || weight > 1) this.problem(file, `${field}.weight`, '权重应在 0 到 1 之间（占总分的比例）');
      const base = this.number(dimension?.base, file, `${field}.base`);
      const min = this.number(dimension?.min, file, `${field}.min`);
      const max = this.number(dimension?.max, file, `${field}.max`);
      if (!(min <= base && base <= max)) this.problem(file, field, '应满足 min ≤ base ≤ max');
      const list = this.stringList(dimension?.indicators, file, `${field}.indicators`);
      if (list.length === 0) this.problem(file, `${field}.indicators`, '维度至少需要一个指标');
      for (const indicatorId of list) {
        const indicator = indicators.get(indicatorId);
        if (!indicator)
          this.problem(
            file,
            `${field}.indicators`,
            `引用了不存在的指标 ${indicatorId}（应有 indicators/${indicatorId}.yaml）`,
          );
        else if (placed.has(indicatorId))
          this.problem(file, `${field}.indicators`, `指标 ${indicatorId} 已属于维度 ${placed.get(indicatorId)}`);
        else {
          placed.set(indicatorId, id);
          indicator.dimension = id;
        }
      }
      dimensions.push({
        id,
        label: this.text(dimension?.label, file, `${field}.label`, '维度名称'),
        weight,
        base,
        min,
        max,
        reference: this.text(dimension?.reference, file, `${field}.reference`, '依据'),
        indicators: list,
      });
    }
    if (dimensions.length === 0) this.problem(file, 'dimensions', '缺少评价维度');
    for (const indicator of indicators.values()) {
      if (!placed.has(indicator.id)) this.problem(indicator.file, '', `指标 ${indicator.id} 未被任何维度引用`);
    }

    const grades: GradeRow[] = ((Array.isArray(raw?.grades) ? raw.grades : []) as any[]).map((row, index) => {
      const field = `grades[${index}]`;
      return {
        grade: this.text(row?.grade, file, `${field}.grade`, '等级'),
        label: this.text(row?.label, file, `${field}.label`, '等级中文名称'),
        minScore:
          row?.min_score === undefined || row?.min_score === null
            ? null
            : this.number(row.min_score, file, `${field}.min_score`),
        samr: {
          class: this.text(row?.samr?.class, file, `${field}.samr.class`, '对应的市场监管信用风险分类'),
          label: this.text(row?.samr?.label, file, `${field}.samr.label`, '风险分类中文名称'),
        },
        description: typeof row?.description === 'string' ? row.description : '',
      };
    });
    if (grades.length === 0) this.problem(file, 'grades', '缺少等级表');

    const vetoes: Veto[] = ((Array.isArray(raw?.vetoes) ? raw.vetoes : []) as any[]).map((veto, index) => {
      const field = `vetoes[${index}]`;
      const indicator = this.text(veto?.indicator, file, `${field}.indicator`, '触发否决的指标');
      if (indicator && !indicators.has(indicator))
        this.problem(file, `${field}.indicator`, `引用了不存在的指标 ${indicator}`);
      const capGrade = this.text(veto?.cap_grade, file, `${field}.cap_grade`, '封顶等级');
      if (capGrade && !grades.some((row) => row.grade === capGrade))
        this.problem(file, `${field}.cap_grade`, `等级 ${capGrade} 不在等级表中`);
      const minValue = veto?.when?.min_value;
      const values = veto?.when?.values;
      if (minValue === undefined && values === undefined)
        this.problem(file, `${field}.when`, '应写明 min_value 或 values');
      return {
        id: this.text(veto?.id, file, `${field}.id`, '否决项标识'),
        label: this.text(veto?.label, file, `${field}.label`, '否决项名称'),
        indicator,
        minValue: minValue === undefined ? null : this.number(minValue, file, `${field}.when.min_value`),
        values: values === undefined ? null : this.stringList(values, file, `${field}.when.values`),
        capGrade,
        reference: this.text(veto?.reference, file, `${field}.reference`, '依据'),
      };
    });

    const score = isPlainObject(raw?.score) ? raw.score : {};
    const scoreDecimals = this.number(score.decimals, file, 'score.decimals');
    if (!Number.isInteger(scoreDecimals) || scoreDecimals < 0)
      this.problem(file, 'score.decimals', '应为不小于 0 的整数（总分保留的小数位数）');
    const modelTestFile = 'model.test.yaml';
    const tests = fs.existsSync(path.join(this.dir, modelTestFile))
      ? this.testCases(this.readYaml(modelTestFile, { forDigest: false }), modelTestFile, null)
      : [];
    const ordered = dimensions.flatMap((dimension) =>
      dimension.indicators.map((id) => indicators.get(id)).filter((x): x is Indicator => x !== undefined),
    );
    const unplaced = [...indicators.values()].filter((indicator) => !placed.has(indicator.id));
    return {
      id: this.text(raw?.id, file, 'id', '模型标识'),
      version: this.text(raw?.version === undefined ? undefined : String(raw.version), file, 'version', '版本号'),
      title: this.text(raw?.title, file, 'title', '模型名称'),
      status,
      effectiveFrom,
      evaluableFrom,
      reference: this.text(raw?.reference, file, 'reference', '依据'),
      scoreDecimals,
      scoreMin: this.number(score.min, file, 'score.min'),
      scoreMax: this.number(score.max, file, 'score.max'),
      dimensions,
      indicators: [...ordered, ...unplaced],
      parameters,
      grades,
      vetoes,
      tests,
      dir: path.relative(REPOSITORY_ROOT, this.dir),
      digest: this.digest(),
    };
  }
}

/** Reads a model directory; `model` is null only when model.yaml itself is missing or unreadable. */
export function readModel(
  dir: string,
  catalog: Catalog = loadCatalog(),
): { model: Model | null; problems: ModelProblem[] } {
  const reader = new ModelReader(path.resolve(dir), catalog);
  const model = reader.model();
  return { model, problems: reader.problems };
}

/** Loads a model to evaluate with it; refuses (listing every problem) when its files are inconsistent. */
export function loadModel(dir: string, catalog: Catalog = loadCatalog()): Model {
  const { model, problems } = readModel(dir, catalog);
  if (!model || problems.length > 0) {
    const where = path.relative(REPOSITORY_ROOT, path.resolve(dir));
    throw new AppError(
      'INVALID_INPUT',
      `模型 ${where} 有 ${problems.length} 处错误：\n${problems.map(formatProblem).join('\n')}`,
      { details: problems },
    );
  }
  return model;
}

/** Loads models/<id>/<version>. */
export function loadModelVersion(id: string, version: string): Model {
  const dir = path.join(MODELS_DIR, id, version);
  if (!fs.existsSync(path.join(dir, 'model.yaml')))
    throw new AppError('NOT_FOUND', `找不到模型 ${id}/${version}（应有 models/${id}/${version}/model.yaml）`);
  return loadModel(dir);
}
