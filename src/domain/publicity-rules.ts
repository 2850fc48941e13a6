import { AppError } from './app-error.ts';
import { NO_DAY, parseIsoDay } from './month-arithmetic.ts';

/**
 * The publicity and credit-repair rules (catalog/publicity-rules.yaml) as typed data. Parsing is pure: the caller
 * reads the file (src/engine/load-publicity-rules.ts). Every period is data with its reference, never code.
 */

export const CREDIT_LEVELS = ['轻微', '一般', '严重'] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

export interface Confirmable {
  /** False when the number was not checked against the original text (DOMAIN.md §4 "unconfirmed"). */
  confirmed: boolean;
  note?: string;
}

export interface LevelPeriod extends Confirmable {
  minMonths: number;
  maxMonths: number;
}

interface Regime {
  code: string;
  title: string;
  reference: string;
  /** Day number from which the regime applies to decisions; the first regime of a list also covers earlier ones. */
  effectiveFromDay: number;
  effectiveFrom: string | null;
}

export interface GeneralRegime extends Regime {
  periods: Record<CreditLevel, LevelPeriod>;
}

export interface SamrPenaltyRegime extends Regime {
  lightPenaltyCategories: string[];
  lightFineMax: { value: number; unit: string } & Confirmable;
  lightPublicityMonths: number;
  standardPublicityMonths: number;
  repairMinMonths: number;
  specialSectorRepairMinMonths: number;
  specialSectorKeywords: string[];
}

export interface SamrSeriousListRegime extends Regime {
  earlyRemovalMinMonths: { value: number } & Confirmable;
  maxMonths: { value: number } & Confirmable;
}

export type PublicityBasis = 'decision' | 'listing' | 'obligation';
/** A department's own publicity system whose period is shown beside the platform's (never governs it). */
export type DepartmentBasis = 'samr_penalty';
export type ListingPeriod = 'level' | 'samr_serious_list' | 'none';

export interface KindPublicityRule {
  kind: string;
  /** Department codes the row is limited to; empty = any department. */
  departments: string[];
  basis: PublicityBasis;
  /** The department's own publicity system, shown beside the platform's window when it differs; null when none. */
  departmentBasis: DepartmentBasis | null;
  period: ListingPeriod;
  /** The level used when the record states none. */
  level: CreditLevel | null;
  reference: string;
  /** Set when records of the kind are not repaired on this platform (e.g. the court's own list): the right path. */
  repair: NoPlatformRepair | null;
}

export interface NoPlatformRepair extends Confirmable {
  /** What the enterprise should do instead, in Chinese. */
  path: string;
  reference: string;
}

/** A dated value of a parameter another catalog file owns (e.g. penalty-levels.yaml's small_fine_ceiling). */
export interface SharedParameter {
  unit: string;
  values: Array<{ effectiveFrom: string; value: number } & Confirmable>;
}

export interface PublicityRules {
  dateRule: { description: string; reference: string };
  /** Which publicity period governs on this platform, with its references. */
  governingRule: { description: string; reference: string };
  defaultLevel: CreditLevel;
  generalRegimes: GeneralRegime[];
  samrPenaltyRegimes: SamrPenaltyRegime[];
  samrSeriousListRegimes: SamrSeriousListRegime[];
  kinds: KindPublicityRule[];
}

const BASES: PublicityBasis[] = ['decision', 'listing', 'obligation'];
const DEPARTMENT_BASES: DepartmentBasis[] = ['samr_penalty'];
const PERIODS: ListingPeriod[] = ['level', 'samr_serious_list', 'none'];

class RuleReader {
  readonly problems: string[] = [];
  constructor(private readonly file: string) {}

  fail(field: string, reason: string): void {
    this.problems.push(`${this.file}: ${field} ${reason}`);
  }

  text(raw: any, field: string, label: string): string {
    if (typeof raw !== 'string' || raw.trim() === '') {
      this.fail(field, `缺少${label}`);
      return '';
    }
    return raw;
  }

  months(raw: any, field: string): number {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 0) {
      this.fail(field, '应为非负整数（月数）');
      return 0;
    }
    return raw;
  }

  confirmable(raw: any, field: string): Confirmable {
    const confirmed = raw?.confirmed !== false;
    if (!confirmed && (typeof raw?.note !== 'string' || raw.note.trim() === ''))
      this.fail(`${field}.note`, '未核实的数字必须写明说明（note）');
    return { confirmed, note: raw?.note };
  }

  level(raw: any, field: string): CreditLevel {
    if (!CREDIT_LEVELS.includes(raw)) {
      this.fail(field, `应为 ${CREDIT_LEVELS.join('/')} 之一`);
      return '一般';
    }
    return raw;
  }

  regime(raw: any, field: string, index: number): Regime {
    const from = raw?.effective_from ?? null;
    let effectiveFromDay = NO_DAY;
    if (from === null) {
      if (index > 0) this.fail(`${field}.effective_from`, '只有第一套规则可以不写生效日期');
    } else {
      effectiveFromDay = parseIsoDay(String(from));
      if (effectiveFromDay === NO_DAY) this.fail(`${field}.effective_from`, `不是有效日期（YYYY-MM-DD）： ${from}`);
    }
    return {
      code: this.text(raw?.code, `${field}.code`, '规则代码'),
      title: this.text(raw?.title, `${field}.title`, '规则名称'),
      reference: this.text(raw?.reference, `${field}.reference`, '依据（文号+条款）'),
      effectiveFrom: from === null ? null : String(from),
      effectiveFromDay,
    };
  }

  ordered<T extends Regime>(regimes: T[], field: string): T[] {
    for (let i = 1; i < regimes.length; i += 1) {
      if (regimes[i].effectiveFromDay <= regimes[i - 1].effectiveFromDay)
        this.fail(`${field}[${i}].effective_from`, '生效日期必须晚于上一套规则');
    }
    return regimes;
  }
}

/**
 * Parses the YAML document of the rules; throws an AppError listing every problem (file, field, reason).
 * `parameters` are the values other catalog files own that the rules name (`{ parameter: name }`), so one number
 * lives in one file.
 */
export function parsePublicityRules(
  raw: any,
  file = 'catalog/publicity-rules.yaml',
  parameters: Record<string, SharedParameter> = {},
): PublicityRules {
  const read = new RuleReader(file);
  const generalRegimes = ((raw?.general_regimes ?? []) as any[]).map((regime, index) => {
    const field = `general_regimes[${index}]`;
    const periods = {} as Record<CreditLevel, LevelPeriod>;
    for (const level of CREDIT_LEVELS) {
      const period = regime?.periods?.[level];
      const periodField = `${field}.periods.${level}`;
      if (!period) read.fail(periodField, '缺少该程度的公示期');
      const minMonths = read.months(period?.min_months, `${periodField}.min_months`);
      const maxMonths = read.months(period?.max_months, `${periodField}.max_months`);
      if (minMonths > maxMonths) read.fail(periodField, '最短公示期不能长于最长公示期');
      periods[level] = { minMonths, maxMonths, ...read.confirmable(period, periodField) };
    }
    return { ...read.regime(regime, field, index), periods };
  });
  if (generalRegimes.length === 0) read.fail('general_regimes', '至少需要一套通用规则');

  const samrPenaltyRegimes = ((raw?.samr_penalty_regimes ?? []) as any[]).map((regime, index) => {
    const field = `samr_penalty_regimes[${index}]`;
    const base = read.regime(regime, field, index);
    const name = regime?.light_fine_max?.parameter;
    const parameter = typeof name === 'string' ? parameters[name] : undefined;
    if (!parameter)
      read.fail(`${field}.light_fine_max.parameter`, `应为其他目录文件中的参数名（未找到“${name ?? ''}”）`);
    // The value in force when the regime took effect (the earliest one for a regime without a date).
    const values = parameter?.values ?? [];
    const fine =
      values.filter((value) => base.effectiveFrom === null || value.effectiveFrom <= base.effectiveFrom).at(-1) ??
      values[0];
    if (parameter && !fine) read.fail(`${field}.light_fine_max.parameter`, `参数“${name}”没有取值`);
    return {
      ...base,
      lightPenaltyCategories: (regime?.light_penalty_categories ?? []).map(String),
      lightFineMax: {
        value: fine?.value ?? 0,
        unit: parameter?.unit ?? '',
        confirmed: fine?.confirmed ?? true,
        note: fine?.note,
      },
      lightPublicityMonths: read.months(regime?.light_publicity_months, `${field}.light_publicity_months`),
      standardPublicityMonths: read.months(regime?.standard_publicity_months, `${field}.standard_publicity_months`),
      repairMinMonths: read.months(regime?.repair_min_months, `${field}.repair_min_months`),
      specialSectorRepairMinMonths: read.months(
        regime?.special_sector_repair_min_months,
        `${field}.special_sector_repair_min_months`,
      ),
      specialSectorKeywords: (regime?.special_sector_keywords ?? []).map(String),
    };
  });

  const samrSeriousListRegimes = ((raw?.samr_serious_list_regimes ?? []) as any[]).map((regime, index) => {
    const field = `samr_serious_list_regimes[${index}]`;
    return {
      ...read.regime(regime, field, index),
      earlyRemovalMinMonths: {
        value: read.months(regime?.early_removal_min_months?.value, `${field}.early_removal_min_months.value`),
        ...read.confirmable(regime?.early_removal_min_months, `${field}.early_removal_min_months`),
      },
      maxMonths: {
        value: read.months(regime?.max_months?.value, `${field}.max_months.value`),
        ...read.confirmable(regime?.max_months, `${field}.max_months`),
      },
    };
  });

  const kinds = ((raw?.kinds ?? []) as any[]).map((rule, index): KindPublicityRule => {
    const field = `kinds[${index}]`;
    if (!BASES.includes(rule?.basis)) read.fail(`${field}.basis`, `应为 ${BASES.join('/')} 之一`);
    const period = rule?.period ?? 'none';
    if (!PERIODS.includes(period)) read.fail(`${field}.period`, `应为 ${PERIODS.join('/')} 之一`);
    const departmentBasis = rule?.department_basis ?? null;
    if (departmentBasis !== null && !DEPARTMENT_BASES.includes(departmentBasis))
      read.fail(`${field}.department_basis`, `应为 ${DEPARTMENT_BASES.join('/')} 之一`);
    if (departmentBasis === 'samr_penalty' && samrPenaltyRegimes.length === 0)
      read.fail(`${field}.department_basis`, '使用市场监管处罚规则，但未定义 samr_penalty_regimes');
    const repair = rule?.repair ?? null;
    if (repair !== null && repair.by_platform !== false)
      read.fail(`${field}.repair.by_platform`, '只在本平台不能修复时填写（by_platform: false）');
    if (period === 'samr_serious_list' && samrSeriousListRegimes.length === 0)
      read.fail(`${field}.period`, '使用市场监管名单规则，但未定义 samr_serious_list_regimes');
    return {
      kind: read.text(rule?.kind, `${field}.kind`, '记录类别'),
      departments: (rule?.departments ?? []).map(String),
      basis: rule?.basis,
      departmentBasis,
      period,
      level: rule?.level === undefined || rule?.level === null ? null : read.level(rule.level, `${field}.level`),
      reference: read.text(rule?.reference, `${field}.reference`, '依据'),
      repair:
        repair === null
          ? null
          : {
              path: read.text(repair.path, `${field}.repair.path`, '应走的程序（中文）'),
              reference: read.text(repair.reference, `${field}.repair.reference`, '依据'),
              ...read.confirmable(repair, `${field}.repair`),
            },
    };
  });

  // First hit per kind: the last row of each kind must apply to any department, or some records would have no window.
  for (const kind of new Set(kinds.map((rule) => rule.kind))) {
    const rows = kinds.filter((rule) => rule.kind === kind);
    if (rows[rows.length - 1].departments.length > 0)
      read.fail(`kinds(${kind})`, '最后一行应不限部门（兜底行），否则其他部门的记录没有公示期');
  }

  const rules: PublicityRules = {
    dateRule: {
      description: read.text(raw?.date_rule?.description, 'date_rule.description', '日期计算规则说明'),
      reference: read.text(raw?.date_rule?.reference, 'date_rule.reference', '日期计算规则依据'),
    },
    governingRule: {
      description: read.text(
        raw?.governing_rule?.description,
        'governing_rule.description',
        '本平台适用哪一公示期的说明',
      ),
      reference: read.text(raw?.governing_rule?.reference, 'governing_rule.reference', '本平台适用公示期的依据'),
    },
    defaultLevel: read.level(raw?.default_level, 'default_level'),
    generalRegimes: read.ordered(generalRegimes, 'general_regimes'),
    samrPenaltyRegimes: read.ordered(samrPenaltyRegimes, 'samr_penalty_regimes'),
    samrSeriousListRegimes: read.ordered(samrSeriousListRegimes, 'samr_serious_list_regimes'),
    kinds,
  };
  if (read.problems.length > 0) {
    throw new AppError('INVALID_INPUT', `公示期规则有误：\n${read.problems.join('\n')}`, { details: read.problems });
  }
  return rules;
}
