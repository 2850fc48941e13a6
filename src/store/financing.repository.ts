import { sql, type Selectable } from 'kysely';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

/**
 * financing_needs, financing_matches, financing_events and financing_event_participants: the one owner of the
 * 融资对接 tables (src/services/financing).
 */

/** Whether any enterprise has published a need. */
export async function hasFinancingNeeds(db: Executor): Promise<boolean> {
  return (await db.selectFrom('financing_needs').select('id').limit(1).executeTakeFirst()) !== undefined;
}

export type NeedRow = Selectable<Database['financing_needs']> & { uscc: string; enterprise_name: string };
export type MatchRow = Selectable<Database['financing_matches']>;
export type EventRow = Selectable<Database['financing_events']>;

export interface NewNeed {
  enterprise_id: number;
  amount_wan: number;
  term_months: number;
  purpose: string;
  collaterals: string[];
  has_consent: boolean;
  grade: string | null;
  invention_patents: number;
  tiers: string[];
  published_by: string;
}

export interface NewMatch {
  product_code: string;
  bank: string;
  is_eligible: boolean;
  checks: unknown;
}

/** Inserts a need with one match row per product, in the caller's transaction; returns the need's id. */
export async function insertNeedWithMatches(db: Executor, need: NewNeed, matches: NewMatch[]): Promise<number> {
  const { id } = await db.insertInto('financing_needs').values(need).returning('id').executeTakeFirstOrThrow();
  if (matches.length > 0)
    await db
      .insertInto('financing_matches')
      .values(matches.map((match) => ({ ...match, need_id: Number(id), checks: JSON.stringify(match.checks) })))
      .execute();
  return Number(id);
}

function needsQuery(db: Executor) {
  return db
    .selectFrom('financing_needs as n')
    .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
    .selectAll('n')
    .select(['e.uscc', 'e.name as enterprise_name']);
}

export async function findNeedRow(db: Executor, id: number): Promise<NeedRow | undefined> {
  return needsQuery(db).where('n.id', '=', id).executeTakeFirst();
}

/** Needs newest first, of one enterprise or of all, paged, with their total. */
export async function listNeedRows(
  db: Executor,
  filter: { enterpriseId?: number; limit: number; offset: number },
): Promise<{ total: number; rows: NeedRow[] }> {
  let query = needsQuery(db);
  let count = db.selectFrom('financing_needs as n').select((eb) => eb.fn.countAll<number>().as('total'));
  if (filter.enterpriseId !== undefined) {
    query = query.where('n.enterprise_id', '=', filter.enterpriseId);
    count = count.where('n.enterprise_id', '=', filter.enterpriseId);
  }
  const rows = await query.orderBy('n.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  const { total } = await count.executeTakeFirstOrThrow();
  return { total: Number(total), rows };
}

export async function listMatchRowsOfNeeds(db: Executor, needIds: readonly number[]): Promise<MatchRow[]> {
  if (needIds.length === 0) return [];
  return db
    .selectFrom('financing_matches')
    .selectAll()
    .where('need_id', 'in', [...needIds])
    .orderBy('need_id')
    .orderBy('id')
    .execute();
}

/** Compare-and-set on a need: applies the changes only while it still has the version read. */
export async function updateNeed(
  db: Executor,
  expected: { id: number; version: number },
  changes: { has_consent?: boolean; state?: 'withdrawn' },
): Promise<boolean> {
  const result = await db
    .updateTable('financing_needs')
    .set({
      ...changes,
      ...(changes.has_consent === undefined ? {} : { consent_changed_at: sql<Date>`now()` }),
      version: sql<number>`version + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', expected.id)
    .where('version', '=', expected.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type BankMatchRow = MatchRow & {
  uscc: string;
  enterprise_name: string;
  amount_wan: string;
  term_months: number;
  purpose: string;
  collaterals: string[];
  grade: string | null;
  invention_patents: number;
  tiers: string[];
  published_on: Date;
};

/**
 * Eligible matches a bank may see: of open needs whose enterprise consents to share its credit, newest first. `bank`
 * undefined: every bank's (officials).
 */
export async function listVisibleMatchRows(
  db: Executor,
  filter: { bank?: string; matchIds?: number[]; limit: number; offset: number },
): Promise<{ total: number; rows: BankMatchRow[] }> {
  const conditions = [sql<boolean>`m.is_eligible and n.has_consent and n.state = 'open'`];
  if (filter.bank !== undefined) conditions.push(sql<boolean>`lower(m.bank) = lower(${filter.bank})`);
  if (filter.matchIds) conditions.push(sql<boolean>`m.id = any(${sql.val(filter.matchIds)}::bigint[])`);
  const where = sql.join(conditions, sql` and `);
  const total = await sql<{ total: number }>`
    select count(*) as total from financing_matches m join financing_needs n on n.id = m.need_id where ${where}`.execute(
    db,
  );
  const rows = await sql<BankMatchRow>`
    select m.*, e.uscc, e.name as enterprise_name, n.amount_wan, n.term_months, n.purpose, n.collaterals, n.grade,
      n.invention_patents, n.tiers, n.created_at as published_on
    from financing_matches m
    join financing_needs n on n.id = m.need_id
    join enterprises e on e.id = n.enterprise_id
    where ${where}
    order by m.id desc limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return { total: Number(total.rows[0]?.total ?? 0), rows: rows.rows };
}

/** Compare-and-set on a match: applies the changes only while it still has the version read. */
export async function updateMatch(
  db: Executor,
  expected: { id: number; version: number },
  changes: Partial<
    Pick<
      MatchRow,
      | 'answer'
      | 'answer_reason'
      | 'answered_by'
      | 'outcome'
      | 'outcome_reason'
      | 'loan_id'
      | 'granted_on'
      | 'reported_by'
    > & { granted_amount_wan: number | null }
  >,
  stamp: 'answered_at' | 'reported_at',
): Promise<boolean> {
  const result = await db
    .updateTable('financing_matches')
    .set({ ...changes, [stamp]: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', expected.id)
    .where('version', '=', expected.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface FunnelRow {
  bank: string;
  product_code: string;
  matched: number;
  answered: number;
  interested: number;
  declined: number;
  granted: number;
  refused: number;
  granted_amount_wan: number;
}

/**
 * The funnel per product: eligible matches of needs that consented (the ones shown to the bank), how many the bank
 * answered, was interested in, declined, granted and refused, and the amount granted. `needIds` narrows it (an event).
 */
export async function funnelRows(db: Executor, filter: { needIds?: number[]; banks?: string[] } = {}) {
  const conditions = [sql<boolean>`m.is_eligible and n.has_consent`];
  if (filter.needIds) conditions.push(sql<boolean>`m.need_id = any(${sql.val(filter.needIds)}::bigint[])`);
  if (filter.banks)
    conditions.push(
      sql<boolean>`lower(m.bank) = any(${sql.val(filter.banks.map((bank) => bank.toLowerCase()))}::text[])`,
    );
  const rows = await sql<FunnelRow>`
    select m.bank, m.product_code,
      count(*) as matched,
      count(*) filter (where m.answer <> 'pending') as answered,
      count(*) filter (where m.answer = 'interested') as interested,
      count(*) filter (where m.answer = 'declined') as declined,
      count(*) filter (where m.outcome = 'granted') as granted,
      count(*) filter (where m.outcome = 'refused') as refused,
      coalesce(sum(m.granted_amount_wan), 0) as granted_amount_wan
    from financing_matches m join financing_needs n on n.id = m.need_id
    where ${sql.join(conditions, sql` and `)}
    group by m.bank, m.product_code
    order by m.bank, m.product_code`.execute(db);
  return rows.rows.map((row) => ({
    bank: row.bank,
    productCode: row.product_code,
    matched: Number(row.matched),
    answered: Number(row.answered),
    interested: Number(row.interested),
    declined: Number(row.declined),
    granted: Number(row.granted),
    refused: Number(row.refused),
    grantedAmountWan: Number(row.granted_amount_wan),
  }));
}

/** How many needs were published, with consent, matched to a product, answered and granted (any product). */
export async function funnelNeedTotals(db: Executor, needIds?: number[]) {
  const scope = needIds ? sql`where n.id = any(${sql.val(needIds)}::bigint[])` : sql``;
  const row = await sql<Record<string, number>>`
    select count(*) as published,
      count(*) filter (where n.has_consent) as consented,
      count(*) filter (where n.has_consent and exists (select 1 from financing_matches m where m.need_id = n.id and m.is_eligible)) as matched,
      count(*) filter (where n.has_consent and exists (select 1 from financing_matches m where m.need_id = n.id and m.is_eligible and m.answer <> 'pending')) as answered,
      count(*) filter (where exists (select 1 from financing_matches m where m.need_id = n.id and m.outcome = 'granted')) as granted
    from financing_needs n ${scope}`.execute(db);
  const totals = row.rows[0]!;
  return {
    published: Number(totals.published),
    consented: Number(totals.consented),
    matched: Number(totals.matched),
    answered: Number(totals.answered),
    granted: Number(totals.granted),
  };
}

export async function insertEvent(
  db: Executor,
  event: { title: string; held_on: string; venue: string | null; created_by: string },
  participants: { enterpriseIds: number[]; banks: string[] },
): Promise<number> {
  const { id } = await db.insertInto('financing_events').values(event).returning('id').executeTakeFirstOrThrow();
  const rows = [
    ...participants.enterpriseIds.map((enterpriseId) => ({
      event_id: Number(id),
      enterprise_id: enterpriseId,
      bank: null,
    })),
    ...participants.banks.map((bank) => ({ event_id: Number(id), enterprise_id: null, bank })),
  ];
  if (rows.length > 0) await db.insertInto('financing_event_participants').values(rows).execute();
  return Number(id);
}

export async function listEventRows(db: Executor): Promise<EventRow[]> {
  return db.selectFrom('financing_events').selectAll().orderBy('held_on', 'desc').orderBy('id', 'desc').execute();
}

export async function findEventRow(db: Executor, id: number): Promise<EventRow | undefined> {
  return db.selectFrom('financing_events').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listEventParticipants(db: Executor, eventIds: readonly number[]) {
  if (eventIds.length === 0) return [];
  return db
    .selectFrom('financing_event_participants as p')
    .leftJoin('enterprises as e', 'e.id', 'p.enterprise_id')
    .select(['p.event_id', 'p.enterprise_id', 'p.bank', 'e.uscc', 'e.name as enterprise_name'])
    .where('p.event_id', 'in', [...eventIds])
    .orderBy('p.id')
    .execute();
}

/** The needs of the given enterprises published on or before a day (an event's participants' needs). */
export async function listNeedIdsOfEnterprises(db: Executor, enterpriseIds: readonly number[]): Promise<number[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await db
    .selectFrom('financing_needs')
    .select('id')
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
  return rows.map((row) => Number(row.id));
}

/** Bank accounts by lower-cased account name, with their display names (products and events name banks by account). */
export async function listBankNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('users').select(['username', 'display_name']).where('role', '=', 'bank').execute();
  return new Map(rows.map((row) => [row.username.toLowerCase(), row.display_name]));
}
