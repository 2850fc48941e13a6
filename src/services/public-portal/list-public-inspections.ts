import { withFullWidthPunctuation } from '../../domain/chinese-punctuation.ts';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { matchEnterprise } from './match-enterprise.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';

/** One random-inspection result as published (一公开). */
export interface PublicInspection {
  id: number;
  uscc: string;
  enterpriseName: string;
  inspectionNumber: string | null;
  planTitle: string | null;
  outcome: string | null;
  inspectedOn: string | null;
  authority: string | null;
}

/**
 * 双随机、一公开 (004 §(七)(八)): the results of random inspections — those departments report and those of the
 * platform's own plans, which publishing writes as the same kind of record — newest first, paged; revoked ones are
 * not shown. No inspector names and no findings text: the outcome, the plan and the inspecting authority.
 */
export async function listPublicInspections(
  db: Kysely<Database>,
  options: { query?: string; limit: number; offset: number },
): Promise<{ total: number; items: PublicInspection[] }> {
  const rules = loadPublicDisclosureRules().inspectionResults;
  const match = matchEnterprise(options.query, 'e');
  const from = sql`from records r join enterprises e on e.id = r.enterprise_id
    where r.kind = ${rules.kind} and r.status = 'active' ${match ? sql`and ${match}` : sql``}`;
  const field = (key: string) => sql`r.fields ->> ${key}::text`;
  const [counted, rows] = await Promise.all([
    sql<{ total: number }>`select count(*) as total ${from}`.execute(db),
    sql<{
      id: number;
      uscc: string;
      name: string;
      number: string | null;
      plan: string | null;
      outcome: string | null;
      occurred_on: string | null;
      authority: string | null;
    }>`
      select r.id, e.uscc, e.name, ${field(rules.numberField)} as number, ${field(rules.planField)} as plan, ${field(rules.outcomeField)} as outcome,
        r.occurred_on, ${field(rules.authorityField)} as authority
      ${from} order by r.occurred_on desc nulls last, r.id desc limit ${options.limit} offset ${options.offset}`.execute(
      db,
    ),
  ]);
  return {
    total: Number(counted.rows[0]?.total ?? 0),
    items: rows.rows.map((row) => ({
      id: Number(row.id),
      uscc: row.uscc,
      enterpriseName: row.name,
      inspectionNumber: row.number,
      planTitle: row.plan,
      // The catalog's outcome values keep the wording of the national form, half-width brackets included.
      outcome: row.outcome === null ? null : withFullWidthPunctuation(row.outcome),
      inspectedOn: row.occurred_on,
      authority: row.authority,
    })),
  };
}
