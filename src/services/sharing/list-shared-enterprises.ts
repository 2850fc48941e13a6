import type { Kysely } from 'kysely';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { listEnterprisesSharedWith } from '../../store/sharing.repository.ts';

export interface SharedEnterprise {
  uscc: string;
  name: string;
  /** The current evaluation; null until the enterprise has been evaluated. */
  grade: string | null;
  score: number | null;
  asOf: string | null;
  /** The labels of the lists pushed to the account that hold the enterprise (not withdrawn). */
  lists: string[];
  /** The last day of the enterprise's authorisation in force (企业授权查询), or null. */
  authorizedUntil: string | null;
}

/**
 * The enterprises a bank or association may see now — on a list pushed to it or authorising it (docs/sharing.md,
 * sharedEnterpriseIds) — with their current grade, which is what the grade query already answers for each of them,
 * and why each is shared. Searched by name or USCC prefix, ordered by name, paged.
 */
export async function listSharedEnterprises(
  db: Kysely<Database>,
  userId: number,
  options: { q?: string; limit: number; offset: number },
): Promise<{ total: number; items: SharedEnterprise[] }> {
  const { total, rows } = await listEnterprisesSharedWith(db, userId, todayInDistrict(), {
    text: options.q?.trim() ?? '',
    limit: options.limit,
    offset: options.offset,
  });
  return {
    total,
    items: rows.map((row) => ({
      uscc: row.uscc,
      name: row.name,
      grade: row.grade,
      score: row.score,
      asOf: row.as_of,
      lists: row.lists,
      authorizedUntil: row.authorized_until,
    })),
  };
}
