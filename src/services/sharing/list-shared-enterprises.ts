import { sql, type Kysely } from 'kysely';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { Database } from '../../store/database.ts';
import { sharedEnterpriseIds } from './shared-enterprises.ts';

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
  const today = todayInDistrict();
  const text = options.q?.trim() ?? '';
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const matches =
    text === ''
      ? sql`true`
      : sql`(e.name ilike ${pattern} or e.uscc like ${`${text.toUpperCase().replace(/[\\%_]/g, '')}%`})`;
  const shared = sharedEnterpriseIds(userId, today);
  const counted = await sql<{ total: string | number }>`
    select count(*) as total from enterprises e where e.id in ${shared} and ${matches}`.execute(db);
  const result = await sql<{
    uscc: string;
    name: string;
    grade: string | null;
    score: number | string | null;
    as_of: string | null;
    lists: string[] | null;
    authorized_until: string | null;
  }>`
    select e.uscc, e.name, v.grade, v.score, v.as_of,
      (select array_agg(distinct l.list_label) from shared_list_entries l
        where l.enterprise_id = e.id and l.recipient_user_id = ${userId} and l.withdrawn_at is null) as lists,
      (select to_char(max(a.valid_until), 'YYYY-MM-DD') from enterprise_authorizations a
        where a.enterprise_id = e.id and a.grantee_user_id = ${userId} and a.revoked_at is null
          and a.valid_until >= ${today}::date) as authorized_until
    from enterprises e
    left join lateral (
      select ev.grade, ev.score, ev.as_of from evaluations ev
      where ev.enterprise_id = e.id order by ev.as_of desc, ev.id desc limit 1
    ) v on true
    where e.id in ${shared} and ${matches}
    order by e.name, e.uscc
    limit ${options.limit} offset ${options.offset}`.execute(db);
  return {
    total: Number(counted.rows[0]?.total ?? 0),
    items: result.rows.map((row) => ({
      uscc: row.uscc,
      name: row.name,
      grade: row.grade,
      score: row.score === null ? null : Number(row.score),
      asOf: row.as_of,
      lists: row.lists ?? [],
      authorizedUntil: row.authorized_until,
    })),
  };
}
