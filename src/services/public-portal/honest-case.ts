import { todayInDistrict } from '../../domain/district-date.ts';
import { currentGradeSubquery } from '../../store/evaluation.repository.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import type { Executor } from '../../store/executor.ts';
import { loadActorNames } from '../../store/user.repository.ts';

/** 诚信典型案例 (001 §二(九)) as the public portal shows it. */
export interface PublicHonestCase {
  id: number;
  uscc: string;
  enterpriseName: string;
  title: string;
  story: string;
  /** Short facts shown as tags (honours, patents …). */
  highlights: string[];
  /** The grade the enterprise held when the case was published, and its as-of date. */
  grade: string;
  gradeAsOf: string;
  publishedOn: string;
}

/** The credit office's view: also withdrawn cases, who did what, and whether the portal shows the case now. */
export interface HonestCase extends PublicHonestCase {
  state: 'published' | 'withdrawn';
  version: number;
  publishedBy: string;
  /** Who published and who withdrew the case, by display name. */
  publishedByName: string;
  publishedAt: string;
  withdrawnBy: string | null;
  withdrawnByName: string | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  /** The enterprise's grade now (null: no evaluation). */
  currentGrade: string | null;
  isShownPublicly: boolean;
  /** Why a published case is not shown (its enterprise's grade changed), in Chinese; null when shown or withdrawn. */
  hiddenReason: string | null;
}

export const HONEST_CASE_STATES = ['published', 'withdrawn'] as const;

const toIso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** The case rows with their enterprise's current grade (latest evaluation); nameHonestCases adds the enterprise. */
export function selectHonestCases(db: Executor) {
  return db
    .selectFrom('honest_cases as c')
    .selectAll('c')
    .select(currentGradeSubquery('c.enterprise_id').as('current_grade'));
}

type HonestCaseGradeRow = Awaited<ReturnType<ReturnType<typeof selectHonestCases>['executeTakeFirstOrThrow']>>;
type HonestCaseRow = HonestCaseGradeRow & { uscc: string; name: string };

/** The rows of selectHonestCases, in the same order, with their enterprise's USCC and name. */
export async function nameHonestCases(db: Executor, rows: readonly HonestCaseGradeRow[]): Promise<HonestCaseRow[]> {
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.map((row) => row.enterprise_id),
  );
  return rows.map((row) => {
    const { uscc, name } = enterprises.get(row.enterprise_id)!;
    return { ...row, uscc, name };
  });
}

/** Reads the display names of the people who published and withdrew these cases (loadActorNames). */
export function loadHonestCaseActorNames(db: Executor, rows: readonly HonestCaseRow[]) {
  return loadActorNames(
    db,
    rows.flatMap((row) => [row.published_by, row.withdrawn_by]),
  );
}

export function toHonestCase(
  row: HonestCaseRow,
  eligibleGrades: readonly string[],
  nameOf: (actor: string) => string = (actor) => actor,
): HonestCase {
  const isEligible = row.current_grade !== null && eligibleGrades.includes(row.current_grade);
  const isPublished = row.state === 'published';
  return {
    id: Number(row.id),
    uscc: row.uscc,
    enterpriseName: row.name,
    title: row.title,
    story: row.story,
    highlights: row.highlights,
    grade: row.grade,
    gradeAsOf: row.grade_as_of,
    publishedOn: todayInDistrict(new Date(row.published_at)),
    state: row.state as HonestCase['state'],
    version: row.version,
    publishedBy: row.published_by,
    publishedByName: nameOf(row.published_by),
    publishedAt: toIso(row.published_at)!,
    withdrawnBy: row.withdrawn_by,
    withdrawnByName: row.withdrawn_by === null ? null : nameOf(row.withdrawn_by),
    withdrawnAt: toIso(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
    currentGrade: row.current_grade,
    isShownPublicly: isPublished && isEligible,
    hiddenReason:
      isPublished && !isEligible
        ? `企业现行信用等级为${row.current_grade ? ` ${row.current_grade} 级` : '空（尚无评价）'}，不在诚信典型案例的等级范围（${eligibleGrades.join('、')} 级）内，公众门户暂不展示`
        : null,
  };
}

export function toPublicHonestCase(item: HonestCase): PublicHonestCase {
  const { id, uscc, enterpriseName, title, story, highlights, grade, gradeAsOf, publishedOn } = item;
  return { id, uscc, enterpriseName, title, story, highlights, grade, gradeAsOf, publishedOn };
}
