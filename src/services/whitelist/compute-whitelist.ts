import { loadCatalog } from '../../catalog/catalog.ts';
import type { PublicityWindow } from '../../domain/publicity.ts';
import { resolveEligibleGrades, type WhitelistExclusion, type WhitelistRules } from './whitelist-rules.ts';
import { findStandingRecords, publishedWindowOf, type StandingRecordRow } from '../records/standing-records.ts';
import type { Executor } from '../../store/executor.ts';
import { listPatentHoldersWithGrade, type PatentHolderWithGradeRow } from '../../store/record.repository.ts';

/** An enterprise on a computed list, in recommendation order. */
export interface ComputedEntry {
  enterpriseId: number;
  rank: number;
  grade: string;
  score: number;
  evaluatedOn: string;
  validPatents: number;
  validInventionPatents: number;
  isPriority: boolean;
}

export interface ComputedWhitelist {
  asOf: string;
  /** Enterprises with enough valid invention patents. */
  candidates: number;
  /** Candidates never evaluated. */
  ungraded: number;
  excludedByGrade: number;
  excludedByRecords: number;
  entries: ComputedEntry[];
  /** Why each excluded candidate is off the list (enterprise id → Chinese reasons), for explanations and tests. */
  exclusions: Map<number, string[]>;
}

function matchingExclusion(
  exclusions: WhitelistExclusion[],
  row: StandingRecordRow,
  window: PublicityWindow,
): WhitelistExclusion | undefined {
  return exclusions.find(
    (rule) => rule.kind === row.kind && (rule.levels.length === 0 || rule.levels.includes(window.level)),
  );
}

/**
 * The whitelist as of a date (rules in catalog/ip-pledge-whitelist.yaml): enterprises with enough valid
 * invention patents, whose current grade is at least the rules' minimum in the model's grade order, and with no
 * published record of an excluding kind. Three set-based statements whatever the number of enterprises; the
 * publicity windows are computed in memory from the rules in force on each record's decision date.
 * `onlyEnterpriseIds` narrows the computation (a review of the current list).
 */
export async function computeWhitelist(
  db: Executor,
  input: { asOf: string; rules: WhitelistRules; modelGrades: readonly string[]; onlyEnterpriseIds?: number[] },
): Promise<ComputedWhitelist> {
  const { asOf, rules } = input;
  const grades = resolveEligibleGrades(rules, input.modelGrades);
  const candidates = await listPatentHoldersWithGrade(
    db,
    rules.patents,
    asOf,
    rules.patents.minValidInventionPatents,
    input.onlyEnterpriseIds,
  );

  const exclusions = new Map<number, string[]>();
  const exclude = (enterpriseId: number, reason: string) =>
    exclusions.set(enterpriseId, [...(exclusions.get(enterpriseId) ?? []), reason]);
  let ungraded = 0;
  let excludedByGrade = 0;
  const graded: PatentHolderWithGradeRow[] = [];
  for (const row of candidates) {
    const enterpriseId = Number(row.enterprise_id);
    if (row.grade === null) {
      ungraded += 1;
      exclude(enterpriseId, '尚无信用评价结果');
    } else if (!grades.eligible.includes(row.grade)) {
      excludedByGrade += 1;
      exclude(enterpriseId, `当前信用等级 ${row.grade} 低于 ${rules.grades.minGrade}`);
    } else graded.push(row);
  }

  const kinds = [...new Set(rules.exclusions.map((rule) => rule.kind))];
  const records = await findStandingRecords(
    db,
    graded.map((row) => Number(row.enterprise_id)),
    kinds,
    asOf,
  );
  const labelOf = (kind: string) => loadCatalog().kind(kind)?.label ?? kind;
  for (const record of records) {
    const window = publishedWindowOf(record, asOf);
    const rule = window && matchingExclusion(rules.exclusions, record, window);
    if (rule)
      exclude(
        record.enterprise_id,
        `${rule.reason}（${labelOf(record.kind)},${record.occurred_on} 起，公示至 ${window.publicUntil ?? '移出为止'}）`,
      );
  }

  const listed = graded.filter((row) => !exclusions.has(Number(row.enterprise_id)));
  const rankOf = (grade: string) => grades.rank.get(grade)!;
  listed.sort(
    (a, b) =>
      rankOf(a.grade!) - rankOf(b.grade!) ||
      Number(b.valid_invention_patents) - Number(a.valid_invention_patents) ||
      Number(b.score) - Number(a.score) ||
      (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0),
  );
  return {
    asOf,
    candidates: candidates.length,
    ungraded,
    excludedByGrade,
    excludedByRecords: graded.length - listed.length,
    entries: listed.map((row, index) => ({
      enterpriseId: Number(row.enterprise_id),
      rank: index + 1,
      grade: row.grade!,
      score: Number(row.score),
      evaluatedOn: row.evaluated_on!,
      validPatents: Number(row.valid_patents),
      validInventionPatents: Number(row.valid_invention_patents),
      isPriority: grades.priority.includes(row.grade!),
    })),
    exclusions,
  };
}
