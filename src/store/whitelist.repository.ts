import type { RawBuilder, SqlBool } from 'kysely';
import type { Executor } from './executor.ts';

/** Which entries of a whitelist generation to read: those of a bank's shared list, those matching a search. */
export interface WhitelistEntryFilter {
  /** Only the enterprises on this list as it is shared with this account now (withdrawn ones left out). */
  sharedWith?: { listCode: string; userId: number };
  /** SQL over the enterprise aliased `e` (for example the portal's search). */
  enterpriseMatching?: RawBuilder<SqlBool> | null;
}

/**
 * A generation's entries with the enterprise's USCC, name and industry, in recommendation order, and how many match;
 * a page of them, or all when `limit` is undefined.
 */
export async function listWhitelistEntryRows(
  db: Executor,
  generationId: number,
  filter: WhitelistEntryFilter,
  page: { limit?: number; offset?: number },
) {
  let query = db
    .selectFrom('whitelist_entries as w')
    .innerJoin('enterprises as e', 'e.id', 'w.enterprise_id')
    .where('w.generation_id', '=', generationId);
  const { sharedWith } = filter;
  if (sharedWith)
    query = query.where('w.enterprise_id', 'in', (eb) =>
      eb
        .selectFrom('shared_list_entries as l')
        .select('l.enterprise_id')
        .where('l.list_code', '=', sharedWith.listCode)
        .where('l.recipient_user_id', '=', sharedWith.userId)
        .where('l.withdrawn_at', 'is', null),
    );
  if (filter.enterpriseMatching) query = query.where(filter.enterpriseMatching);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let items = query
    .select([
      'w.rank',
      'e.uscc',
      'e.name',
      'e.industry_code',
      'w.grade',
      'w.score',
      'w.evaluated_on',
      'w.valid_patents',
      'w.valid_invention_patents',
      'w.is_priority',
    ])
    .orderBy('w.rank')
    .offset(page.offset ?? 0);
  if (page.limit !== undefined) items = items.limit(page.limit);
  return { total: Number(total), rows: await items.execute() };
}
