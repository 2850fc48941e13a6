import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { findPolicy } from './load-policies.ts';
import { matchPolicies } from './match-policies.ts';
import { toPolicyView, type PolicyView } from './policy-view.ts';

/** An enterprise a policy finds eligible, with why, and since when the match runs have seen it so. */
export interface EligibleEnterprise {
  uscc: string;
  name: string;
  grade: string | null;
  reasons: string[];
  /** The first `policy match` run that found it eligible (null: no run has stored it yet). */
  firstSeenOn: string | null;
  /** The start of the current spell of eligibility as the runs saw it. */
  eligibleSince: string | null;
  /** When the enterprise was told (null: not yet). */
  notifiedOn: string | null;
}

export interface EligibleList {
  policy: PolicyView;
  asOf: string;
  total: number;
  items: EligibleEnterprise[];
}

/**
 * 免申即享 (003 §四(二)): the enterprises a policy finds eligible on a day, each with the facts its conditions rest
 * on, computed afresh (not read from the last run: the list is always the current data), ordered by USCC.
 * `limit` null gives the whole list (the Excel export).
 */
export async function findEligibleEnterprises(
  db: Kysely<Database>,
  code: string,
  options: { asOf: string; limit: number | null; offset?: number },
): Promise<EligibleList> {
  const policy = findPolicy(code);
  const { enterprises, byPolicy } = await matchPolicies(db, [policy], options.asOf);
  const eligibilities = byPolicy.get(policy.code)!;
  const eligible = enterprises
    .map((facts, index) => ({ facts, eligibility: eligibilities[index]! }))
    .filter((item) => item.eligibility.qualifies);
  eligible.sort((a, b) => (a.facts.uscc < b.facts.uscc ? -1 : a.facts.uscc > b.facts.uscc ? 1 : 0));
  const offset = options.offset ?? 0;
  const page = options.limit === null ? eligible.slice(offset) : eligible.slice(offset, offset + options.limit);
  const stored =
    page.length === 0
      ? []
      : await db
          .selectFrom('policy_matches')
          .select(['enterprise_id', 'first_seen_on', 'eligible_since', 'notified_on', 'ended_on'])
          .where('policy_code', '=', policy.code)
          .where(
            'enterprise_id',
            'in',
            page.map((item) => item.facts.enterpriseId),
          )
          .execute();
  const storedOf = new Map(stored.map((row) => [Number(row.enterprise_id), row]));
  return {
    policy: toPolicyView(policy),
    asOf: options.asOf,
    total: eligible.length,
    items: page.map(({ facts, eligibility }) => {
      const row = storedOf.get(facts.enterpriseId);
      const isOpen = row !== undefined && row.ended_on === null;
      return {
        uscc: facts.uscc,
        name: facts.name,
        grade: facts.grade,
        reasons: eligibility.reasons,
        firstSeenOn: row?.first_seen_on ?? null,
        eligibleSince: isOpen ? row.eligible_since : null,
        notifiedOn: isOpen ? row.notified_on : null,
      };
    }),
  };
}
