import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { loadModel } from '../../engine/load-model.ts';
import type { Database } from '../../store/database.ts';
import { resolveModelDir } from '../evaluation/model-files.ts';
import { industryLabelOf } from '../enterprises/enterprise-labels.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';
import { listEnterprisesWithLatestGrade } from '../../store/enterprise.repository.ts';
import { listLatestActiveRecordsOfKind } from '../../store/record.repository.ts';

/**
 * Where an enterprise's risk class comes from (supervision.yaml risk_class_source):
 * - `samr`: the market-supervision department's own 企业信用风险分类 (国市监信发〔2022〕6号), for its plans;
 * - `platform_grade`: the class the platform grade maps onto (model.yaml grades[].samr), for other departments;
 * - `platform_grade_fallback`: a market-supervision plan, but SAMR has not classified the enterprise;
 * - `unrated`: no grade either (supervision.yaml unrated_class).
 */
export type RiskClassSource = 'samr' | 'platform_grade' | 'platform_grade_fallback' | 'unrated';

/** SAMR's latest classification of an enterprise, as imported (record kind samr_risk_classification). */
export interface SamrClassification {
  class: string;
  classifiedOn: string | null;
  authority: string | null;
}

/** An enterprise with its current grade and the SAMR risk class (A–D) it is supervised under. */
export interface EnterpriseRiskClass {
  enterpriseId: number;
  uscc: string;
  name: string;
  industryCode: string | null;
  /** The industry's name (GB/T 4754-2017 division, else section); null when there is no code or it is not listed. */
  industryLabel: string | null;
  tiers: string[];
  grade: string | null;
  /** The date the current grade is as of. */
  gradeAsOf: string | null;
  /** The class the platform grade maps onto (the unrated class when there is no grade). */
  gradeClass: string;
  /** SAMR's latest classification, or null when it has not classified the enterprise. */
  samr: SamrClassification | null;
  /** The class the asking department supervises the enterprise under, and where it comes from. */
  riskClass: string;
  riskClassSource: RiskClassSource;
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

/** Whether a department's plans follow SAMR's own classification (supervision.yaml risk_class_source.samr_departments). */
export function usesSamrClasses(departmentCode: string | undefined): boolean {
  return (
    departmentCode !== undefined && loadSupervisionSettings().riskClassSource.samrDepartments.includes(departmentCode)
  );
}

/**
 * The one place that decides the risk class an enterprise is supervised under. Market supervision (the departments
 * of risk_class_source.samr_departments) uses SAMR's latest classification and, where there is none, the class of
 * the platform grade, saying so (`platform_grade_fallback`); every other department uses the platform grade's class.
 * Without a department (lists that only read the grade, such as 免打扰) the platform grade's class is used.
 */
export async function findEnterpriseRiskClasses(
  db: Kysely<Database>,
  filter: EnterpriseScopeFilter = {},
  options: { departmentCode?: string } = {},
): Promise<EnterpriseRiskClass[]> {
  const rows = await listEnterprisesWithLatestGrade(db, filter);
  const { unratedClass, riskClassSource } = loadSupervisionSettings();
  const samrByEnterprise = new Map(
    (await listLatestActiveRecordsOfKind(db, riskClassSource.samrRecordKind)).map((record) => [
      record.enterprise_id,
      {
        class: record.grade ?? '',
        classifiedOn: record.occurred_on,
        authority: typeof record.fields.classifying_authority === 'string' ? record.fields.classifying_authority : null,
      },
    ]),
  );
  const isSamrDepartment = usesSamrClasses(options.departmentCode);
  const catalog = loadCatalog();
  return rows.map((row) => {
    const gradeClass = row.grade && row.dir ? gradeClassesOf(row.dir).get(row.grade) : undefined;
    const samr = samrByEnterprise.get(Number(row.id)) ?? null;
    const [riskClass, riskClassSource]: [string, RiskClassSource] =
      isSamrDepartment && samr?.class
        ? [samr.class, 'samr']
        : gradeClass
          ? [gradeClass, isSamrDepartment ? 'platform_grade_fallback' : 'platform_grade']
          : [unratedClass, 'unrated'];
    return {
      enterpriseId: Number(row.id),
      uscc: row.uscc,
      name: row.name,
      industryCode: row.industry_code,
      industryLabel: industryLabelOf(row.industry_code, catalog),
      tiers: row.tiers,
      grade: row.grade ?? null,
      gradeAsOf: row.as_of ?? null,
      gradeClass: gradeClass ?? unratedClass,
      samr,
      riskClass,
      riskClassSource,
    };
  });
}
