import { endOfDistrictDay } from './district-date.ts';
import { addDays, daysInMonth } from './month-arithmetic.ts';

/** Calendar months as 'YYYY-MM' (the index's period) and the instants that bound them in the district (UTC+8). */

export function isMonth(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The month of a 'YYYY-MM-DD' date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The last day of a month, 'YYYY-MM-DD'. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  // Stryker disable next-line StringLiteral: a month has at least 28 days, so the day always has two digits.
  return `${month}-${String(daysInMonth(year, number)).padStart(2, '0')}`;
}

/**
 * The first instant after the month in the district (00:00 China Standard Time of the next month's first day), as an
 * ISO timestamp: evaluations stored before it are what the platform showed at the month's end.
 */
export function monthCloseInstant(month: string): string {
  return endOfDistrictDay(monthEnd(month)).toISOString();
}

export function addMonthsToMonth(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included, ascending (empty when `to` is before `from`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonthsToMonth(month, 1)) months.push(month);
  return months;
}
