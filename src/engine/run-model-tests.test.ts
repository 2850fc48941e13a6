import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileModel } from './compile-model.ts';
import { loadModelVersion } from './load-model.ts';
import { runModelTests, runTestCase } from './run-model-tests.ts';

describe('model test runner', () => {
  const model = loadModelVersion('huarong-sci-tech', 'v1');
  const compiled = compileModel(model);

  test('every test case of model v1 passes: each indicator’s cases and the whole-model cases', () => {
    const outcomes = runModelTests(model, compiled);
    const failed = outcomes
      .filter((outcome) => !outcome.passed)
      .map((outcome) => `${outcome.test.name}: ${outcome.failures.join(';')}`);
    assert.deepEqual(failed, []);
    assert.ok(outcomes.length >= 100);
    assert.ok(
      outcomes.some((outcome) => outcome.test.indicator === null),
      'whole-model cases run too',
    );
  });

  test('every test case of model v2 passes as well', () => {
    const v2 = loadModelVersion('huarong-sci-tech', 'v2');
    const outcomes = runModelTests(v2);
    const failed = outcomes
      .filter((outcome) => !outcome.passed)
      .map((outcome) => `${outcome.test.name}: ${outcome.failures.join(';')}`);
    assert.deepEqual(failed, []);
    assert.ok(outcomes.length >= 100, `${outcomes.length} cases`);
  });

  test('a case whose expectation is wrong fails and says in Chinese what differs', () => {
    const original = model.indicators.find((indicator) => indicator.id === 'tax_arrears_outstanding')!.tests[0];
    const outcome = runTestCase({ ...original, expect: { value: 1, points: -25, records: [2] } }, compiled);
    assert.equal(outcome.passed, false);
    assert.deepEqual(outcome.failures, ['得分应为 -25，实为 -20', '应使用第 2 条记录，实际使用第 1 条']);
  });

  test('a case expecting a refusal fails when the evaluation goes through', () => {
    const original = model.tests.find((test) => test.expect.error !== undefined)!;
    const outcome = runTestCase({ ...original, asOf: '2026-06-30' }, compiled);
    assert.equal(outcome.passed, false);
    assert.match(outcome.failures[0], /应拒绝评价/);
  });
});
