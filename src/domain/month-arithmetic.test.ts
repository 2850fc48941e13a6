import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  addMonths,
  addMonthsToDay,
  daysInMonth,
  fromDayNumber,
  NO_DAY,
  parseIsoDay,
  toDayNumber,
  wholeYearsBetween,
} from './month-arithmetic.ts';

describe('month arithmetic', () => {
  test('three months after 31 May is 31 August, because August has a 31st', () => {
    assert.equal(addMonths('2026-05-31', 3), '2026-08-31');
  });

  test('one month after 31 May is 30 June, because June has no 31st', () => {
    assert.equal(addMonths('2026-05-31', 1), '2026-06-30');
  });

  test('three months after 30 November is the last day of February in a common year', () => {
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
  });

  test('three months after 30 November is 29 February in a leap year', () => {
    assert.equal(addMonths('2023-11-30', 3), '2024-02-29');
  });

  test('twelve months after a leap day is 28 February of the next year', () => {
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
  });

  test('forty-eight months after a leap day is the next leap day', () => {
    assert.equal(addMonths('2024-02-29', 48), '2028-02-29');
  });

  test('one month after 31 January is 28 February, and a month after that is 28 March (the rule does not remember the 31st)', () => {
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths(addMonths('2026-01-31', 1), 1), '2026-03-28');
    assert.equal(addMonths('2026-01-31', 2), '2026-03-31');
  });

  test('subtracting months follows the same rule, across a year boundary', () => {
    assert.equal(addMonths('2026-03-31', -1), '2026-02-28');
    assert.equal(addMonths('2026-01-15', -12), '2025-01-15');
    assert.equal(addMonths('2026-02-28', -36), '2023-02-28');
    assert.equal(addMonths('2024-03-31', -1), '2024-02-29');
  });

  test('the regime boundaries themselves move as expected: 2023-04-30 + 12 months and 2026-03-31 + 3 months', () => {
    assert.equal(addMonths('2023-04-30', 12), '2024-04-30');
    assert.equal(addMonths('2023-05-01', 36), '2026-05-01');
    assert.equal(addMonths('2026-03-31', 3), '2026-06-30');
    assert.equal(addMonths('2026-04-01', 3), '2026-07-01');
  });

  test('day numbers round-trip every day from 1999 to 2101 and count 1970-01-01 as day zero', () => {
    assert.equal(toDayNumber('1970-01-01'), 0);
    assert.equal(toDayNumber('2000-03-01') - toDayNumber('2000-02-28'), 2);
    assert.equal(toDayNumber('2100-03-01') - toDayNumber('2100-02-28'), 1);
    const start = toDayNumber('1999-01-01');
    const end = toDayNumber('2101-12-31');
    let previous = '';
    for (let day = start; day <= end; day += 1) {
      const iso = fromDayNumber(day);
      assert.ok(iso > previous, `${iso} follows ${previous}`);
      assert.equal(toDayNumber(iso), day);
      previous = iso;
    }
  });

  test('impossible or malformed dates are not dates', () => {
    for (const text of ['2023-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '20260401', '', 'abcd-ef-gh']) {
      assert.equal(parseIsoDay(text), NO_DAY, text);
    }
    assert.throws(() => toDayNumber('2026-02-30'), RangeError);
  });

  test('adding months on day numbers agrees with adding months on dates at every month end of 2023 and 2024', () => {
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month += 1) {
        const monthEnd = `${year}-${String(month).padStart(2, '0')}-${daysInMonth(year, month)}`;
        const day = toDayNumber(monthEnd);
        for (const months of [-36, -12, -1, 1, 3, 6, 12, 36]) {
          assert.equal(fromDayNumber(addMonthsToDay(day, months)), addMonths(monthEnd, months));
        }
      }
    }
  });

  test('whole years count anniversaries, a leap-day birthday reaching its anniversary on 28 February', () => {
    assert.equal(wholeYearsBetween(toDayNumber('2020-06-15'), toDayNumber('2026-06-14')), 5);
    assert.equal(wholeYearsBetween(toDayNumber('2020-06-15'), toDayNumber('2026-06-15')), 6);
    assert.equal(wholeYearsBetween(toDayNumber('2024-02-29'), toDayNumber('2025-02-27')), 0);
    assert.equal(wholeYearsBetween(toDayNumber('2024-02-29'), toDayNumber('2025-02-28')), 1);
    assert.equal(wholeYearsBetween(toDayNumber('2026-01-01'), toDayNumber('2026-01-01')), 0);
  });

  test('adding days crosses month and year ends', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  });
});
