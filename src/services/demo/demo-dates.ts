import type { SeededRandom } from './seeded-random.ts';

/** Calendar dates for demo data as 'YYYY-MM-DD', computed in UTC day numbers so no time zone shifts a day. */

const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Same month and day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(4);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}${monthDay === '-02-29' && !isLeap ? '-02-28' : monthDay}`;
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

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromDayNumber(toDayNumber(text)) === text;
}
