import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadUsccAuthorities } from '../catalog/uscc-authorities.ts';
import { isValidUscc } from '../domain/uscc.ts';
import { type CompiledModel, compileModel } from './compile-model.ts';
import { loadModelVersion } from './load-model.ts';
import type { TestCase, TestRecordSpec } from './model.ts';
import { runModelTests, runTestCase, subjectOfTestCase, TEST_USCC } from './run-model-tests.ts';

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

  const indicatorCase = (indicator: string, index = 0): TestCase =>
    model.indicators.find((candidate) => candidate.id === indicator)!.tests[index];
  const wholeCase = (name: string): TestCase => model.tests.find((candidate) => candidate.name === name)!;
  const listedSeriously = wholeCase('列入严重违法失信名单的企业即使分数够 C 级,也被封顶为 D 级');
  const refused = model.tests.find((candidate) => candidate.expect.error !== undefined)!;

  test('all cases of a model are run once, each indicator’s cases in model order and then the whole-model cases', () => {
    const outcomes = runModelTests(model, compiled);
    const cases = [...model.indicators.flatMap((indicator) => indicator.tests), ...model.tests];
    assert.deepEqual(
      outcomes.map((outcome) => outcome.test),
      cases,
    );
    assert.equal(outcomes.filter((outcome) => outcome.passed).length, cases.length);
  });

  test('a case’s records become the engine’s records 1, 2, … in the order written, for a valid enterprise code', () => {
    assert.equal(isValidUscc(TEST_USCC, loadUsccAuthorities()), true);
    const [rating, , , listing] = listedSeriously.records;
    const subject = subjectOfTestCase({ ...listedSeriously, records: [listing, { ...rating, departmentCode: null }] });
    assert.equal(subject.enterprise.uscc, TEST_USCC);
    assert.deepEqual(subject.enterprise.tiers, ['tech_sme']);
    assert.deepEqual(
      subject.records.map((record) => [record.id, record.kind, record.departmentCode]),
      [
        [1, 'serious_dishonesty_list', 'scjg'],
        [2, 'tax_credit_rating', ''],
      ],
      'a record written without a department has none',
    );
  });

  test('a passing case has no failure, and a case within the rounding tolerance of its score passes', () => {
    assert.deepEqual(runTestCase(listedSeriously, compiled), { test: listedSeriously, passed: true, failures: [] });
    const close = { ...listedSeriously, expect: { ...listedSeriously.expect, score: 62.95 + 1e-7 } };
    assert.deepEqual(runTestCase(close, compiled).failures, []);
  });

  test('a number within a millionth of the result passes, exactly a millionth off included; more is a failure', () => {
    const none = { ...indicatorCase('tax_arrears_outstanding'), records: [] };
    const failuresOf = (expect: TestCase['expect']) => runTestCase({ ...none, expect }, compiled).failures;
    assert.deepEqual(failuresOf({ value: 0, points: 0, records: [] }), []);
    assert.deepEqual(failuresOf({ points: 0.000001 }), []);
    assert.deepEqual(failuresOf({ points: 0.0000011 }), ['得分应为 0.0000011，实为 0']);
  });

  test('a wrong total, grade or list of vetoes is said with the expected and the actual value', () => {
    const failuresOf = (expect: TestCase['expect']) => runTestCase({ ...listedSeriously, expect }, compiled).failures;
    assert.deepEqual(failuresOf({ score: 63 }), ['总分应为 63，实为 62.95']);
    assert.deepEqual(failuresOf({ grade: 'C' }), ['等级应为 C，实为 D（总分 62.95）']);
    assert.deepEqual(failuresOf({ vetoes: [] }), ['否决项应为 （无），实为 serious_dishonesty_list']);
    assert.deepEqual(failuresOf({ vetoes: ['dishonest_judgment_debtor', 'serious_dishonesty_list'] }), [
      '否决项应为 dishonest_judgment_debtor、serious_dishonesty_list，实为 serious_dishonesty_list',
    ]);
    assert.deepEqual(failuresOf({ score: 63, grade: 'C', vetoes: [] }), [
      '总分应为 63，实为 62.95',
      '等级应为 C，实为 D（总分 62.95）',
      '否决项应为 （无），实为 serious_dishonesty_list',
    ]);
  });

  test('vetoes and records are compared as sets: the order a case lists them in does not matter', () => {
    const debtor: TestRecordSpec = {
      ...listedSeriously.records[0],
      kind: 'dishonest_judgment_debtor',
      occurredOn: '2026-02-01',
      grade: null,
      subtype: '有履行能力而拒不履行生效法律文书确定义务',
      amount: 120,
      reportedStatus: '全部未履行',
    };
    const both = { ...listedSeriously, records: [...listedSeriously.records, debtor] };
    const failuresOf = (expect: TestCase['expect']) => runTestCase({ ...both, expect }, compiled).failures;
    assert.deepEqual(failuresOf({ vetoes: ['serious_dishonesty_list', 'dishonest_judgment_debtor'] }), []);
    assert.deepEqual(failuresOf({ vetoes: ['serious_dishonesty_list'] }), [
      '否决项应为 serious_dishonesty_list，实为 dishonest_judgment_debtor、serious_dishonesty_list',
    ]);

    const minor = indicatorCase('penalties_minor');
    const twelve = {
      ...minor,
      asOf: '2026-04-01',
      records: Array.from({ length: 12 }, (_, index) => ({
        ...minor.records[0],
        occurredOn: `2026-03-${String(12 - index).padStart(2, '0')}`,
      })),
    };
    const recordsFailures = (records: number[]) => runTestCase({ ...twelve, expect: { records } }, compiled).failures;
    assert.deepEqual(recordsFailures([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), []);
    assert.deepEqual(recordsFailures([10, 2, 1]), [
      '应使用第 1、2、10 条记录，实际使用第 1、2、3、4、5、6、7、8、9、10、11、12 条',
    ]);
  });

  test('a text expected where the indicator gives a number (or the reverse) is shown quoted as text, so "1" and 1 differ', () => {
    const tax = indicatorCase('tax_arrears_outstanding');
    assert.deepEqual(runTestCase({ ...tax, expect: { value: '1' } }, compiled).failures, [
      '指标取值应为 "1"（文本），实为 1',
    ]);
    const rating = indicatorCase('tax_credit_rating');
    const actual = runTestCase(rating, compiled);
    assert.deepEqual(actual.failures, []);
    assert.equal(typeof rating.expect.value, 'string', 'the tax credit rating is text');
    assert.deepEqual(runTestCase({ ...rating, expect: { value: 1 } }, compiled).failures, [
      `指标取值应为 1，实为 "${rating.expect.value}"（文本）`,
    ]);
    assert.deepEqual(runTestCase({ ...rating, expect: { value: 'Z' } }, compiled).failures, [
      `指标取值应为 Z，实为 ${rating.expect.value}`,
    ]);
  });

  test('a refused evaluation passes only when the case expects that refusal, and otherwise shows the refusal', () => {
    assert.deepEqual(runTestCase(refused, compiled), { test: refused, passed: true, failures: [] });
    const refusal = '评价被拒绝： 模型 huarong-sci-tech/v1 只能评价 2019-01-01 及以后的日期，不能评价 2018-12-31';
    assert.deepEqual(runTestCase({ ...refused, expect: { error: '另一个原因' } }, compiled), {
      test: { ...refused, expect: { error: '另一个原因' } },
      passed: false,
      failures: [refusal],
    });
    assert.deepEqual(runTestCase({ ...refused, expect: { score: 50 } }, compiled).failures, [refusal]);
  });

  test('an engine fault that is not a refusal is not turned into a failed case', () => {
    assert.throws(() => runTestCase(listedSeriously, {} as CompiledModel), TypeError);
  });
});
