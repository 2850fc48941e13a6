import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { countProfileTags } from '../../store/profile-tag.repository.ts';
import { loadProfileTags } from './load-profile-tags.ts';

export interface ProfileTagView {
  code: string;
  name: string;
  tone: 'positive' | 'negative';
  explanation: string;
  reference: string;
  isLocalExample: boolean;
  /** Enterprises carrying it at the last refresh. */
  enterpriseCount: number;
}

/** The tags of catalog/profile-tags.yaml with how many enterprises carry each, and the day of the last refresh. */
export async function listProfileTags(
  db: Kysely<Database>,
): Promise<{ refreshedAsOf: string | null; items: ProfileTagView[] }> {
  const { counts, asOf } = await countProfileTags(db);
  return {
    refreshedAsOf: asOf,
    items: loadProfileTags().map((tag) => ({
      code: tag.code,
      name: tag.name,
      tone: tag.tone,
      explanation: tag.explanation,
      reference: tag.reference,
      isLocalExample: tag.isLocalExample,
      enterpriseCount: counts.get(tag.code) ?? 0,
    })),
  };
}
