import { fromDayNumber, isIsoDate, toDayNumber } from './month-arithmetic.ts';
import type { HolidayCalendar } from './working-days.ts';
import { calendarDateOf } from './district-date.ts';

/**
 * One year of the State Council's holiday arrangement (国务院办公厅关于部分节假日安排的通知): the days off, each
 * holiday as a range, and the weekend days made working days (调休). The same shape as a year of
 * catalog/holidays.yaml, and the file officials load for a new year (README「节假日安排」).
 */
export interface HolidayArrangement {
  year: number;
  reference: string;
  isConfirmed: boolean;
  holidays: Array<{ name: string; from: string; to: string }>;
  workdays: string[];
}

/** A reason the arrangement cannot be loaded, naming where (row) and which field, in Chinese. */
export interface ArrangementProblem {
  row: string;
  field: string;
  reason: string;
}

export function describeProblem(problem: ArrangementProblem): string {
  return `${problem.row}字段“${problem.field}”：${problem.reason}`;
}

/** The days of a holiday range, as ISO dates. */
export function daysOf(holiday: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let day = toDayNumber(holiday.from); day <= toDayNumber(holiday.to); day++) days.push(fromDayNumber(day));
  return days;
}

/** The calendar the working-day counts read, from the loaded years. */
export function buildHolidayCalendar(arrangements: readonly HolidayArrangement[]): HolidayCalendar {
  return {
    years: new Set(arrangements.map((arrangement) => arrangement.year)),
    holidays: new Set(arrangements.flatMap((arrangement) => arrangement.holidays.flatMap(daysOf))),
    workdays: new Set(arrangements.flatMap((arrangement) => arrangement.workdays)),
  };
}

function isWeekend(isoDate: string): boolean {
  const weekday = (((toDayNumber(isoDate) + 4) % 7) + 7) % 7; // day number 0 (1970-01-01) was a Thursday
  return weekday === 0 || weekday === 6;
}

/** YAML may hand a date over as a Date; every other value is taken as written. */
function dateText(value: unknown): string {
  return value instanceof Date ? calendarDateOf(value) : typeof value === 'string' ? value.trim() : String(value ?? '');
}

/**
 * Checks a year's arrangement as parsed from its file and returns it, or every problem found (all of them, so the
 * official fixes the file once). "The year complete": the file declares its year and its 文号, and names every
 * statutory holiday of 《全国年节及纪念日放假办法》 (`statutoryHolidays`, catalog/holidays.yaml); a holiday named
 * "国庆节、中秋节" counts for both. No date may appear twice, a 调休 working day must be a Saturday or Sunday and
 * not also a holiday.
 *
 * AMBIGUITY: a notice may begin 元旦 on the previous year's last weekend (the 2023 notice began on Saturday
 * 2022-12-31). Those days are weekends anyway, so the file lists only days of its own year and a date outside the
 * year is rejected.
 */
export function checkHolidayArrangement(
  raw: unknown,
  statutoryHolidays: readonly string[],
): { arrangement?: HolidayArrangement; problems: ArrangementProblem[] } {
  const problems: ArrangementProblem[] = [];
  const file = '文件';
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [
        { row: file, field: 'year', reason: '文件应为一个年度的安排，包含 year、reference、holidays、workdays' },
      ],
    };
  }
  const input = raw as Record<string, unknown>;
  const year = input.year;
  const hasYear = typeof year === 'number' && Number.isInteger(year) && year >= 1949 && year <= 9999;
  if (!hasYear) problems.push({ row: file, field: 'year', reason: '须写明安排所属年份（四位数字，如 2027）' });
  const reference = typeof input.reference === 'string' ? input.reference.trim() : '';
  if (!reference) problems.push({ row: file, field: 'reference', reason: '须写明国务院办公厅通知的名称和文号' });
  const inYear = (date: string) => !hasYear || Number(date.slice(0, 4)) === year;
  const seen = new Map<string, string>();
  const holidays: HolidayArrangement['holidays'] = [];
  if (!Array.isArray(input.holidays) || input.holidays.length === 0) {
    problems.push({ row: file, field: 'holidays', reason: '须列出全年的放假安排' });
  } else {
    input.holidays.forEach((item, index) => {
      const entry = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
      const name = typeof entry.name === 'string' ? entry.name.trim() : '';
      const row = `放假安排第 ${index + 1} 项${name ? `（${name}）` : ''}`;
      if (!name) problems.push({ row, field: 'name', reason: '须写明节日名称' });
      const from = dateText(entry.from);
      const to = dateText(entry.to);
      let isValid = true;
      for (const [field, date] of [
        ['from', from],
        ['to', to],
      ] as const) {
        if (!isIsoDate(date)) {
          problems.push({ row, field, reason: `“${date}”不是有效日期（格式 YYYY-MM-DD）` });
          isValid = false;
        } else if (!inYear(date)) {
          problems.push({ row, field, reason: `${date} 不在 ${year} 年内` });
          isValid = false;
        }
      }
      if (isValid && from > to) {
        problems.push({ row, field: 'to', reason: `结束日期 ${to} 早于开始日期 ${from}` });
        isValid = false;
      }
      if (!isValid) return;
      for (const day of daysOf({ from, to })) {
        const earlier = seen.get(day);
        if (earlier) problems.push({ row, field: 'from', reason: `${day} 已在${earlier}中出现，同一日期不能出现两次` });
        else seen.set(day, row);
      }
      holidays.push({ name, from, to });
    });
    const named = new Set(holidays.flatMap((holiday) => holiday.name.split(/[、,,\s]+/)));
    const missing = statutoryHolidays.filter((name) => !named.has(name));
    if (missing.length > 0)
      problems.push({
        row: file,
        field: 'holidays',
        reason: `缺少法定节假日：${missing.join('、')}（须列出全年的全部节假日）`,
      });
  }
  const workdays: string[] = [];
  if (input.workdays !== undefined && !Array.isArray(input.workdays)) {
    problems.push({ row: file, field: 'workdays', reason: '调休上班日应为日期列表（没有调休时写 []）' });
  } else {
    ((input.workdays as unknown[] | undefined) ?? []).forEach((value, index) => {
      const row = `调休上班日第 ${index + 1} 项`;
      const date = dateText(value);
      if (!isIsoDate(date))
        return problems.push({ row, field: 'workdays', reason: `“${date}”不是有效日期（格式 YYYY-MM-DD）` });
      if (!inYear(date)) return problems.push({ row, field: 'workdays', reason: `${date} 不在 ${year} 年内` });
      if (!isWeekend(date))
        return problems.push({ row, field: 'workdays', reason: `${date} 不是周六或周日，调休上班日只能是周末` });
      const earlier = seen.get(date);
      if (earlier)
        return problems.push({ row, field: 'workdays', reason: `${date} 已在${earlier}中出现，同一日期不能出现两次` });
      seen.set(date, row);
      workdays.push(date);
    });
  }
  if (problems.length > 0) return { problems };
  return {
    arrangement: { year: year as number, reference, isConfirmed: input.confirmed !== false, holidays, workdays },
    problems,
  };
}
