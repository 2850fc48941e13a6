import { sql, type Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { findStandingRecords, publishedWindowOf } from '../records/standing-records.ts';
import {
  findEnterpriseRiskClasses,
  type EnterpriseRiskClass,
  type EnterpriseScopeFilter,
} from './find-risk-classes.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';

/**
 * The 免打扰 list on a date (000 §二(八): enterprises with no doubts and no risk are not disturbed, fewer inspections).
 * The rule is data (supervision.yaml no_disturb): the grades that count as "no risk", and what counts as a doubt — a
 * negative record still in its publicity window on the date (the same windows as the whitelist and the evaluation:
 * repaired, revoked and expired records no longer count, 001 §二(四)), an open objection, an open repair application.
 */
export async function listNoDisturb(
  db: Kysely<Database>,
  options: { asOf?: string; scope?: EnterpriseScopeFilter; candidates?: EnterpriseRiskClass[] } = {},
): Promise<EnterpriseRiskClass[]> {
  const rule = loadSupervisionSettings().noDisturb;
  const asOf = options.asOf ?? todayInDistrict();
  const candidates = (options.candidates ?? (await findEnterpriseRiskClasses(db, options.scope))).filter(
    (row) => row.grade !== null && rule.grades.includes(row.grade),
  );
  if (candidates.length === 0) return [];
  const ids = candidates.map((row) => row.enterpriseId);
  const doubtful = new Set<number>();
  const collect = async (query: Promise<{ rows: { enterprise_id: number }[] }>) => {
    for (const row of (await query).rows) doubtful.add(Number(row.enterprise_id));
  };
  const inScope = sql`enterprise_id = any(${sql.val(ids)}::bigint[])`;
  if (rule.noActiveNegativeRecords) {
    const negativeKinds = loadCatalog()
      .kinds.filter((kind) => kind.polarity === 'negative')
      .map((kind) => kind.code);
    for (const record of await findStandingRecords(db, ids, negativeKinds, asOf))
      if (publishedWindowOf(record, asOf)) doubtful.add(record.enterprise_id);
  }
  if (rule.noOpenObjection)
    await collect(
      sql<{
        enterprise_id: number;
      }>`select distinct enterprise_id from objections where state in ('submitted', 'accepted') and ${inScope}`.execute(
        db,
      ),
    );
  if (rule.noOpenRepair)
    await collect(
      sql<{
        enterprise_id: number;
      }>`select distinct enterprise_id from repair_applications where state in ('submitted', 'accepted') and ${inScope}`.execute(
        db,
      ),
    );
  return candidates.filter((row) => !doubtful.has(row.enterpriseId));
}
