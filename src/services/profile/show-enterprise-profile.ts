import type { Kysely } from 'kysely';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { loadEnterpriseFacts } from '../policy-matching/load-enterprise-facts.ts';
import { evaluationContextOn } from '../policy-matching/match-policies.ts';
import { computeProfileTags } from './compute-profile-tags.ts';
import { loadProfileTags } from './load-profile-tags.ts';
import type { EnterpriseTag } from './profile-tag.ts';

export interface EnterpriseProfile {
  uscc: string;
  name: string;
  grade: string | null;
  asOf: string;
  tags: EnterpriseTag[];
}

/**
 * 信用画像 of one enterprise (000 §二(二)), computed afresh from its current data (a few queries), so the enterprise
 * page always shows the facts as they stand; the stored tags the 企业库 filters on are refreshed after evaluation.
 */
export async function showEnterpriseProfile(
  db: Kysely<Database>,
  input: { uscc: string; asOf: string },
): Promise<EnterpriseProfile> {
  const enterprise = await requireEnterprise(db, normalizeUscc(input.uscc));
  const tags = loadProfileTags();
  const [facts] = await loadEnterpriseFacts(
    db,
    tags.map((tag) => tag.condition),
    { asOf: input.asOf, enterpriseIds: [Number(enterprise.id)] },
  );
  return {
    uscc: facts!.uscc,
    name: facts!.name,
    grade: facts!.grade,
    asOf: input.asOf,
    tags: computeProfileTags(tags, facts!, evaluationContextOn(input.asOf)),
  };
}
