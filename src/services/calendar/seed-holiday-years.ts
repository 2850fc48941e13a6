import type { Executor } from '../../store/executor.ts';
import { loadCalendarCatalog } from './calendar-catalog.ts';
import { insertMissingHolidayYears } from '../../store/holiday-year.repository.ts';

/** Seeds the years of catalog/holidays.yaml the database does not hold; a year an official loaded is kept as loaded. */
export async function seedHolidayYears(db: Executor): Promise<number[]> {
  return insertMissingHolidayYears(db, loadCalendarCatalog().years, '系统（catalog/holidays.yaml）');
}
