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

  test('every expectation a case can state is compared, and a wrong one is said in Chinese', () => {
    const tax = model.indicators.find((indicator) => indicator.id === 'tax_arrears_outstanding')!.tests[0];
    const failuresOf = (expect: object, base = tax) => runTestCase({ ...base, expect }, compiled).failures;
    assert.deepEqual(failuresOf({ value: 1, points: -20, records: [1] }), []);
    assert.deepEqual(failuresOf({ value: 2 }), ['指标取值应为 2，实为 1']);
    assert.deepEqual(failuresOf({ value: null }), ['指标取值应为 （无），实为 1']);
    assert.deepEqual(failuresOf({ points: -20.0000001 }), [], 'points agree within the rounding tolerance');
    assert.deepEqual(failuresOf({ records: [] }), ['应使用第 （无） 条记录，实际使用第 1 条']);

    const whole = model.tests.find((candidate) => candidate.expect.grade !== undefined && !candidate.expect.error)!;
    const outcome = runTestCase(whole, compiled);
    assert.equal(outcome.passed, true, outcome.failures.join(';'));
    const score = runTestCase({ ...whole, expect: { score: -1 } }, compiled).failures;
    assert.equal(score.length, 1);
    assert.match(score[0], /^总分应为 -1，实为 \d/);
    const grade = runTestCase({ ...whole, expect: { grade: 'Z' } }, compiled).failures;
    assert.match(grade[0], /^等级应为 Z，实为 [A-D]（总分 [\d.]+）$/);
    const vetoes = runTestCase({ ...whole, expect: { vetoes: ['serious_dishonesty_list'] } }, compiled).failures;
    assert.deepEqual(vetoes, ['否决项应为 serious_dishonesty_list，实为 （无）']);
    assert.deepEqual(runTestCase({ ...whole, expect: { vetoes: [] } }, compiled).failures, []);
    const missing = runTestCase({ ...tax, indicator: 'no_such_indicator', expect: { value: 1 } }, compiled);
    assert.deepEqual(missing.failures, ['结果中没有指标 no_such_indicator']);
  });
});
