/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and on day numbers (days since 1970-01-01, proleptic Gregorian).
 * The engine turns every date into a day number once, so its loops compare integers instead of parsing strings.
 *
 * THE MONTH RULE (the only one the platform uses; DOMAIN.md §4, 《中华人民共和国民法典》第二百零一条、第二百零二条):
 *   Adding N months keeps the day of the month. When the target month has no such day, the result is the last
 *   day of that month ("到期月的对应日为期间的最后一日;没有对应日的,月末日为期间的最后一日").
 *   2026-05-31 + 3 months = 2026-08-31; 2026-11-30 + 3 months = 2027-02-28; 2024-02-29 + 12 months = 2025-02-28.
 *   Subtracting months follows the same rule (2026-03-31 − 1 month = 2026-02-28).
 * A period of N months that starts with an event on day D does not count D itself (第二百零一条) and ends with
 * addMonths(D, N) as its last day; the first day outside the period is addMonths(D, N) + 1.
 */

/** The day number used for "no date" in columnar data. */
export const NO_DAY = -2147483648;
/** The day number used for "no end" (open-ended windows); compares greater than every real date. */
export const OPEN_END_DAY = 2147483647;

/** Day number of a calendar date (month 1–12). Algorithm from H. Hinnant, "chrono-compatible low-level date algorithms". */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0, so the leap day is the last day of the shifted year
  const dayOfYear = (((153 * shiftedMonth + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day number packed in one integer, (year × 16 + month) × 32 + day, so the loops that
 * split dates allocate nothing. Only the era needs a floor division; everything inside an era is non-negative.
 */
function splitDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra =
    ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const shiftedMonth = ((5 * dayOfYear + 2) / 153) | 0;
  const day = dayOfYear - (((153 * shiftedMonth + 2) / 5) | 0) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return ((yearOfEra + era * 400 + (month <= 2 ? 1 : 0)) * 16 + month) * 32 + day;
}

const yearOf = (packed: number): number => Math.floor(packed / 512);
const monthOf = (packed: number): number => (packed >> 5) & 15;
const dayOf = (packed: number): number => packed & 31;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses 'YYYY-MM-DD' into a day number; returns NO_DAY for anything else, including impossible dates (2023-02-29). */
export function parseIsoDay(text: string | null | undefined): number {
  if (typeof text !== 'string' || text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return NO_DAY;
  let year = 0;
  for (let i = 0; i < 4; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NO_DAY;
    year = year * 10 + digit;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return NO_DAY;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NO_DAY;
  return dayNumberFromParts(year, month, day);
}

export function isIsoDate(text: unknown): text is string {
  return typeof text === 'string' && parseIsoDay(text) !== NO_DAY;
}

/** Parses an ISO date that must be valid; throws a RangeError naming the value otherwise (a programming error). */
export function toDayNumber(text: string): number {
  const day = parseIsoDay(text);
  if (day === NO_DAY) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(text)}`);
  return day;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function fromDayNumber(dayNumber: number): string {
  const packed = splitDayNumber(dayNumber);
  return `${String(yearOf(packed)).padStart(4, '0')}-${pad2(monthOf(packed))}-${pad2(dayOf(packed))}`;
}

/** The month rule on day numbers: same day of month N months later (N may be negative), clamped to the month's end. */
export function addMonthsToDay(dayNumber: number, months: number): number {
  const packed = splitDayNumber(dayNumber);
  const monthIndex = yearOf(packed) * 12 + (monthOf(packed) - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const last = daysInMonth(year, month);
  const day = dayOf(packed);
  return dayNumberFromParts(year, month, day > last ? last : day);
}

/**
 * The first day on which `dayNumber` lies at least `months` months back by the month rule (addMonthsToDay(day,
 * -months) >= dayNumber): the day a record of that date leaves a window, or a decay step, of that many months.
 * addMonthsToDay never decreases as the day grows, so the answer is found next to the plain month step.
 */
export function firstDayMonthsAfter(dayNumber: number, months: number): number {
  let day = addMonthsToDay(dayNumber, months);
  while (addMonthsToDay(day - 1, -months) >= dayNumber) day -= 1;
  while (addMonthsToDay(day, -months) < dayNumber) day += 1;
  return day;
}

/** The month rule on ISO dates (see the module comment). */
export function addMonths(isoDate: string, months: number): string {
  return fromDayNumber(addMonthsToDay(toDayNumber(isoDate), months));
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(toDayNumber(isoDate) + days);
}

/**
 * Whole years from one day to a later one: the number of anniversaries reached (an anniversary that falls on
 * 29 February in a common year is reached on 28 February, by the month rule).
 */
export function wholeYearsBetween(fromDay: number, toDay: number): number {
  if (toDay < fromDay) return -wholeYearsBetween(toDay, fromDay);
  let years = yearOf(splitDayNumber(toDay)) - yearOf(splitDayNumber(fromDay));
  if (years > 0 && addMonthsToDay(fromDay, years * 12) > toDay) years -= 1;
  return years;
}
