import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HolidayCalendar } from '../working-days.ts';
import { type AnalyzedCase, analyzeRequestsByMonth, measureRequests } from './analyze-requests.ts';

// Weekends only (no holidays): 2026-03-02 is a Monday.
const calendar: HolidayCalendar = { years: new Set([2026]), holidays: new Set(), workdays: new Set() };
const answered = (
  filedOn: string,
  firstAnsweredOn: string,
  departmentCode: string,
  category: AnalyzedCase['category'],
) =>
  ({
    filedOn,
    firstAnsweredOn,
    departmentCode,
    category,
    dueOn: '2026-12-31',
    isFirstAnswerLate: false,
    rating: null,
  }) satisfies AnalyzedCase;

test('the median response of an even number of answered cases is the mean of the middle two', () => {
  const metrics = measureRequests(
    [answered('2026-03-02', '2026-03-03', 'tax', 'policy'), answered('2026-03-02', '2026-03-04', 'tax', 'policy')],
    calendar,
    '2026-03-31',
  );
  assert.equal(metrics.medianResponseWorkingDays, 1.5);
  assert.equal(metrics.meanResponseWorkingDays, 1.5);
});

test('months, departments, categories and their cells are listed in order whatever order the cases came in', () => {
  const months = analyzeRequestsByMonth(
    [
      answered('2026-04-01', '2026-04-02', 'tax', 'policy'),
      answered('2026-03-03', '2026-03-04', 'tax', 'policy'),
      answered('2026-03-02', '2026-03-03', 'scjg', 'enforcement'),
    ],
    calendar,
    '2026-04-30',
  );
  assert.deepEqual(
    months.map((month) => month.month),
    ['2026-03', '2026-04'],
  );
  const march = months[0]!;
  assert.deepEqual(
    march.byDepartment.map((row) => row.departmentCode),
    ['scjg', 'tax'],
  );
  assert.deepEqual(
    march.byCategory.map((row) => row.category),
    ['enforcement', 'policy'],
  );
  assert.deepEqual(
    march.cells.map((cell) => `${cell.departmentCode}|${cell.category}`),
    ['scjg|enforcement', 'tax|policy'],
  );
});
