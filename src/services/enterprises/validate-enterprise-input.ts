import type { Catalog } from '../../catalog/catalog.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { validateUscc, type UsccValidation } from '../../domain/uscc.ts';
import type { EnterpriseValues } from '../../store/enterprise.repository.ts';
import {
  ENTERPRISE_STATUSES,
  fieldError,
  type EnterpriseField,
  type EnterpriseInput,
  type FieldError,
} from './enterprise.ts';

/** The fields an input gives, checked and normalised; a field the input leaves out is absent. */
export type EnterpriseChanges = Partial<Omit<EnterpriseValues, 'uscc' | 'uscc_warning'>>;

export interface ValidatedEnterpriseInput {
  uscc: UsccValidation;
  changes: EnterpriseChanges;
  errors: FieldError[];
  warnings: string[];
}

// GB/T 4754-2017 codes: section letter, 2-digit division, then optionally the 3-digit group or 4-digit class.
const INDUSTRY_CODE = /^([A-Z])(\d{2})(\d{1,2})?$/;
const REGION_CODE = /^\d{6}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LIST_SEPARATOR = /[,\uff0c\u3001;\uff1b\s]+/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads an optional text field: undefined when absent, null when empty or null, the trimmed text otherwise. */
function readText(input: EnterpriseInput, field: EnterpriseField, errors: FieldError[]): string | null | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== 'string') {
    errors.push(fieldError(field, `应为文本，实际为${JSON.stringify(value)}`));
    return undefined;
  }
  return value.trim() === '' ? null : value.trim();
}

/**
 * Checks one registry input against GB 32100 (USCC), GB/T 4754 (industry, against catalog/industries.yaml),
 * GB/T 2260 (region, 6 digits), the tier and incubator catalogs, the date and the status list.
 *
 * Industry codes: the catalog lists every section but only the divisions common among sci-tech firms. A code whose
 * division is not listed is accepted with only its section checked, and a warning: refusing it would refuse real
 * enterprises of other divisions, and the section is what grouping and the index use.
 */
export function validateEnterpriseInput(
  input: EnterpriseInput,
  catalog: Catalog,
  today: string,
): ValidatedEnterpriseInput {
  const errors: FieldError[] = [];
  const warnings: string[] = [];
  const changes: EnterpriseChanges = {};

  const uscc = validateUscc(typeof input.uscc === 'string' ? input.uscc : '', loadUsccAuthorities());
  if (input.uscc === undefined || input.uscc === null || (typeof input.uscc === 'string' && input.uscc.trim() === ''))
    errors.push(fieldError('uscc', '必须填写'));
  else if (typeof input.uscc !== 'string')
    errors.push(fieldError('uscc', `应为文本，实际为${JSON.stringify(input.uscc)}`));

  const name = readText(input, 'name', errors);
  if (name === null) errors.push(fieldError('name', '不能为空'));
  else if (name !== undefined) changes.name = name;

  const legalRepresentative = readText(input, 'legalRepresentative', errors);
  if (legalRepresentative !== undefined) changes.legal_representative = legalRepresentative;

  const industry = readText(input, 'industryCode', errors);
  if (industry !== undefined && industry !== null) {
    const code = industry.toUpperCase();
    const match = INDUSTRY_CODE.exec(code);
    if (!match) {
      errors.push(
        fieldError(
          'industryCode',
          `“${industry}”不是国民经济行业分类代码（门类字母+2位大类数字，可再带中类、小类数字，如 I65、I6513）`,
        ),
      );
    } else if (!Object.hasOwn(catalog.industrySections, match[1])) {
      errors.push(fieldError('industryCode', `门类“${match[1]}”不在国民经济行业分类（GB/T 4754-2017）中`));
    } else {
      if (!Object.hasOwn(catalog.industryDivisions, `${match[1]}${match[2]}`)) {
        warnings.push(
          `行业代码：大类“${match[1]}${match[2]}”不在平台行业目录中，仅校验了门类“${match[1]} ${catalog.industrySections[match[1]]}”`,
        );
      }
      changes.industry_code = code;
    }
  } else if (industry === null) {
    changes.industry_code = null;
  }

  const region = readText(input, 'regionCode', errors);
  if (region !== undefined && region !== null && !REGION_CODE.test(region)) {
    errors.push(fieldError('regionCode', `“${region}”不是6位数字的行政区划代码（GB/T 2260）`));
  } else if (region !== undefined) {
    changes.region_code = region;
  }

  const registeredOn = readText(input, 'registeredOn', errors);
  if (registeredOn !== undefined && registeredOn !== null && !isRealDate(registeredOn)) {
    errors.push(fieldError('registeredOn', `“${registeredOn}”不是有效日期（格式 YYYY-MM-DD）`));
  } else if (registeredOn && registeredOn > today) {
    errors.push(fieldError('registeredOn', `${registeredOn} 晚于今天（${today}），成立日期不能在未来`));
  } else if (registeredOn !== undefined) {
    changes.registered_on = registeredOn;
  }

  const status = readText(input, 'status', errors);
  if (status !== undefined && status !== null && !(ENTERPRISE_STATUSES as readonly string[]).includes(status)) {
    errors.push(fieldError('status', `“${status}”不是登记状态之一（${ENTERPRISE_STATUSES.join('、')}）`));
  } else if (status === null) {
    errors.push(fieldError('status', `不能为空（${ENTERPRISE_STATUSES.join('、')}）`));
  } else if (status !== undefined) {
    changes.status = status;
  }

  if (input.tiers !== undefined) {
    const tiers = checkTiers(input.tiers, catalog, errors);
    if (tiers) changes.tiers = tiers;
  }

  const incubator = readText(input, 'incubator', errors);
  if (incubator !== undefined && incubator !== null) {
    const found = catalog.incubators.find((item) => item.code === incubator.toUpperCase() || item.name === incubator);
    if (!found) errors.push(fieldError('incubator', `“${incubator}”不在孵化载体名录（catalog/incubators.yaml）中`));
    else changes.incubator_code = found.code;
  } else if (incubator === null) {
    changes.incubator_code = null;
  }

  return { uscc, changes, errors, warnings };
}

/** Tier codes in catalog order, or undefined after recording an error. */
function checkTiers(value: unknown, catalog: Catalog, errors: FieldError[]): string[] | undefined {
  if (value === null) return [];
  const items = typeof value === 'string' ? value.split(LIST_SEPARATOR) : value;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    errors.push(fieldError('tiers', '应为层级代码或名称的列表'));
    return undefined;
  }
  const chosen = new Set<string>();
  for (const item of items.map((text: string) => text.trim()).filter(Boolean)) {
    const tier = catalog.tiers.find((candidate) => candidate.code === item || candidate.label === item);
    if (!tier) {
      errors.push(
        fieldError(
          'tiers',
          `“${item}”不是科创层级之一（${catalog.tiers.map((candidate) => candidate.label).join('、')}）`,
        ),
      );
      return undefined;
    }
    chosen.add(tier.code);
  }
  return catalog.tiers.filter((tier) => chosen.has(tier.code)).map((tier) => tier.code);
}
