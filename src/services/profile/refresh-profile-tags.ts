import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { replaceProfileTags, type StoredProfileTag } from '../../store/profile-tag.repository.ts';
import { loadEnterpriseFacts } from '../policy-matching/load-enterprise-facts.ts';
import { evaluationContextOn } from '../policy-matching/match-policies.ts';
import { computeProfileTags } from './compute-profile-tags.ts';
import { loadProfileTags } from './load-profile-tags.ts';

export interface ProfileTagRefresh {
  asOf: string;
  enterprises: number;
  /** How many enterprises carry each tag, by code (every tag listed, 0 included). */
  tagged: Record<string, number>;
}

/**
 * Recomputes the 信用画像 tags of every enterprise (or the ones given) and stores them, replacing the previous set in
 * one transaction: the facts of all enterprises are loaded in a few queries and the rules run in memory, as policy
 * matching does. Run after each full evaluation, so the 企业库 tag filter follows the grades it reads.
 */
export async function refreshProfileTags(
  db: Kysely<Database>,
  options: { asOf: string; enterpriseIds?: number[] },
): Promise<ProfileTagRefresh> {
  const tags = loadProfileTags();
  const enterprises = await loadEnterpriseFacts(
    db,
    tags.map((tag) => tag.condition),
    { asOf: options.asOf, enterpriseIds: options.enterpriseIds },
  );
  const context = evaluationContextOn(options.asOf);
  const stored: StoredProfileTag[] = [];
  const tagged: Record<string, number> = Object.fromEntries(tags.map((tag) => [tag.code, 0]));
  for (const facts of enterprises)
    for (const tag of computeProfileTags(tags, facts, context)) {
      stored.push({ enterpriseId: facts.enterpriseId, tagCode: tag.code, facts: tag.facts });
      tagged[tag.code]! += 1;
    }
  await db.transaction().execute((trx) =>
    replaceProfileTags(trx, {
      asOf: options.asOf,
      enterpriseIds: options.enterpriseIds ?? null,
      tags: stored,
    }),
  );
  return { asOf: options.asOf, enterprises: enterprises.length, tagged };
}
