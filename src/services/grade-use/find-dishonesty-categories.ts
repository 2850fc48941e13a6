import { loadCatalog } from '../../catalog/catalog.ts';
import type { Executor } from '../../store/executor.ts';
import { findStandingRecords, publishedWindowOf } from '../records/standing-records.ts';
import { type DishonestyCategory, loadMeasureCatalog } from './grade-use-settings.ts';

/** A published record that puts an enterprise in a category of dishonesty. */
export interface TriggeringRecord {
  id: number;
  kind: string;
  kindLabel: string;
  departmentCode: string;
  /** The record's 子类 (e.g. the listing reason or the 处罚类别), as reported. */
  subtype: string | null;
  /** The credit level of its publicity window (轻微/一般/严重). */
  level: string;
  occurredOn: string | null;
  /** Last day it is published; null while it stays until removed. */
  publicUntil: string | null;
}

export interface EnterpriseCategory {
  code: string;
  label: string;
  withholdsIncentives: boolean;
  reference: string;
  records: TriggeringRecord[];
}

function categoryOf(categories: DishonestyCategory[], kind: string, level: string): DishonestyCategory | undefined {
  return categories.find((category) =>
    category.rules.some((rule) => rule.kind === kind && (rule.levels.length === 0 || rule.levels.includes(level))),
  );
}

/**
 * The categories of dishonesty an enterprise is in on a date (catalog/measures.yaml categories, 001 §二(五)
 * "结合失信类别和程度"), each with the records that put it there: records of the categories' kinds that are still
 * published (公示中 or 可申请修复) under the same publicity windows the evaluation uses; repaired, revoked, removed
 * and expired records do not count (001 §二(四)). A record falls in the first category it matches, in file order.
 */
export async function findDishonestyCategories(
  db: Executor,
  enterpriseId: number,
  on: string,
): Promise<EnterpriseCategory[]> {
  const { categories } = loadMeasureCatalog();
  const kinds = [...new Set(categories.flatMap((category) => category.rules.map((rule) => rule.kind)))];
  const records = await findStandingRecords(db, [enterpriseId], kinds, on);
  const found = new Map<string, TriggeringRecord[]>();
  for (const record of records) {
    const window = publishedWindowOf(record, on);
    const category = window && categoryOf(categories, record.kind, window.level);
    if (!window || !category) continue;
    found.set(category.code, [
      ...(found.get(category.code) ?? []),
      {
        id: record.id,
        kind: record.kind,
        kindLabel: loadCatalog().kind(record.kind)?.label ?? record.kind,
        departmentCode: record.department_code,
        subtype: record.subtype,
        level: window.level,
        occurredOn: record.occurred_on,
        publicUntil: window.publicUntil,
      },
    ]);
  }
  return categories
    .filter((category) => found.has(category.code))
    .map((category) => ({
      code: category.code,
      label: category.label,
      withholdsIncentives: category.withholds_incentives,
      reference: category.reference,
      records: found.get(category.code)!,
    }));
}
