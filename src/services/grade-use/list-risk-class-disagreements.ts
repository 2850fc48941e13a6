import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRiskClasses } from './find-risk-classes.ts';

/** An enterprise whose SAMR 企业信用风险分类 differs from the class its platform grade maps onto. */
export interface RiskClassDisagreement {
  uscc: string;
  name: string;
  industryCode: string | null;
  samrClass: string;
  samrClassifiedOn: string | null;
  samrAuthority: string | null;
  grade: string;
  gradeAsOf: string | null;
  /** The class the platform grade maps onto (model.yaml grades[].samr). */
  gradeClass: string;
}

/**
 * Enterprises where market supervision's own classification (国市监信发〔2022〕6号) and the platform grade's class
 * disagree, for the market-supervision department to check (supervision.yaml risk_class_source): its plans follow
 * its own class, the other departments' plans the grade's. Enterprises lacking either side are not compared.
 */
export async function listRiskClassDisagreements(db: Kysely<Database>): Promise<RiskClassDisagreement[]> {
  const rows = await findEnterpriseRiskClasses(db);
  return rows.flatMap((row) =>
    row.samr && row.grade !== null && row.samr.class !== row.gradeClass
      ? [
          {
            uscc: row.uscc,
            name: row.name,
            industryCode: row.industryCode,
            samrClass: row.samr.class,
            samrClassifiedOn: row.samr.classifiedOn,
            samrAuthority: row.samr.authority,
            grade: row.grade,
            gradeAsOf: row.gradeAsOf,
            gradeClass: row.gradeClass,
          },
        ]
      : [],
  );
}
