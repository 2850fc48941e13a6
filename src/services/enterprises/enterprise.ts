/** The enterprise registry: what a registration says and what each of its fields is called in Chinese. */

/**
 * Registration statuses as the market-supervision registry publishes them (国家企业信用信息公示系统 登记状态).
 * 存续 and 在业 both mean the entity operates; 吊销, 注销 and 迁出 mean it no longer operates here.
 */
export const ENTERPRISE_STATUSES = ['存续', '在业', '吊销', '注销', '迁出'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/**
 * One enterprise to register or update. On an update, a field left out (undefined) keeps its current value and
 * null clears it. `tiers` and `incubator` accept catalog codes or Chinese labels / names; tiers may also be one
 * string separated by commas or 、.
 */
export interface EnterpriseInput {
  uscc: string;
  name?: string;
  legalRepresentative?: string | null;
  /** GB/T 4754-2017: section letter + 2-digit division, optionally group/class digits, e.g. I65 or I6513. */
  industryCode?: string | null;
  /** GB/T 2260, 6 digits; defaults to positions 3–8 of the USCC for a new enterprise. */
  regionCode?: string | null;
  /** YYYY-MM-DD, not in the future. */
  registeredOn?: string | null;
  status?: string;
  tiers?: string[] | string | null;
  incubator?: string | null;
}

export type EnterpriseField = keyof EnterpriseInput;

export const ENTERPRISE_FIELD_LABELS: Record<EnterpriseField, string> = {
  uscc: '统一社会信用代码',
  name: '企业名称',
  legalRepresentative: '法定代表人',
  industryCode: '行业代码',
  regionCode: '区划代码',
  registeredOn: '成立日期',
  status: '登记状态',
  tiers: '科创层级',
  incubator: '孵化载体',
};

export interface FieldError {
  field: EnterpriseField;
  /** The field's Chinese name. */
  label: string;
  /** Why the value is refused, in Chinese. */
  reason: string;
}

export function fieldError(field: EnterpriseField, reason: string): FieldError {
  return { field, label: ENTERPRISE_FIELD_LABELS[field], reason };
}
