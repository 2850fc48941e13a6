import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from './executor.ts';

/** enterprise_profile_tags: the one owner of the table (信用画像 tags as last refreshed, see refresh-profile-tags.ts). */

export interface StoredProfileTag {
  enterpriseId: number;
  tagCode: string;
  facts: string[];
}

/** Rows per statement: one JSON parameter each, the same SQL on both engines. */
const CHUNK = 5000;

/**
 * Replaces the stored tags of the enterprises given (null: of every enterprise) with `tags`, as of a day. Run in
 * the caller's transaction, so a reader sees the old set or the new one, never half of each.
 */
export async function replaceProfileTags(
  db: Executor,
  input: { asOf: string; enterpriseIds: number[] | null; tags: StoredProfileTag[] },
): Promise<void> {
  if (input.enterpriseIds === null) await sql`delete from enterprise_profile_tags`.execute(db);
  else if (input.enterpriseIds.length > 0)
    await db.deleteFrom('enterprise_profile_tags').where('enterprise_id', 'in', input.enterpriseIds).execute();
  for (let start = 0; start < input.tags.length; start += CHUNK) {
    const rows = input.tags
      .slice(start, start + CHUNK)
      .map((tag) => ({ enterprise_id: tag.enterpriseId, tag_code: tag.tagCode, facts: tag.facts }));
    await sql`
      insert into enterprise_profile_tags (enterprise_id, tag_code, facts, as_of)
      select x.enterprise_id, x.tag_code, x.facts, ${input.asOf}::date
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(enterprise_id bigint, tag_code text, facts jsonb)`.execute(
      db,
    );
  }
}

/** How many enterprises carry each tag at the last refresh, and that refresh's day (null: never refreshed). */
export async function countProfileTags(db: Executor): Promise<{ counts: Map<string, number>; asOf: string | null }> {
  const rows = await db
    .selectFrom('enterprise_profile_tags')
    .select(['tag_code', (eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.max('as_of').as('as_of')])
    .groupBy('tag_code')
    .execute();
  const asOf = rows.reduce<string | null>((latest, row) => {
    const day = row.as_of === null ? null : String(row.as_of);
    return latest === null || (day !== null && day > latest) ? day : latest;
  }, null);
  return { counts: new Map(rows.map((row) => [row.tag_code, Number(row.count)])), asOf };
}

/**
 * The day of the oldest stored tag row (null: none stored): the refresh that stored it was before any later one, so
 * every tag row is at least this fresh.
 */
export async function findOldestProfileTagDay(db: Executor): Promise<string | null> {
  const row = await db
    .selectFrom('enterprise_profile_tags')
    .select((eb) => eb.fn.min('as_of').as('as_of'))
    .executeTakeFirst();
  return row?.as_of == null ? null : String(row.as_of);
}

/** The filter "carries this tag at the last refresh", for the enterprise whose id is at `enterpriseIdColumn`. */
export function carriesProfileTag(tagCode: string, enterpriseIdColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from enterprise_profile_tags t
    where t.tag_code = ${tagCode} and t.enterprise_id = ${sql.ref(enterpriseIdColumn)})`;
}
