import { sql, type Kysely } from 'kysely';
import { loadModel } from '../../engine/load-model.ts';
import type { Database } from '../../store/database.ts';
import { resolveModelDir } from '../evaluation/model-files.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import { listEnterprisesWithLatestGrade } from '../../store/enterprise.repository.ts';

/** An enterprise with its current grade and the SAMR risk class (A–D) it is supervised under. */
export interface EnterpriseRiskClass {
  enterpriseId: number;
  uscc: string;
  name: string;
  industryCode: string | null;
  tiers: string[];
  grade: string | null;
  riskClass: string;
}

/** Which enterprises a plan covers: every registered enterprise by default, narrowed by industry prefix or tier. */
export interface EnterpriseScopeFilter {
  industryPrefix?: string;
  tier?: string;
}

const gradeClassesByModelDir = new Map<string, Map<string, string>>();

/** Grade → risk class as the grade's own model version declares it (model.yaml grades[].samr.class). */
function gradeClassesOf(modelDir: string): Map<string, string> {
  let classes = gradeClassesByModelDir.get(modelDir);
  if (!classes) {
    classes = new Map(loadModel(resolveModelDir(modelDir)).grades.map((row) => [row.grade, row.samr.class]));
    gradeClassesByModelDir.set(modelDir, classes);
  }
  return classes;
}

export async function findEnterpriseRiskClasses(
  db: Kysely<Database>,
  filter: EnterpriseScopeFilter = {},
): Promise<EnterpriseRiskClass[]> {
  const rows = await listEnterprisesWithLatestGrade(db, filter);
  const { unratedClass } = loadSupervisionSettings();
  return rows.map((row) => ({
    enterpriseId: Number(row.id),
    uscc: row.uscc,
    name: row.name,
    industryCode: row.industry_code,
    tiers: row.tiers,
    grade: row.grade ?? null,
    riskClass: row.grade && row.dir ? (gradeClassesOf(row.dir).get(row.grade) ?? unratedClass) : unratedClass,
  }));
}
