import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { evaluatePolicy, type EvaluationContext } from './evaluate-policy.ts';
import { loadEnterpriseFacts } from './load-enterprise-facts.ts';
import { loadPolicyCatalog } from './load-policies.ts';
import { profileTagConditions } from '../profile/load-profile-tags.ts';
import type { EnterpriseFacts, Policy, PolicyEligibility } from './policy.ts';

export interface PolicyMatchingResult {
  asOf: string;
  enterprises: EnterpriseFacts[];
  /** Per policy code, one eligibility per enterprise, in the order of `enterprises`. */
  byPolicy: Map<string, PolicyEligibility[]>;
}

export function evaluationContextOn(asOf: string): EvaluationContext {
  return {
    asOf,
    operatingStatuses: loadPolicyCatalog().operatingStatuses,
    negativeKinds: loadCatalog()
      .kinds.filter((kind) => kind.polarity === 'negative')
      .map((kind) => kind.code),
    profileTags: profileTagConditions(),
  };
}

/** Evaluates the policies for every enterprise (or the ones given): facts loaded in a few queries, then one pass in memory. */
export async function matchPolicies(
  db: Kysely<Database>,
  policies: Policy[],
  asOf: string,
  options: { enterpriseIds?: number[] } = {},
): Promise<PolicyMatchingResult> {
  const conditions = policies.map((policy) => policy.conditions);
  const enterprises = await loadEnterpriseFacts(db, conditions, { asOf, ...options });
  const context = evaluationContextOn(asOf);
  const byPolicy = new Map(
    policies.map((policy) => [policy.code, enterprises.map((facts) => evaluatePolicy(policy, facts, context))]),
  );
  return { asOf, enterprises, byPolicy };
}
