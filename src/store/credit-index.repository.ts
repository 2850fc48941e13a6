import { sql, type Selectable, type Transaction } from 'kysely';
import { monthCloseInstant, monthEnd } from '../domain/index-months.ts';
import type { CreditIndexMonthTable, CreditIndexValueTable, Database } from './database.ts';
import type { Executor } from './executor.ts';
import { listEnterpriseProfiles } from './enterprise.repository.ts';

/** Reads and writes of the credit index: the evaluations a month counts, and the frozen months and their values. */

/** Enterprises that share region, industry, tiers and grade, with their count and the sum of their scores. */
export interface IndexCell {
  region: string | null;
  industryCode: string | null;
  tiers: string[];
  grade: string;
  count: number;
  /** Sum of the scores in hundredths (scores have two decimals): an exact integer. */
  scoreCents: number;
}
export type ClosedMonthRow = Selectable<CreditIndexMonthTable>;
export type IndexValueRow = Selectable<CreditIndexValueTable>;

/**
 * Each enterprise's evaluation as the platform showed it at the end of the month: the latest by as-of date (latest
 * stored among equals, as "current" is defined everywhere) among those with an as-of date in or before the month
 * AND stored before the month ended. An evaluation stored later — even one dated back into the month — is not seen,
 * so a past month gives the same answer whenever it is asked.
 */
function evaluationsAtMonthEnd(month: string) {
  return sql`
    select distinct on (enterprise_id) enterprise_id, score, grade, model_version_id
    from evaluations
    where as_of <= ${monthEnd(month)}::date and evaluated_at < ${monthCloseInstant(month)}::timestamptz
    order by enterprise_id, as_of desc, id desc`;
}

/** The month's evaluated enterprises grouped by what the index groups by (region: registered, else the USCC's). */
export async function readEvaluatedCells(db: Executor, month: string): Promise<IndexCell[]> {
  const result = await sql<{
    region: string | null;
    industry_code: string | null;
    tiers: string[];
    grade: string;
    count: number;
    score_cents: number;
  }>`
    with latest as (${evaluationsAtMonthEnd(month)})
    select coalesce(e.region_code, substr(e.uscc, 3, 6)) as region, e.industry_code, e.tiers, l.grade,
      count(*)::int as count, sum(round(l.score * 100))::bigint as score_cents
    from latest l join enterprises e on e.id = l.enterprise_id
    group by 1, 2, 3, 4`.execute(db);
  return result.rows.map((row) => ({
    region: row.region,
    industryCode: row.industry_code,
    tiers: row.tiers,
    grade: row.grade,
    count: Number(row.count),
    scoreCents: Number(row.score_cents),
  }));
}

/** An enterprise as the index groups it (the back-fill's input). */
export interface IndexSubject {
  id: number;
  region: string | null;
  industryCode: string | null;
  tiers: string[];
  registeredOn: string | null;
}

/** Every enterprise in ascending id order, with the region rule of readEvaluatedCells. */
export async function readIndexSubjects(db: Executor): Promise<IndexSubject[]> {
  const rows = await listEnterpriseProfiles(db);
  return rows.map((row) => ({
    id: Number(row.id),
    region: row.region_code ?? row.uscc.slice(2, 8),
    industryCode: row.industry_code,
    tiers: row.tiers,
    registeredOn: row.registered_on,
  }));
}

/** The model versions ('model/version') whose results the month counts. */
export async function readModelVersionsAt(db: Executor, month: string): Promise<string[]> {
  const result = await sql<{ name: string }>`
    with latest as (${evaluationsAtMonthEnd(month)})
    select distinct m.model_id || '/' || m.version as name from latest l join model_versions m on m.id = l.model_version_id order by 1`.execute(
    db,
  );
  return result.rows.map((row) => row.name);
}

/** The first instant the platform stored any evaluation, as the district's month; null when it never has. */
export async function findFirstEvaluationMonth(db: Executor): Promise<string | null> {
  // China Standard Time is UTC+8 all year (no daylight saving): a fixed shift, no time zone database needed.
  const result = await sql<{
    month: string | null;
  }>`select to_char((min(evaluated_at) at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month from evaluations`.execute(
    db,
  );
  return result.rows[0]?.month ?? null;
}

export async function findClosedMonth(db: Executor, month: string): Promise<ClosedMonthRow | undefined> {
  return db.selectFrom('credit_index_months').selectAll().where('month', '=', month).executeTakeFirst();
}

export async function findClosedMonths(
  db: Executor,
  range: { from?: string; to?: string } = {},
): Promise<ClosedMonthRow[]> {
  let query = db.selectFrom('credit_index_months').selectAll().orderBy('month');
  if (range.from) query = query.where('month', '>=', range.from);
  if (range.to) query = query.where('month', '<=', range.to);
  return query.execute();
}

/** The frozen values of the months in range, optionally of one dimension and group. */
export async function findIndexValues(
  db: Executor,
  filter: { from: string; to: string; dimension?: string; group?: string },
): Promise<IndexValueRow[]> {
  let query = db
    .selectFrom('credit_index_values')
    .selectAll()
    .where('month', '>=', filter.from)
    .where('month', '<=', filter.to);
  if (filter.dimension) query = query.where('dimension', '=', filter.dimension);
  if (filter.group) query = query.where('group_code', '=', filter.group);
  return query.orderBy('dimension').orderBy('group_code').orderBy('month').execute();
}

export interface NewIndexValue {
  dimension: string;
  groupCode: string;
  groupLabel: string;
  enterprises: number;
  withheld: boolean;
  meanScore: number | null;
  goodShare: number | null;
  poorShare: number | null;
  rawMeasure: number | null;
  value: number | null;
}

/**
 * Freezes a month: its row and every group's values, in the caller's transaction. Returns false (writing nothing)
 * when the month is closed already — by another process a moment ago, say: the first close stands.
 */
export async function insertClosedMonth(
  trx: Transaction<Database>,
  month: {
    month: string;
    source: 'evaluations' | 'backfill';
    methodDigest: string;
    modelVersions: string[];
    enterprises: number;
    closedBy: string;
  },
  values: NewIndexValue[],
): Promise<boolean> {
  const inserted = await trx
    .insertInto('credit_index_months')
    .values({
      month: month.month,
      source: month.source,
      method_digest: month.methodDigest,
      model_versions: month.modelVersions,
      enterprises: month.enterprises,
      closed_by: month.closedBy,
    })
    .onConflict((conflict) => conflict.column('month').doNothing())
    .returning('month')
    .executeTakeFirst();
  if (!inserted) return false;
  if (values.length > 0) {
    await trx
      .insertInto('credit_index_values')
      .values(
        values.map((value) => ({
          month: month.month,
          dimension: value.dimension,
          group_code: value.groupCode,
          group_label: value.groupLabel,
          enterprises: value.enterprises,
          withheld: value.withheld,
          mean_score: value.meanScore,
          good_share: value.goodShare,
          poor_share: value.poorShare,
          raw_measure: value.rawMeasure,
          value: value.value,
          method_digest: month.methodDigest,
        })),
      )
      .execute();
  }
  return true;
}
