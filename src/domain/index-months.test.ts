import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonthsToMonth, isMonth } from './index-months.ts';

test('only a text is a month: a list holding one is not', () => {
  assert.equal(isMonth(['2026-02']), false);
  assert.equal(isMonth('2026-02'), true);
});

test('a month keeps its four-digit year when the year is below 1000', () => {
  assert.equal(addMonthsToMonth('0999-12', 1), '1000-01');
  assert.equal(addMonthsToMonth('0099-05', 1), '0099-06');
});
