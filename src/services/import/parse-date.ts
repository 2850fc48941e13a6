import { LONG_TERM_DATE } from '../../domain/record.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

/** A parsed date cell: an ISO date, 长期 (no end), or the reason it is not a date (Chinese). */
export type ParsedDate = { date: string; longTerm: boolean } | { error: string };

// Excel counts days from 1899-12-31 as day 1 and wrongly treats 1900 as a leap year (serial 60 = 1900-02-29, a day
// that never existed). 2958465 is 9999-12-31, Excel's last date.
const EXCEL_MAX_SERIAL = 2958465;
const EXCEL_FAKE_LEAP_DAY = 60;
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const LONG_TERM_WORDS = new Set(['长期', '长期有效', '永久', '永久有效']);
// 2024/5/20, 2024-05-20, 2024.5.20, 2024年5月20日, optionally followed by a time of day, which is dropped.
const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d+(?:\.\d+)?$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks that year-month-day exists (no 2024-02-30, no 2023-02-29, no month 13) and formats it. */
function formatCalendarDate(year: number, month: number, day: number, original: string): ParsedDate {
  if (year < 1900 || year > 9999) return { error: `“${original}”的年份 ${year} 超出范围` };
  if (month < 1 || month > 12) return { error: `“${original}”的月份 ${month} 不存在` };
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > days) return { error: `“${original}”不是有效日期（${year}年${month}月没有${day}日）` };
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return { date, longTerm: date === LONG_TERM_DATE };
}

/** Converts an Excel serial day number (fractions are a time of day and are dropped). */
export function excelSerialToDate(serial: number, original: string = String(serial)): ParsedDate {
  const day = Math.floor(serial);
  if (day < 1 || day > EXCEL_MAX_SERIAL) return { error: `“${original}”不是有效的 Excel 日期序号` };
  if (day === EXCEL_FAKE_LEAP_DAY) return { error: `“${original}”是 Excel 的 1900-02-29，该日期不存在` };
  const offset = day < EXCEL_FAKE_LEAP_DAY ? day + 1 : day;
  const at = new Date(EXCEL_EPOCH_MS + offset * DAY_MS);
  return formatCalendarDate(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate(), original);
}

/**
 * Reads a date cell as departments write them: 2024/5/20, 2024-05-20, 2024.5.20, 20240520, 2024年5月20日, an Excel
 * serial number (as a number, or a numeric string between 1 and 2958465 — eight digits are always yyyymmdd, since
 * serials never reach ten million), a Date from the spreadsheet reader, and 长期. `2099-12-31` and 长期 both come back
 * with `longTerm: true` (the 双公示 convention for "no end", DOMAIN.md §5).
 */
export function parseDate(value: unknown): ParsedDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: '日期无效' };
    // The spreadsheet reader builds dates at UTC midnight; read them back in UTC so no time zone shifts the day.
    return formatCalendarDate(
      value.getUTCFullYear(),
      value.getUTCMonth() + 1,
      value.getUTCDate(),
      calendarDateOf(value),
    );
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { error: `“${value}”不是日期` };
    const compact = COMPACT.exec(String(value));
    if (compact) return formatCalendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]), String(value));
    return excelSerialToDate(value);
  }
  const text = String(value).trim();
  if (LONG_TERM_WORDS.has(text)) return { date: LONG_TERM_DATE, longTerm: true };
  const separated = SEPARATED.exec(text);
  if (separated) return formatCalendarDate(Number(separated[1]), Number(separated[2]), Number(separated[3]), text);
  const compact = COMPACT.exec(text);
  if (compact) return formatCalendarDate(Number(compact[1]), Number(compact[2]), Number(compact[3]), text);
  if (SERIAL.test(text)) return excelSerialToDate(Number(text), text);
  return { error: `“${text}”不是可识别的日期（应为 2024-05-20、2024/5/20、20240520 或 2024年5月20日）` };
}
