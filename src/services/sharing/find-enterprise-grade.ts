import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { enterpriseNotFound } from '../../store/enterprise.repository.ts';

export interface EnterpriseGrade {
  uscc: string;
  name: string;
  /** Null until the enterprise has been evaluated. */
  grade: string | null;
  score: number | null;
  asOf: string | null;
  modelVersion: string | null;
}

/**
 * The enterprise grade query: the grade a bank or department asks for most often, in one statement that
 * the unique USCC index and the evaluations_current index (grade, score and model version included) answer without
 * reading evaluation rows.
 */
export async function findEnterpriseGrade(db: Kysely<Database>, uscc: string): Promise<EnterpriseGrade> {
  const result = await sql<{
    uscc: string;
    name: string;
    grade: string | null;
    score: number | null;
    as_of: string | null;
    model_version: string | null;
  }>`
    select e.uscc, e.name, v.grade, v.score, v.as_of, m.model_id || '/' || m.version as model_version
    from enterprises e
    left join lateral (
      select ev.grade, ev.score, ev.as_of, ev.model_version_id from evaluations ev
      where ev.enterprise_id = e.id order by ev.as_of desc, ev.id desc limit 1
    ) v on true
    left join model_versions m on m.id = v.model_version_id
    where e.uscc = ${uscc}`.execute(db);
  const row = result.rows[0];
  if (!row) throw enterpriseNotFound(uscc);
  return {
    uscc: row.uscc,
    name: row.name,
    grade: row.grade,
    score: row.score === null ? null : Number(row.score),
    asOf: row.as_of,
    modelVersion: row.model_version,
  };
}
