import { sql, type Kysely } from 'kysely';
import { pageEnterprisesWithCurrentGrade } from '../../store/evaluation.repository.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';
import { matchEnterprise } from './match-enterprise.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';

/** An enterprise's published evaluation result: the grade band and its as-of date, nothing else. */
export interface PublicGrade {
  uscc: string;
  name: string;
  grade: string;
  gradeLabel: string;
  evaluatedOn: string;
}

/**
 * 信用公示 of evaluation results (001 §二(四) speaks of "公布的信用评价结果"; 000 §二(九)): each enterprise's current
 * grade and the as-of date of the evaluation that gave it — no score, dimension scores, trace or records. Enterprises
 * never evaluated are not listed. Refused when catalog/public-disclosure.yaml says grades are not published.
 */
export async function listPublicGrades(
  db: Kysely<Database>,
  options: { query?: string; grade?: string; limit: number; offset: number },
): Promise<{ total: number; items: PublicGrade[] }> {
  const rules = loadPublicDisclosureRules().grades;
  if (!rules.isPublished) throw new AppError('NOT_FOUND', '信用评价结果暂不向公众公布');
  const published = await findPublishedModel(db);
  const labels = new Map((published?.compiled.model.grades ?? []).map((row) => [row.grade, row.label]));
  const match = matchEnterprise(options.query, 'e');
  const where = sql.join(
    [
      sql`true`,
      ...(match ? [match] : []),
      ...(rules.publishedGrades.length > 0 ? [sql`cur.grade = any(${sql.val(rules.publishedGrades)}::text[])`] : []),
      ...(options.grade ? [sql`cur.grade = ${options.grade.trim().toUpperCase()}`] : []),
    ],
    sql` and `,
  );
  const { total, rows } = await pageEnterprisesWithCurrentGrade(db, where, options);
  return {
    total,
    items: rows.map((row) => ({
      uscc: row.uscc,
      name: row.name,
      grade: row.grade,
      gradeLabel: labels.get(row.grade) ?? row.grade,
      evaluatedOn: row.as_of,
    })),
  };
}
