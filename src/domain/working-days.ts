import { fromDayNumber, toDayNumber } from './month-arithmetic.ts';

/**
 * Working days (工作日) for workflow deadlines: Monday to Friday, less the public holidays of the State Council's
 * yearly notice, plus the weekend days it makes working days (调休). The calendar is data: the years officials loaded
 * (table holiday_years), seeded from catalog/holidays.yaml.
 *
 * Counting rule: a period of N working days that starts with an event on day D does not count D itself (as with
 * months, 《民法典》第二百零一条); its last day is the N-th working day after D. A date outside the years the calendar
 * covers is counted by weekends only, and the answer says so (`isCovered` false).
 */
export interface HolidayCalendar {
  /** Years the calendar holds notices for. */
  years: ReadonlySet<number>;
  /** Days off that would otherwise be working days, and the weekend days made working days, as ISO dates. */
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

export function isWorkingDay(calendar: HolidayCalendar, isoDate: string): boolean {
  if (calendar.workdays.has(isoDate)) return true;
  if (calendar.holidays.has(isoDate)) return false;
  // Day number 0 (1970-01-01) was a Thursday.
  const weekday = (((toDayNumber(isoDate) + 4) % 7) + 7) % 7; // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6;
}

export interface WorkingDayResult {
  date: string;
  /** False when a day counted lies in a year the calendar has no notice for (weekends only were skipped). */
  isCovered: boolean;
}

/** The sentence every deadline shown or sent carries when the calendar does not cover it. */
export const UNCOVERED_DEADLINE_NOTE = '按现行节假日安排推算，待次年安排公布后更新';

/** Whether the calendar holds the notice for the year of `isoDate`. */
export function isDateCovered(calendar: HolidayCalendar, isoDate: string): boolean {
  return calendar.years.has(Number(isoDate.slice(0, 4)));
}

/**
 * Whether a stored deadline is covered: every year from `asOf` to the deadline (either way round) has its notice.
 * A deadline computed before its year was loaded becomes covered once the year is loaded and it is recomputed.
 */
export function isDeadlineCovered(calendar: HolidayCalendar, asOf: string, dueOn: string): boolean {
  const [first, last] = [Number(asOf.slice(0, 4)), Number(dueOn.slice(0, 4))].sort((a, b) => a - b);
  for (let year = first; year <= last; year++) if (!calendar.years.has(year)) return false;
  return true;
}

/** A deadline as users read it: the date, followed by the note when the calendar does not cover it. */
export function describeDeadline(dueOn: string, isCovered: boolean): string {
  return isCovered ? dueOn : `${dueOn}（${UNCOVERED_DEADLINE_NOTE}）`;
}

/** The last day the calendar covers (31 December of its latest year), or null for an empty calendar. */
export function lastCoveredDay(calendar: HolidayCalendar): string | null {
  return calendar.years.size === 0 ? null : `${Math.max(...calendar.years)}-12-31`;
}

/** The N-th working day after `start` (N ≥ 1). */
export function addWorkingDays(calendar: HolidayCalendar, start: string, count: number): WorkingDayResult {
  let day = toDayNumber(start);
  let isCovered = calendar.years.has(Number(start.slice(0, 4)));
  for (let counted = 0; counted < count; ) {
    day += 1;
    const iso = fromDayNumber(day);
    if (!calendar.years.has(Number(iso.slice(0, 4)))) isCovered = false;
    if (isWorkingDay(calendar, iso)) counted += 1;
  }
  return { date: fromDayNumber(day), isCovered };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function countWorkingDaysBetween(calendar: HolidayCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = toDayNumber(from) + 1, end = toDayNumber(to); day <= end; day++)
    if (isWorkingDay(calendar, fromDayNumber(day))) count += 1;
  return count;
}
