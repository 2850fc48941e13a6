import { withFullWidthPunctuation } from '../../domain/chinese-punctuation.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { pageActiveInspectionResults } from '../../store/record.repository.ts';
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
  const { total, rows } = await pageActiveInspectionResults(db, {
    kind: rules.kind,
    fields: {
      number: rules.numberField,
      plan: rules.planField,
      outcome: rules.outcomeField,
      authority: rules.authorityField,
    },
    match,
    limit: options.limit,
    offset: options.offset,
  });
  return {
    total,
    items: rows.map((row) => ({
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
