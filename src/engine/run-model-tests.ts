import { createHash } from 'node:crypto';
import { isAppError } from '../domain/app-error.ts';
import { compileModel, type CompiledModel } from './compile-model.ts';
import type { EngineRecord, EvaluationSubject } from './engine-input.ts';
import { evaluate } from './evaluate.ts';
import type { Model, TestCase } from './model.ts';
import type { EvaluationResult } from './trace.ts';

/**
 * `xinping model test`: runs the test cases written next to each indicator (indicators/<id>.test.yaml) and the
 * whole-model cases (model.test.yaml) through the real engine, and says in Chinese what differs.
 */

export interface TestOutcome {
  test: TestCase;
  passed: boolean;
  failures: string[];
}

/** The enterprise code test cases use: a valid 华容区 (420703) code; the engine itself does not check codes. */
export const TEST_USCC = '91420703MA4CTE7Y4J';

const TOLERANCE = 1e-6;

/** The subject a test case describes: its records get ids 1, 2, … in the order written. */
export function subjectOfTestCase(test: TestCase): EvaluationSubject {
  const records: EngineRecord[] = test.records.map((spec, index) => ({
    id: index + 1,
    version: 1,
    contentHash: createHash('sha256').update(JSON.stringify(spec)).digest('hex'),
    kind: spec.kind,
    status: spec.status,
    occurredOn: spec.occurredOn,
    endsOn: spec.endsOn,
    level: spec.level,
    subtype: spec.subtype,
    grade: spec.grade,
    amount: spec.amount,
    quantity: spec.quantity,
    departmentCode: spec.departmentCode ?? '',
    reportedStatus: spec.reportedStatus,
  }));
  return {
    enterprise: {
      uscc: TEST_USCC,
      registeredOn: test.enterprise.registeredOn,
      industryCode: test.enterprise.industryCode,
      status: test.enterprise.status,
      tiers: test.enterprise.tiers,
    },
    records,
  };
}

/** How a value reads in a message; `markText` quotes text and says it is text, so that "1" and 1 read apart. */
function show(value: unknown, markText = false): string {
  if (value === null || value === undefined) return '（无）';
  if (typeof value === 'string') return markText ? `"${value}"（文本）` : value;
  return JSON.stringify(value);
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) <= TOLERANCE;
  return (expected ?? null) === (actual ?? null);
}

function compare(test: TestCase, result: EvaluationResult): string[] {
  const failures: string[] = [];
  const expect = test.expect;
  if (test.indicator !== null) {
    const indicator = result.indicators.find((candidate) => candidate.id === test.indicator);
    if (!indicator) return [`结果中没有指标 ${test.indicator}`];
    if (expect.value !== undefined && !sameValue(expect.value, indicator.value)) {
      // A case that expects the text '1' where the indicator gives the number 1 (or the reverse) must say so.
      const types = [typeof expect.value, typeof indicator.value];
      const markText = types.includes('string') && types.includes('number');
      failures.push(`指标取值应为 ${show(expect.value, markText)}，实为 ${show(indicator.value, markText)}`);
    }
    if (expect.points !== undefined && !sameValue(expect.points, indicator.points))
      failures.push(`得分应为 ${show(expect.points)}，实为 ${show(indicator.points)}`);
    if (expect.records !== undefined) {
      const used = indicator.records.map((record) => record.id).sort((a, b) => a - b);
      const wanted = [...expect.records].sort((a, b) => a - b);
      if (used.join(',') !== wanted.join(','))
        failures.push(`应使用第 ${wanted.join('、') || '（无）'} 条记录，实际使用第 ${used.join('、') || '（无）'} 条`);
    }
  }
  if (expect.score !== undefined && !sameValue(expect.score, result.score))
    failures.push(`总分应为 ${expect.score}，实为 ${result.score}`);
  if (expect.grade !== undefined && expect.grade !== result.grade)
    failures.push(`等级应为 ${expect.grade}，实为 ${result.grade}（总分 ${result.score}）`);
  if (expect.vetoes !== undefined) {
    const applied = result.vetoes.map((veto) => veto.id).sort();
    const wanted = [...expect.vetoes].sort();
    if (applied.join(',') !== wanted.join(','))
      failures.push(`否决项应为 ${wanted.join('、') || '（无）'}，实为 ${applied.join('、') || '（无）'}`);
  }
  return failures;
}

export function runTestCase(test: TestCase, compiled: CompiledModel): TestOutcome {
  let result: EvaluationResult;
  try {
    result = evaluate(subjectOfTestCase(test), compiled, test.asOf);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (test.expect.error !== undefined && error.userMessage.includes(test.expect.error))
      return { test, passed: true, failures: [] };
    return { test, passed: false, failures: [`评价被拒绝： ${error.userMessage}`] };
  }
  if (test.expect.error !== undefined)
    return { test, passed: false, failures: [`应拒绝评价（${test.expect.error}），但得到总分 ${result.score}`] };
  const failures = compare(test, result);
  return { test, passed: failures.length === 0, failures };
}

/** Runs every test case of a model: the indicators' cases in model order, then the whole-model cases. */
export function runModelTests(model: Model, compiled: CompiledModel = compileModel(model)): TestOutcome[] {
  const cases = [...model.indicators.flatMap((indicator) => indicator.tests), ...model.tests];
  return cases.map((test) => runTestCase(test, compiled));
}
