/** The IP-pledge whitelist as the API and the exports show it. */

export const GENERATION_TRIGGERS = ['schedule', 'manual', 'review'] as const;
export type GenerationTrigger = (typeof GENERATION_TRIGGERS)[number];

export const TRIGGER_LABELS: Record<GenerationTrigger, string> = {
  schedule: '定期生成',
  manual: '手动生成',
  review: '每日复核（撤回不再符合条件的企业）',
};

export interface WhitelistRecipientView {
  username: string;
  displayName: string;
  added: number;
  withdrawn: number;
  pushedAt: string;
}

export interface WhitelistGenerationView {
  id: number;
  listCode: string;
  asOf: string;
  /** YYYY-MM for a scheduled generation. */
  period: string | null;
  trigger: GenerationTrigger;
  triggerLabel: string;
  triggeredBy: string;
  /** The person who generated it (display name; the recorded actor, e.g. the monthly schedule, otherwise). */
  triggeredByName: string;
  rulesDigest: string;
  modelVersion: string | null;
  /** The model as people call it: its Chinese title and version (`科创企业信用评价模型（v1 版）`). */
  modelName: string | null;
  candidates: number;
  ungraded: number;
  excludedByGrade: number;
  excludedByRecords: number;
  listed: number;
  recipients: WhitelistRecipientView[];
  createdAt: string;
}

export interface WhitelistEntryView {
  rank: number;
  uscc: string;
  name: string;
  industryCode: string | null;
  grade: string;
  score: number;
  evaluatedOn: string;
  validPatents: number;
  validInventionPatents: number;
  isPriority: boolean;
}

export const ENTRY_XLSX_HEADERS = [
  '推介次序',
  '统一社会信用代码',
  '企业名称',
  '行业代码',
  '信用等级',
  '评价得分',
  '评价基准日',
  '有效专利（件）',
  '有效发明专利（件）',
  '优先推介',
] as const;

export function entryXlsxRow(entry: WhitelistEntryView): unknown[] {
  return [
    entry.rank,
    entry.uscc,
    entry.name,
    entry.industryCode,
    entry.grade,
    entry.score,
    entry.evaluatedOn,
    entry.validPatents,
    entry.validInventionPatents,
    entry.isPriority ? '是' : '否',
  ];
}

export const toIso = (value: Date | string): string =>
  value instanceof Date ? value.toISOString() : new Date(value).toISOString();
