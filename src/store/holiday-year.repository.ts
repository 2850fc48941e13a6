import { sql, type Transaction } from 'kysely';
import type { HolidayArrangement } from '../domain/holiday-arrangement.ts';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

export interface HolidayYearRow extends HolidayArrangement {
  source: 'catalog' | 'loaded';
  loadedBy: string;
  loadedAt: Date;
}

export async function selectHolidayYears(db: Executor): Promise<HolidayYearRow[]> {
  const rows = await db.selectFrom('holiday_years').selectAll().orderBy('year').execute();
  return rows.map((row) => ({
    year: row.year,
    reference: row.reference,
    isConfirmed: row.is_confirmed,
    holidays: row.holidays,
    workdays: row.workdays,
    source: row.source,
    loadedBy: row.loaded_by,
    loadedAt: row.loaded_at,
  }));
}

/** The year's loaded arrangement (its reference and source), locked until the transaction ends, or undefined. */
export async function lockHolidayYear(
  trx: Transaction<Database>,
  year: number,
): Promise<{ reference: string; source: 'catalog' | 'loaded' } | undefined> {
  return trx
    .selectFrom('holiday_years')
    .select(['reference', 'source'])
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}

function toRow(arrangement: HolidayArrangement, source: 'catalog' | 'loaded', loadedBy: string) {
  return {
    year: arrangement.year,
    reference: arrangement.reference,
    is_confirmed: arrangement.isConfirmed,
    holidays: JSON.stringify(arrangement.holidays),
    workdays: JSON.stringify(arrangement.workdays),
    source,
    loaded_by: loadedBy,
  };
}

/** Writes the years the database does not hold yet; returns those written. A year loaded by an official is kept. */
export async function insertMissingHolidayYears(
  db: Executor,
  arrangements: readonly HolidayArrangement[],
  loadedBy: string,
): Promise<number[]> {
  if (arrangements.length === 0) return [];
  const inserted = await db
    .insertInto('holiday_years')
    .values(arrangements.map((arrangement) => toRow(arrangement, 'catalog', loadedBy)))
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .execute();
  return inserted.map((row) => row.year);
}

/** Writes (or replaces) one year loaded by an official. */
export async function upsertHolidayYear(
  trx: Transaction<Database>,
  arrangement: HolidayArrangement,
  loadedBy: string,
): Promise<void> {
  const row = toRow(arrangement, 'loaded', loadedBy);
  await trx
    .insertInto('holiday_years')
    .values(row)
    .onConflict((oc) => oc.column('year').doUpdateSet({ ...row, loaded_at: sql`now()` }))
    .execute();
}
