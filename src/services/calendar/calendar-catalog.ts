import { loadHolidaysFile } from '../../catalog/holidays.ts';
import { AppError } from '../../domain/app-error.ts';
import { checkHolidayArrangement, describeProblem, type HolidayArrangement } from '../../domain/holiday-arrangement.ts';

/** The holiday calendar's catalog data (catalog/holidays.yaml), read once per process. */
export interface CalendarCatalog {
  /** The statutory holidays every year's arrangement must name (《全国年节及纪念日放假办法》). */
  statutoryHolidays: string[];
  /** Days before the calendar's last day when admins are reminded to load the next year. */
  reminderDaysBeforeEnd: number;
  /** The reference years: seeded into the database when a year is absent there. */
  years: HolidayArrangement[];
}

let catalog: CalendarCatalog | undefined;

export function loadCalendarCatalog(): CalendarCatalog {
  if (catalog) return catalog;
  const raw = loadHolidaysFile();
  const statutoryHolidays = raw.statutory_holidays.names;
  const reminderDaysBeforeEnd = raw.reminder_days_before_end.value;
  const years = raw.years.map((year) => {
    const checked = checkHolidayArrangement(year, statutoryHolidays);
    if (!checked.arrangement)
      throw new AppError('INTERNAL', `catalog/holidays.yaml 有误：${checked.problems.map(describeProblem).join('；')}`);
    return checked.arrangement;
  });
  catalog = { statutoryHolidays, reminderDaysBeforeEnd, years };
  return catalog;
}
