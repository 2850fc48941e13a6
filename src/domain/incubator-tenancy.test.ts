import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isHostedOn, isWithin } from './incubator-tenancy.ts';

describe('incubator tenancy', () => {
  test('an enterprise is hosted from the day it enters until the day before it leaves', () => {
    const spell = { entered_on: '2026-03-01', exited_on: '2026-09-01' };
    assert.equal(isHostedOn(spell, '2026-02-28'), false);
    assert.equal(isHostedOn(spell, '2026-03-01'), true);
    assert.equal(isHostedOn(spell, '2026-08-31'), true);
    assert.equal(isHostedOn(spell, '2026-09-01'), false);
  });

  test('a spell not yet ended hosts its enterprise on every day from its entry', () => {
    const spell = { entered_on: '2026-03-01', exited_on: null };
    assert.equal(isHostedOn(spell, '2026-02-28'), false);
    assert.equal(isHostedOn(spell, '2030-01-01'), true);
  });

  test('a date lies within a period when it is on either end or between them, and no date never does', () => {
    assert.equal(isWithin('2026-01-01', '2026-01-01', '2026-12-31'), true);
    assert.equal(isWithin('2026-12-31', '2026-01-01', '2026-12-31'), true);
    assert.equal(isWithin('2025-12-31', '2026-01-01', '2026-12-31'), false);
    assert.equal(isWithin('2027-01-01', '2026-01-01', '2026-12-31'), false);
    assert.equal(isWithin(null, '2026-01-01', '2026-12-31'), false);
  });
});
