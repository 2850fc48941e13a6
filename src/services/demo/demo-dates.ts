import { addMonths, fromDayNumber, toDayNumber } from '../../domain/month-arithmetic.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Calendar dates for demo data as 'YYYY-MM-DD', on the domain's day numbers (month-arithmetic.ts). */

export { addDays, fromDayNumber, isIsoDate, toDayNumber } from '../../domain/month-arithmetic.ts';

/** Same month and day `years` later; 29 February becomes 28 February in a common year (the month rule). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** A day in [from, to], both included; `to` before `from` gives `from`. */
export function randomDate(random: SeededRandom, from: string, to: string): string {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  return fromDayNumber(end <= start ? start : random.int(start, end));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

export function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}
