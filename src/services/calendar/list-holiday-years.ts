import type { Kysely } from 'kysely';
import { buildHolidayCalendar, daysOf } from '../../domain/holiday-arrangement.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import { lastCoveredDay } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { selectHolidayYears } from '../../store/holiday-year.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';

export interface HolidayYearSummary {
  year: number;
  reference: string;
  /** The reference as a person reads it. */
  referenceText: string;
  isConfirmed: boolean;
  source: 'catalog' | 'loaded';
  loadedBy: string;
  /** The person who loaded it (display name; the recorded actor when that is no account or has no name). */
  loadedByName: string;
  loadedAt: string;
  holidays: Array<{ name: string; from: string; to: string; days: number }>;
  workdays: string[];
}

/** The loaded years of the calendar and its last covered day, for the console page and the command line. */
export async function listHolidayYears(
  db: Kysely<Database>,
): Promise<{ lastCoveredDay: string | null; years: HolidayYearSummary[] }> {
  const rows = await selectHolidayYears(db);
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.loadedBy),
  );
  return {
    lastCoveredDay: lastCoveredDay(buildHolidayCalendar(rows)),
    years: rows.map((row) => ({
      year: row.year,
      reference: row.reference,
      referenceText: readableReference(row.reference),
      isConfirmed: row.isConfirmed,
      source: row.source,
      loadedBy: row.loadedBy,
      loadedByName: nameOf(row.loadedBy),
      loadedAt: new Date(row.loadedAt).toISOString(),
      holidays: row.holidays.map((holiday) => ({ ...holiday, days: daysOf(holiday).length })),
      workdays: row.workdays,
    })),
  };
}
