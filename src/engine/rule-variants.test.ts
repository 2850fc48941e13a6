import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { parseIsoDay } from '../domain/month-arithmetic.ts';
import { compileModel } from './compile-model.ts';
import type { EngineEnterprise, EngineRecord, EvaluationSubject } from './engine-input.ts';
import { evaluate, evaluateBatch } from './evaluate.ts';
import { loadModelVersion } from './load-model.ts';
import type { Indicator, Model, ParameterData, Rule, Scoring } from './model.ts';
import { createRecordBatch } from './record-batch.ts';

// The rule types and options the engine supports but model v1 does not use (a sum over amounts or quantities),
// and the exclusion reasons its cases do not reach, checked on variants of model v1 built in memory.

const AS_OF = '2026-06-30';
const base = loadModelVersion('huarong-sci-tech', 'v1');

const enterprise: EngineEnterprise = {
  uscc: '91420703MA4CTE7Y4J',
  registeredOn: '2018-05-01',
  industryCode: 'C39',
  status: '存续',
  tiers: [],
};

function record(id: number, fields: Partial<EngineRecord> & Pick<EngineRecord, 'kind'>): EngineRecord {
  const values = {
    id,
    version: 1,
    status: 'active',
    occurredOn: '2026-01-15',
    endsOn: null,
    level: null,
    subtype: null,
    grade: null,
    amount: null,
    quantity: null,
    departmentCode: 'tax',
    reportedStatus: null,
    ...fields,
  };
  return { ...values, contentHash: createHash('sha256').update(JSON.stringify(values)).digest('hex') };
}

/** Model v1 with one indicator's rule and scoring replaced and the parameters they name added. */
function variant(
  indicatorId: string,
  change: { rule: Partial<Rule>; scoring?: Scoring },
  parameters: Record<string, ParameterData> = {},
): Model {
  const model = structuredClone(base);
  const indicator = model.indicators.find((candidate) => candidate.id === indicatorId) as Indicator;
  indicator.rule = { ...indicator.rule, ...change.rule };
  if (change.scoring) indicator.scoring = change.scoring;
  for (const [id, value] of Object.entries(parameters)) {
    model.parameters.set(id, {
      id,
      file: 'parameters/variant.yaml',
      type: 'number',
      description: id,
      unit: '分',
      reference: '测试',
      values: [{ from: '2019-01-01', fromDay: parseIsoDay('2019-01-01'), value }],
    });
  }
  return model;
}

function indicatorOf(model: Model, subject: EvaluationSubject, id: string) {
  const result = evaluate(subject, compileModel(model), AS_OF);
  return { result, indicator: result.indicators.find((candidate) => candidate.id === id)! };
}

describe('rule types beyond model v1', () => {
  const sumOfArrears = variant(
    'tax_arrears_outstanding',
    {
      rule: { type: 'sum', field: 'amount' },
      scoring: { type: 'linear', perUnit: 'arrears_points_per_10k', cap: 'arrears_cap' },
    },
    { arrears_points_per_10k: -2, arrears_cap: 25 },
  );

  test('a sum adds the amounts of the records in its window, skips records without an amount, and scores linearly', () => {
    const subject: EvaluationSubject = {
      enterprise,
      records: [
        record(1, { kind: 'tax_arrears', subtype: '增值税', amount: 3 }),
        record(2, { kind: 'tax_arrears', subtype: '企业所得税', amount: 4.5 }),
        record(3, { kind: 'tax_arrears', subtype: '房产税' }),
        // Settled before the as-of date: outside an `outstanding` window.
        record(4, { kind: 'tax_arrears', subtype: '增值税', amount: 100, endsOn: '2026-03-01' }),
      ],
    };
    const { indicator } = indicatorOf(sumOfArrears, subject, 'tax_arrears_outstanding');
    assert.equal(indicator.value, 7.5);
    assert.equal(indicator.points, -15);
    assert.deepEqual(
      indicator.records.map((used) => [used.id, used.factor]),
      [
        [1, 1],
        [2, 1],
      ],
    );
  });

  test('a sum past the cap takes off the cap and no more; the batch path agrees with the traced one', () => {
    const subject: EvaluationSubject = {
      enterprise,
      records: [record(1, { kind: 'tax_arrears', amount: 12 }), record(2, { kind: 'tax_arrears', amount: 3 })],
    };
    const compiled = compileModel(sumOfArrears);
    const traced = evaluate(subject, compiled, AS_OF);
    const indicator = traced.indicators.find((candidate) => candidate.id === 'tax_arrears_outstanding')!;
    assert.equal(indicator.value, 15);
    assert.equal(indicator.points, -25);
    const batch = evaluateBatch(createRecordBatch([subject]), compiled, AS_OF);
    const position = compiled.indicatorPosition.get('tax_arrears_outstanding')!;
    assert.equal(batch.indicatorPoints[position], -25);
    assert.equal(batch.scores[0], traced.score);
  });

  test('a sum over quantities reads the quantity column, not the amount', () => {
    const model = variant(
      'utility_arrears_outstanding',
      { rule: { type: 'sum', field: 'quantity' }, scoring: { type: 'as_points', cap: 'months_cap' } },
      { months_cap: 100 },
    );
    const subject: EvaluationSubject = {
      enterprise,
      records: [
        record(1, { kind: 'utility_arrears', subtype: '电费', quantity: 2, amount: 0.8 }),
        record(2, { kind: 'utility_arrears', subtype: '水费', quantity: 3, amount: 0.1 }),
      ],
    };
    const { indicator } = indicatorOf(model, subject, 'utility_arrears_outstanding');
    assert.equal(indicator.value, 5);
    assert.equal(indicator.points, 5);
  });

  test('as_points with a cap is bounded on both sides: a large negative sum loses the cap, not more', () => {
    const model = variant(
      'tax_arrears_outstanding',
      { rule: { type: 'sum', field: 'amount' }, scoring: { type: 'as_points', cap: 'arrears_cap' } },
      { arrears_cap: 10 },
    );
    const records = [record(1, { kind: 'tax_arrears', amount: -40 }), record(2, { kind: 'tax_arrears', amount: 1 })];
    const { indicator } = indicatorOf(model, { enterprise, records }, 'tax_arrears_outstanding');
    assert.equal(indicator.value, -39);
    assert.equal(indicator.points, -10);
    const under = indicatorOf(
      model,
      { enterprise, records: [record(3, { kind: 'tax_arrears', amount: 9.5 })] },
      'tax_arrears_outstanding',
    );
    assert.equal(under.indicator.points, 9.5);
  });
});

describe('records the evaluation leaves out', () => {
  test('a removed record and one without a date are excluded, each with its reason, and count for nothing', () => {
    const subject: EvaluationSubject = {
      enterprise,
      records: [
        record(1, { kind: 'tax_arrears', amount: 2, status: 'removed' }),
        record(2, { kind: 'tax_arrears', amount: 2, occurredOn: null }),
        record(3, { kind: 'tax_arrears', amount: 2, occurredOn: '2026-07-01' }),
      ],
    };
    const result = evaluate(subject, compileModel(base), AS_OF);
    assert.deepEqual(
      result.excluded.map((excluded) => [excluded.id, excluded.reason]),
      [
        [1, '已移出'],
        [2, '缺少发生日期'],
        [3, '发生在评价基准日之后'],
      ],
    );
    const indicator = result.indicators.find((candidate) => candidate.id === 'tax_arrears_outstanding')!;
    assert.equal(indicator.value, 0);
    assert.deepEqual(indicator.records, []);
  });
});
