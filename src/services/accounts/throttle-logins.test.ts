import assert from 'node:assert/strict';
import { test } from 'node:test';
import { delayAfter } from './throttle-logins.ts';

test('the delay starts after the free failures, doubles with each further one and stops at its maximum', () => {
  const rule = { freeFailures: 5, firstDelaySeconds: 60, maxDelaySeconds: 1800, windowMinutes: 1440 };
  assert.deepEqual(
    [1, 5, 6, 7, 8, 10, 11, 1000].map((failures) => delayAfter(rule, failures)),
    [0, 0, 60, 120, 240, 960, 1800, 1800],
  );
});
