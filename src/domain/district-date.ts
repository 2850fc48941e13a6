import { addDays } from './month-arithmetic.ts';

/**
 * The district's calendar and clock (China Standard Time, UTC+8, no daylight saving since 1991): deadlines,
 * acceptances, report dates, as-of dates and every date the platform shows are counted here, whatever the server's
 * clock zone (a server in UTC would be a day behind until 08:00). Date arithmetic on calendar dates is
 * `month-arithmetic.ts`; this module turns instants into district dates and back.
 */
export const DISTRICT_TIME_ZONE = 'Asia/Shanghai';
const DISTRICT_OFFSET = '+08:00';
const DISTRICT_OFFSET_MS = 8 * 3_600_000;

/** The district's wall-clock time at an instant (a Date, an ISO timestamp or epoch milliseconds): YYYY-MM-DDTHH:mm:ss. */
export function districtDateTimeOf(instant: Date | string | number): string {
  const time =
    instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(time + DISTRICT_OFFSET_MS).toISOString().slice(0, 19);
}

/** The district's date (YYYY-MM-DD) at an instant. */
export function districtDateOf(instant: Date | string | number): string {
  return districtDateTimeOf(instant).slice(0, 10);
}

/** Today's date in the district, as YYYY-MM-DD. */
export function todayInDistrict(now: Date = new Date()): string {
  return districtDateOf(now);
}

/** The first instant of a district day (00:00 China Standard Time). */
export function startOfDistrictDay(date: string): Date {
  return new Date(`${date}T00:00:00${DISTRICT_OFFSET}`);
}

/** The first instant after a district day (00:00 China Standard Time of the next day). */
export function endOfDistrictDay(date: string): Date {
  return startOfDistrictDay(addDays(date, 1));
}

/**
 * The calendar date a date-only value stands for. Spreadsheet readers and database drivers build such values at UTC
 * midnight, so they are read back in UTC: no time zone may shift the day.
 */
export function calendarDateOf(value: Date): string {
  return value.toISOString().slice(0, 10);
}
