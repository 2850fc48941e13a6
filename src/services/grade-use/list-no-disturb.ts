import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRiskClasses, type EnterpriseRiskClass } from './find-risk-classes.ts';
import { loadSupervisionSettings } from './grade-use-settings.ts';

/**
 * The 免打扰 list (000 §二(八): enterprises with no doubts and no risk are not disturbed, fewer inspections). The
 * rule is data (supervision.yaml no_disturb): the grades that count as "no risk", and what counts as a doubt — an
 * active negative record, an open objection, an open repair application.
 */
export async function listNoDisturb(db: Kysely<Database>): Promise<EnterpriseRiskClass[]> {
  const rule = loadSupervisionSettings().noDisturb;
  const candidates = (await findEnterpriseRiskClasses(db)).filter(
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
    await collect(
      sql<{
        enterprise_id: number;
      }>`select distinct r.enterprise_id from records r join record_kinds k on k.code = r.kind
      where k.polarity = 'negative' and r.status = 'active' and ${inScope}`.execute(db),
    );
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
