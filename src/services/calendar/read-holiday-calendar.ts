import { buildHolidayCalendar } from '../../domain/holiday-arrangement.ts';
import type { HolidayCalendar } from '../../domain/working-days.ts';
import type { Executor } from '../../store/executor.ts';
import { selectHolidayYears } from '../../store/holiday-year.repository.ts';

/**
 * The calendar working-day deadlines are counted on: the years loaded in the database. Read on every
 * use (a few rows), so a year loaded by the command line is seen by a running server at once.
 */
export async function readHolidayCalendar(db: Executor): Promise<HolidayCalendar> {
  return buildHolidayCalendar(await selectHolidayYears(db));
}
