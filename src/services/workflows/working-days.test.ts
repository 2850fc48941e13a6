import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCalendarCatalog } from '../calendar/calendar-catalog.ts';
import { buildHolidayCalendar } from '../../domain/holiday-arrangement.ts';
import { addWorkingDays, countWorkingDaysBetween, isWorkingDay } from '../../domain/working-days.ts';

const calendar = buildHolidayCalendar(loadCalendarCatalog().years);

test('National Day holidays are days off and the adjusted Saturday after them is a working day', () => {
  assert.equal(isWorkingDay(calendar, '2025-10-03'), false);
  assert.equal(isWorkingDay(calendar, '2025-10-11'), true, '2025-10-11 is a Saturday made a working day');
  assert.equal(isWorkingDay(calendar, '2025-10-12'), false, 'an ordinary Sunday');
  assert.equal(isWorkingDay(calendar, '2025-10-09'), true, 'the first Thursday after the holiday');
});

test('fifteen working days from an acceptance before the Spring Festival skip the whole holiday', () => {
  // Accepted Friday 2025-01-24: 01-26 (Sunday) is worked, 01-28…02-04 are off, 02-08 (Saturday) is worked.
  const due = addWorkingDays(calendar, '2025-01-24', 15);
  assert.deepEqual(due, { date: '2025-02-20', isCovered: true });
  assert.equal(countWorkingDaysBetween(calendar, '2025-01-24', '2025-02-20'), 15);
  assert.equal(countWorkingDaysBetween(calendar, '2025-01-24', '2025-02-19'), 14);
});

test('the acceptance day itself is not counted, and a year without a notice is counted by weekends only and says so', () => {
  assert.equal(addWorkingDays(calendar, '2025-03-03', 1).date, '2025-03-04');
  assert.deepEqual(addWorkingDays(calendar, '2027-03-05', 1), { date: '2027-03-08', isCovered: false });
});
