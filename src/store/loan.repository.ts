import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * Reads of `loans` (白名单融资放款) that join the registry: the loan with the whitelist generation it counts for, its
 * bank's account and its borrower. Conditions are SQL over the loan aliased `l`.
 */

/**
 * Loans with the whitelist generation in force on their grant day (the latest generation with an as-of date on or
 * before it) and whether the enterprise was on it — how a loan is counted as a conversion of the list.
 * Columns: every loan column, generation_id, is_listed.
 */
export function attributedLoansSql(
  where: RawBuilder<boolean> = sql<boolean>`true`,
): RawBuilder<Record<string, unknown>> {
  return sql`
    select l.*, g.id as generation_id, (w.enterprise_id is not null) as is_listed
    from loans l
    left join lateral (
      select wg.id from whitelist_generations wg where wg.as_of <= l.granted_on order by wg.as_of desc, wg.id desc limit 1
    ) g on true
    left join whitelist_entries w on w.generation_id = g.id and w.enterprise_id = l.enterprise_id
    where ${where}`;
}

/** A loan as the lists show it: its columns, its attribution, the bank's account and the borrower. */
export interface AttributedLoanRow {
  id: number;
  username: string;
  display_name: string;
  bank_reference: string;
  uscc: string;
  enterprise_name: string;
  amount_wan: number;
  granted_on: string;
  term_months: number;
  pledged_patents: string[];
  status: string;
  version: number;
  generation_id: number | null;
  is_listed: boolean;
  reported_by: string;
  created_at: Date | string;
  updated_at: Date | string;
}

/** Whether the borrower of loan `l` matches `condition` (SQL over the enterprise aliased `e`). */
export function isBorrowerMatching(condition: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from enterprises e where e.id = l.enterprise_id and ${condition})`;
}

/** How many loans match `where`. */
export async function countLoans(db: Executor, where: RawBuilder<boolean>): Promise<number> {
  const total = await sql<{ total: number }>`select count(*) as total from loans l where ${where}`.execute(db);
  return Number(total.rows[0]?.total ?? 0);
}

/** The loans matching `where`, newest grant first; a page of them, or all when `limit` is undefined. */
export async function listAttributedLoans(
  db: Executor,
  where: RawBuilder<boolean>,
  page: { limit?: number; offset?: number },
): Promise<AttributedLoanRow[]> {
  const rows = await sql<AttributedLoanRow>`
    select a.*, u.username, u.display_name, e.uscc, e.name as enterprise_name
    from (${attributedLoansSql(where)}) a
    join users u on u.id = a.bank_user_id
    join enterprises e on e.id = a.enterprise_id
    order by a.granted_on desc, a.id desc
    ${page.limit === undefined ? sql`` : sql`limit ${page.limit}`} offset ${page.offset ?? 0}`.execute(db);
  return rows.rows;
}
