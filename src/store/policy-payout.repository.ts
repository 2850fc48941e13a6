import { sql, type Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

/** policy_payouts: the one owner of the table (cases of 免申即享 兑现, see payout-workflow.ts). */

export type PayoutRow = Selectable<Database['policy_payouts']>;

export interface PayoutListRow extends PayoutRow {
  uscc: string;
  enterprise_name: string;
}

/**
 * Opens a case for every current spell of a policy match that has none (state notified when the enterprise has been
 * told, matched otherwise) and marks matched cases notified once their match is. Called inside the matching run's
 * transaction, so the cases follow the matches exactly.
 */
export async function openPayoutCases(db: Executor): Promise<{ opened: number; notified: number }> {
  const opened = await sql<{ id: number }>`
    insert into policy_payouts (policy_code, enterprise_id, eligible_since, state, notified_on)
    select m.policy_code, m.enterprise_id, m.eligible_since,
      case when m.notified_on is null then 'matched' else 'notified' end, m.notified_on
    from policy_matches m
    where m.ended_on is null
    on conflict (policy_code, enterprise_id, eligible_since) do nothing
    returning id`.execute(db);
  const notified = await sql<{ id: number }>`
    update policy_payouts p set state = 'notified', notified_on = m.notified_on, version = p.version + 1,
      updated_at = now()
    from policy_matches m
    where p.state = 'matched' and m.policy_code = p.policy_code and m.enterprise_id = p.enterprise_id
      and m.eligible_since = p.eligible_since and m.notified_on is not null
    returning p.id`.execute(db);
  return { opened: opened.rows.length, notified: notified.rows.length };
}

export async function findPayout(db: Executor, id: number): Promise<PayoutListRow | undefined> {
  return db
    .selectFrom('policy_payouts as p')
    .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .selectAll('p')
    .select(['e.uscc', 'e.name as enterprise_name'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export interface PayoutFilter {
  /** null: every policy. */
  policyCodes: readonly string[] | null;
  enterpriseId?: number;
  states?: readonly PayoutRow['state'][];
  limit: number;
  offset: number;
}

/** Cases newest first, paged, with the enterprise's code and name. */
export async function listPayoutRows(
  db: Executor,
  filter: PayoutFilter,
): Promise<{ total: number; rows: PayoutListRow[] }> {
  let query = db.selectFrom('policy_payouts as p').innerJoin('enterprises as e', 'e.id', 'p.enterprise_id');
  if (filter.policyCodes !== null)
    query = query.where('p.policy_code', 'in', filter.policyCodes.length > 0 ? [...filter.policyCodes] : ['']);
  if (filter.enterpriseId !== undefined) query = query.where('p.enterprise_id', '=', filter.enterpriseId);
  if (filter.states && filter.states.length > 0) query = query.where('p.state', 'in', [...filter.states]);
  const [count, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
    query
      .selectAll('p')
      .select(['e.uscc', 'e.name as enterprise_name'])
      .orderBy('p.id', 'desc')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return { total: Number(count.total), rows };
}

export interface PayoutStatsRow {
  policy_code: string;
  state: string;
  cases: number;
  amount: string | null;
  /** Mean and longest days from the start of eligibility to payment, over paid cases. */
  mean_days_to_pay: number | null;
  max_days_to_pay: number | null;
}

/** Per policy and state: the number of cases, the amount paid and the days from eligibility to payment. */
export async function payoutStatsRows(db: Executor, policyCodes: readonly string[] | null): Promise<PayoutStatsRow[]> {
  const rows = await sql<PayoutStatsRow>`
    select policy_code, state, count(*)::int as cases, sum(amount)::text as amount,
      avg(paid_on - eligible_since)::float8 as mean_days_to_pay, max(paid_on - eligible_since)::int as max_days_to_pay
    from policy_payouts
    where ${policyCodes === null ? sql`true` : sql`policy_code = any(${[...policyCodes]}::text[])`}
    group by policy_code, state
    order by policy_code, state`.execute(db);
  return rows.rows.map((row) => ({
    ...row,
    cases: Number(row.cases),
    mean_days_to_pay: row.mean_days_to_pay === null ? null : Number(row.mean_days_to_pay),
    max_days_to_pay: row.max_days_to_pay === null ? null : Number(row.max_days_to_pay),
  }));
}
