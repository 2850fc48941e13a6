import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CATALOG_DIR } from '../../catalog/catalog.ts';
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
  const raw = YAML.parse(fs.readFileSync(path.join(CATALOG_DIR, 'holidays.yaml'), 'utf8')) as {
    statutory_holidays: { names: string[] };
    reminder_days_before_end: { value: number };
    years: unknown[];
  };
  const statutoryHolidays = raw.statutory_holidays?.names ?? [];
  const reminderDaysBeforeEnd = raw.reminder_days_before_end?.value;
  if (statutoryHolidays.length === 0 || !(typeof reminderDaysBeforeEnd === 'number' && reminderDaysBeforeEnd > 0)) {
    throw new AppError('INTERNAL', 'catalog/holidays.yaml 缺少 statutory_holidays 或 reminder_days_before_end');
  }
  const years = raw.years.map((year) => {
    const checked = checkHolidayArrangement(year, statutoryHolidays);
    if (!checked.arrangement) throw new AppError('INTERNAL', `catalog/holidays.yaml 有误：${checked.problems.map(describeProblem).join('；')}`);
    return checked.arrangement;
  });
  catalog = { statutoryHolidays, reminderDaysBeforeEnd, years };
  return catalog;
}
