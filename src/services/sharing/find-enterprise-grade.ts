import type { Kysely } from 'kysely';
import { findEnterpriseCurrentGrade } from '../../store/evaluation.repository.ts';
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

/** The enterprise grade query: the grade a bank or department asks for most often (one statement). */
export async function findEnterpriseGrade(db: Kysely<Database>, uscc: string): Promise<EnterpriseGrade> {
  const row = await findEnterpriseCurrentGrade(db, uscc);
  if (!row) throw enterpriseNotFound(uscc);
  return {
    uscc: row.uscc,
    name: row.name,
    grade: row.grade,
    score: row.score,
    asOf: row.as_of,
    modelVersion: row.model_version,
  };
}
