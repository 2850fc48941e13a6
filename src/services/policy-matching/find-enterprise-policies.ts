import type { Kysely } from 'kysely';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { loadPolicyCatalog } from './load-policies.ts';
import { matchPolicies } from './match-policies.ts';
import { toPolicyView, type PolicyView } from './policy-view.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

export interface EnterprisePolicy {
  policy: PolicyView;
  qualifies: boolean;
  /** Why it qualifies: one sentence per condition met, naming the fact. */
  reasons: string[];
  /** Why not: the first condition not met. */
  whyNot: string | null;
}

export interface EnterprisePolicies {
  uscc: string;
  name: string;
  grade: string | null;
  asOf: string;
  items: EnterprisePolicy[];
}

/** Every policy of the catalog for one enterprise: whether it qualifies on the day, and why or why not. */
export async function findEnterprisePolicies(
  db: Kysely<Database>,
  input: { uscc: string; asOf: string },
): Promise<EnterprisePolicies> {
  const uscc = normalizeUscc(input.uscc);
  const enterprise = await requireEnterprise(db, uscc);
  const { policies } = loadPolicyCatalog();
  const { enterprises, byPolicy } = await matchPolicies(db, policies, input.asOf, {
    enterpriseIds: [Number(enterprise.id)],
  });
  const facts = enterprises[0]!;
  return {
    uscc: facts.uscc,
    name: facts.name,
    grade: facts.grade,
    asOf: input.asOf,
    items: policies.map((policy) => {
      const eligibility = byPolicy.get(policy.code)![0]!;
      return {
        policy: toPolicyView(policy),
        qualifies: eligibility.qualifies,
        reasons: eligibility.reasons,
        whyNot: eligibility.whyNot,
      };
    }),
  };
}
