import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import {
  addMonthsToDay,
  fromDayNumber,
  OPEN_END_DAY,
  parseIsoDay,
  toDayNumber,
} from '../../domain/month-arithmetic.ts';
import type { PublicityRules } from '../../domain/publicity-rules.ts';
import { LONG_TERM_DATE } from '../../domain/record.ts';
import { loadPublicityResolver } from '../../engine/load-publicity-rules.ts';
import type { Database } from '../../store/database.ts';
import { matchEnterprise } from './match-enterprise.ts';
import { loadPublicDisclosureRules, type DisclosedKind } from './public-disclosure-rules.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findRecordsWithEnterprise, listActiveRecordsWithEnterpriseWhere } from '../../store/record.repository.ts';

/** One 双公示 record as the public sees it: no personal data, only the fields catalog/public-disclosure.yaml lists. */
export interface PublicRecord {
  id: number;
  kind: string;
  kindLabel: string;
  uscc: string;
  enterpriseName: string;
  decisionNumber: string | null;
  /** 许可类别 or 处罚类别. */
  category: string | null;
  /** 许可内容 or 违法行为类型. */
  summary: string | null;
  decidedOn: string | null;
  authority: string | null;
  /** Last day it is published; null: 长期 (a licence without end) or until removed. */
  publicUntil: string | null;
  details: Array<{ label: string; value: string }>;
}

export interface PublicRecordQuery {
  /** Part of the enterprise's name or the start of its USCC. */
  query?: string;
  /** One of the disclosed kinds (administrative_license, administrative_penalty); all of them when absent. */
  kind?: string;
  limit: number;
  offset: number;
  today?: string;
}

/** The longest a penalty can stay published under any regime: older decisions need not be read at all. */
function longestPublicityMonths(rules: PublicityRules): number {
  const general = rules.generalRegimes.flatMap((regime) =>
    Object.values(regime.periods).map((period) => period.maxMonths),
  );
  const samr = rules.samrPenaltyRegimes.flatMap((regime) => [
    regime.standardPublicityMonths,
    regime.lightPublicityMonths,
  ]);
  return Math.max(0, ...general, ...samr);
}

/** The SQL condition under which a record of a disclosed kind may be published on `today` (refined in code for windows). */
function publishableCondition(disclosed: DisclosedKind, today: string, oldestDecision: string): RawBuilder<SqlBool> {
  const ofKind = sql`r.kind = ${disclosed.kind.code} and r.occurred_on <= ${today}`;
  if (disclosed.basis === 'valid_license') {
    // ends_on is the licence's 有效期至: its last valid day.
    return sql<SqlBool>`(${ofKind} and r.fields ->> ${disclosed.statusField!}::text = any(${sql.val(disclosed.publishedStatuses)}::text[]) and (r.ends_on is null or r.ends_on >= ${today}))`;
  }
  return sql<SqlBool>`(${ofKind} and r.occurred_on >= ${oldestDecision})`;
}

function formatValue(value: unknown, type: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (type === 'date' && value === LONG_TERM_DATE) return '长期';
  return String(value);
}

/**
 * 信用公示 of 双公示 records (004 §(五)): licences still valid and penalties still within their publicity window
 * (catalog/publicity-rules.yaml, from the rules in force on the decision date), newest decision first, paged. Repaired,
 * revoked and removed records are never shown (001 §二(四)); records about natural persons are left out altogether.
 * The windows are computed in code, so the page is cut after filtering: `total` counts only published records.
 */
export async function listPublicRecords(
  db: Kysely<Database>,
  options: PublicRecordQuery,
): Promise<{ total: number; items: PublicRecord[] }> {
  const rules = loadPublicDisclosureRules().doublePublicity;
  const kinds = options.kind ? rules.kinds.filter((item) => item.kind.code === options.kind) : rules.kinds;
  if (kinds.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      `记录类别“${options.kind}”不在公示范围内，可选：${rules.kinds.map((item) => `${item.kind.code}(${item.kind.label})`).join('、')}`,
    );
  const today = options.today ?? todayInDistrict();
  const todayDay = toDayNumber(today);
  const resolver = loadPublicityResolver();
  const oldestDecision = fromDayNumber(addMonthsToDay(todayDay, -longestPublicityMonths(resolver.rules) - 1));
  const match = matchEnterprise(options.query, 'e');

  const candidates = await listActiveRecordsWithEnterpriseWhere(
    db,
    sql`coalesce(r.fields ->> ${rules.subjectCategoryField}::text, '') <> all(${sql.val(rules.excludedSubjectCategories)}::text[])
      and (${sql.join(
        kinds.map((kind) => publishableCondition(kind, today, oldestDecision)),
        sql` or `,
      )})
      ${match ? sql`and ${match}` : sql``}`,
  );

  const byKind = new Map(kinds.map((kind) => [kind.kind.code, kind]));
  const published: Array<{ id: number; kind: DisclosedKind; publicUntil: string | null }> = [];
  for (const row of candidates) {
    const kind = byKind.get(row.kind)!;
    if (kind.basis === 'valid_license') {
      published.push({
        id: Number(row.id),
        kind,
        publicUntil: row.ends_on === null || row.ends_on === LONG_TERM_DATE ? null : row.ends_on,
      });
      continue;
    }
    // A negative kind without publicity rules has no window to publish it in: it stays off the portal.
    if (!resolver.ruleFor(row.kind, row.department_code)) continue;
    const until = resolver.publicUntilDay(
      row.kind,
      row.department_code,
      row.level,
      parseIsoDay(row.occurred_on),
      parseIsoDay(row.ends_on),
    );
    if (until < todayDay) continue;
    published.push({ id: Number(row.id), kind, publicUntil: until === OPEN_END_DAY ? null : fromDayNumber(until) });
  }

  const page = published.slice(options.offset, options.offset + options.limit);
  if (page.length === 0) return { total: published.length, items: [] };
  const rows = await findRecordsWithEnterprise(
    db,
    page.map((item) => item.id),
  );
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  const items = page.map(({ id, kind, publicUntil }): PublicRecord => {
    const row = byId.get(id)!;
    const fields = row.fields as Record<string, unknown>;
    const text = (key: string) => formatValue(fields[key], 'text');
    return {
      id,
      kind: kind.kind.code,
      kindLabel: kind.kind.label,
      uscc: row.uscc,
      enterpriseName: row.name,
      decisionNumber: text(kind.numberField),
      category: row.subtype,
      summary: text(kind.summaryField),
      decidedOn: row.occurred_on,
      authority: text(kind.authorityField),
      publicUntil,
      details: kind.publicFields.flatMap((field) => {
        const value = formatValue(fields[field.key], field.type);
        return value === null ? [] : [{ label: field.header, value }];
      }),
    };
  });
  return { total: published.length, items };
}
