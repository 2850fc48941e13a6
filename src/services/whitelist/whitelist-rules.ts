import { createHash } from 'node:crypto';
import { loadCatalog } from '../../catalog/catalog.ts';
import { type IpPledgeWhitelistFile, loadIpPledgeWhitelistFile } from '../../catalog/ip-pledge-whitelist.ts';
import { AppError } from '../../domain/app-error.ts';
import { CREDIT_LEVELS } from '../../domain/publicity-rules.ts';
import { canonicalJson } from '../../domain/canonical-json.ts';

/** catalog/ip-pledge-whitelist.yaml as typed data: who is listed, when, and who receives the list. */

export const RECIPIENT_MODES = ['subscribed', 'all_active_banks'] as const;
export type RecipientMode = (typeof RECIPIENT_MODES)[number];

export interface WhitelistExclusion {
  kind: string;
  /** Only records of these credit levels (the publicity window's level); empty: any level. */
  levels: string[];
  reason: string;
  reference: string;
}

export interface IpRelatedRecordSource {
  kind: string;
  /** The catalog field whose text is searched for the keywords. */
  field: string;
}

export interface WhitelistRules {
  listCode: string;
  label: string;
  reference: string;
  patents: {
    kind: string;
    numberField: string;
    nameField: string;
    typeField: string;
    inventionTypes: string[];
    legalStatusField: string;
    validLegalStatuses: string[];
    pledgedLegalStatuses: string[];
    minValidInventionPatents: number;
    reference: string;
  };
  grades: { minGrade: string; priorityMinGrade: string; reference: string };
  exclusions: WhitelistExclusion[];
  schedule: { period: 'month'; dayOfMonth: number; reference: string };
  recipients: { mode: RecipientMode };
  lookup: {
    maxApplicants: number;
    trademarkKind: string;
    abnormalOperationKind: string;
    ipRelatedRecords: IpRelatedRecordSource[];
    ipKeywords: string[];
    reference: string;
  };
  /** sha256 of the canonical JSON of the file's content: stored with every generation. */
  digest: string;
}

const FILE_LABEL = 'catalog/ip-pledge-whitelist.yaml';

let cached: WhitelistRules | undefined;

export function loadWhitelistRules(): WhitelistRules {
  cached ??= parseWhitelistRules(loadIpPledgeWhitelistFile());
  return cached;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Validates the file against the record catalog; a broken file stops generation instead of listing wrongly. */
export function parseWhitelistRules(raw: IpPledgeWhitelistFile): WhitelistRules {
  const fail = (what: string): never => {
    throw new AppError('INTERNAL', `${FILE_LABEL}：${what}`);
  };
  const catalog = loadCatalog();
  const requireField = (kindCode: string, field: string, where: string) => {
    const kind = catalog.kind(kindCode) ?? fail(`${where} 的记录类别“${kindCode}”不在信用信息目录中`);
    if (!kind.fields.some((item) => item.key === field)) fail(`${where} 的字段“${field}”不是${kind.label}记录的字段`);
  };
  const patents = raw?.patents ?? fail('缺少 patents');
  for (const key of ['number_field', 'name_field', 'type_field', 'legal_status_field'] as const)
    requireField(patents.kind, patents[key], `patents.${key}`);
  const minPatents = Number(patents.min_valid_invention_patents);
  if (!Number.isInteger(minPatents) || minPatents < 1) fail('patents.min_valid_invention_patents 应为正整数');
  if (strings(patents.invention_types).length === 0 || strings(patents.valid_legal_statuses).length === 0)
    fail('patents.invention_types 与 valid_legal_statuses 不能为空');

  const exclusions: WhitelistExclusion[] = (raw.exclusions ?? []).map((item, index) => {
    const kind = catalog.kind(item.kind) ?? fail(`exclusions[${index}] 的记录类别“${item.kind}”不在信用信息目录中`);
    if (kind.polarity !== 'negative') fail(`exclusions[${index}]:${kind.label}不是负面记录类别`);
    const levels = strings(item.levels);
    const unknown = levels.filter((level) => !(CREDIT_LEVELS as readonly string[]).includes(level));
    if (unknown.length > 0)
      fail(`exclusions[${index}] 的失信程度 ${unknown.join('、')} 无效（应为 ${CREDIT_LEVELS.join('、')}）`);
    if (!item.reason || !item.reference) fail(`exclusions[${index}] 须写明 reason 与 reference`);
    return { kind: kind.code, levels, reason: String(item.reason), reference: String(item.reference) };
  });

  const schedule = raw.schedule ?? fail('缺少 schedule');
  if (schedule.period !== 'month') fail(`schedule.period 目前只支持 month（每月一次），实际为“${schedule.period}”`);
  const day = Number(schedule.day_of_month);
  // Days 29–31 do not exist in every month: a period would silently be skipped.
  if (!Number.isInteger(day) || day < 1 || day > 28) fail('schedule.day_of_month 应为 1–28 的整数（每个月都有这一天）');

  const mode = raw.recipients?.mode as RecipientMode;
  if (!(RECIPIENT_MODES as readonly string[]).includes(mode))
    fail(`recipients.mode 应为 ${RECIPIENT_MODES.join(' 或 ')}，实际为“${mode}”`);

  const lookup = raw.lookup ?? fail('缺少 lookup');
  const maxApplicants = Number(lookup.max_applicants);
  if (!Number.isInteger(maxApplicants) || maxApplicants < 1) fail('lookup.max_applicants 应为正整数');
  for (const key of ['trademark_kind', 'abnormal_operation_kind'] as const) {
    if (!catalog.kind(lookup[key])) fail(`lookup.${key} 的记录类别“${lookup[key]}”不在信用信息目录中`);
  }
  const sources: IpRelatedRecordSource[] = (lookup.ip_related_records ?? []).map((item, index) => {
    requireField(item.kind, item.field, `lookup.ip_related_records[${index}]`);
    return { kind: String(item.kind), field: String(item.field) };
  });

  return {
    listCode: String(raw.list_code),
    label: String(raw.label),
    reference: String(raw.reference),
    patents: {
      kind: String(patents.kind),
      numberField: String(patents.number_field),
      nameField: String(patents.name_field),
      typeField: String(patents.type_field),
      inventionTypes: strings(patents.invention_types),
      legalStatusField: String(patents.legal_status_field),
      validLegalStatuses: strings(patents.valid_legal_statuses),
      pledgedLegalStatuses: strings(patents.pledged_legal_statuses),
      minValidInventionPatents: minPatents,
      reference: String(patents.reference),
    },
    grades: {
      minGrade: String(raw.grades?.min_grade),
      priorityMinGrade: String(raw.grades?.priority_min_grade),
      reference: String(raw.grades?.reference),
    },
    exclusions,
    schedule: { period: 'month', dayOfMonth: day, reference: String(schedule.reference) },
    recipients: { mode },
    lookup: {
      maxApplicants,
      trademarkKind: String(lookup.trademark_kind),
      abnormalOperationKind: String(lookup.abnormal_operation_kind),
      ipRelatedRecords: sources,
      ipKeywords: strings(lookup.ip_keywords),
      reference: String(lookup.reference),
    },
    digest: createHash('sha256').update(canonicalJson(raw)).digest('hex'),
  };
}

/** The rules with some values changed (tests, and an administrator trying a variant): a new digest. */
export function withRuleChanges(
  rules: WhitelistRules,
  changes: Partial<Omit<WhitelistRules, 'digest'>>,
): WhitelistRules {
  const digest = createHash('sha256')
    .update(canonicalJson({ base: rules.digest, changes }))
    .digest('hex');
  return { ...rules, ...changes, digest };
}

/**
 * Which grades qualify, and which are recommended first, read from the model's grade table (best first): every
 * grade from the top down to the rule's minimum. A minimum the model does not know stops generation.
 */
export function resolveEligibleGrades(
  rules: WhitelistRules,
  modelGrades: readonly string[],
): { eligible: string[]; priority: string[]; rank: Map<string, number> } {
  const upTo = (grade: string, what: string) => {
    const index = modelGrades.indexOf(grade);
    if (index < 0)
      throw new AppError(
        'PRECONDITION_FAILED',
        `${FILE_LABEL}：${what}“${grade}”不是现行评价模型的等级（${modelGrades.join('、')}）`,
      );
    return modelGrades.slice(0, index + 1);
  };
  return {
    eligible: upTo(rules.grades.minGrade, 'grades.min_grade 的等级'),
    priority: upTo(rules.grades.priorityMinGrade, 'grades.priority_min_grade 的等级'),
    rank: new Map(modelGrades.map((grade, index) => [grade, index])),
  };
}
