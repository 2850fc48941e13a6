import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  calendarDateOf,
  districtDateOf,
  districtDateTimeOf,
  endOfDistrictDay,
  startOfDistrictDay,
  todayInDistrict,
} from './district-date.ts';

test('a moment late in the UTC evening is already the next day in the district', () => {
  assert.equal(todayInDistrict(new Date('2026-11-30T16:30:00Z')), '2026-12-01');
  assert.equal(todayInDistrict(new Date('2026-11-30T15:59:59Z')), '2026-11-30');
  assert.equal(districtDateOf('2026-12-31T17:00:00.000Z'), '2027-01-01');
  assert.equal(districtDateTimeOf(Date.parse('2026-11-22T02:31:05Z')), '2026-11-22T10:31:05');
});

test('a district day starts at 16:00 UTC of the day before and ends at the next day’s start, across a month end', () => {
  assert.equal(startOfDistrictDay('2026-12-01').toISOString(), '2026-11-30T16:00:00.000Z');
  assert.equal(endOfDistrictDay('2026-11-30').toISOString(), '2026-11-30T16:00:00.000Z');
});

test('a date-only value built at UTC midnight (a spreadsheet cell, a database date) keeps its calendar day', () => {
  assert.equal(calendarDateOf(new Date(Date.UTC(2024, 1, 29))), '2024-02-29');
});
