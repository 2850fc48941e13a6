import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseIsoDay } from '../domain/month-arithmetic.ts';
import { compileModel } from './compile-model.ts';
import type { EngineEnterprise, EngineRecord, EvaluationSubject } from './engine-input.ts';
import { evaluate, evaluateBatch } from './evaluate.ts';
import { loadModelVersion } from './load-model.ts';
import type { Indicator, Model, ParameterData, Rule, Scoring } from './model.ts';
import { createRecordBatch } from './record-batch.ts';
import { engineRecord } from './test-fixtures/engine-record.ts';

// The rule types and options the engine supports but model v1 does not use (a sum over amounts or quantities),
// and the exclusion reasons its cases do not reach, checked on variants of model v1 built in memory.

const AS_OF = '2026-06-30';
const record = engineRecord;
const base = loadModelVersion('huarong-sci-tech', 'v1');

const enterprise: EngineEnterprise = {
  uscc: '91420703MA4CTE7Y4J',
  registeredOn: '2018-05-01',
  industryCode: 'C39',
  status: '存续',
  tiers: [],
};

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
      type: typeof value === 'number' ? 'number' : Array.isArray(value) ? 'bands' : 'lookup',
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
      result.excluded.map((excluded) => [excluded.id, excluded.reason, excluded.occurredOn]),
      [
        [1, '已移出', '2026-01-15'],
        [2, '缺少发生日期', null],
        [3, '发生在评价基准日之后', '2026-07-01'],
      ],
    );
    const indicator = result.indicators.find((candidate) => candidate.id === 'tax_arrears_outstanding')!;
    assert.equal(indicator.value, 0);
    assert.deepEqual(indicator.records, []);
  });
});

describe('scoring, grading and vetoes at their edges', () => {
  const compiledV1 = compileModel(base);
  const clean = (overrides: Partial<EngineEnterprise> = {}, records: EngineRecord[] = []): EvaluationSubject => ({
    enterprise: { ...enterprise, ...overrides },
    records,
  });
  const indicatorIn = (result: ReturnType<typeof evaluate>, id: string) =>
    result.indicators.find((candidate) => candidate.id === id)!;

  test('of several tiers the one worth most counts, and of two worth the same the first by code', () => {
    const best = evaluate(clean({ tiers: ['tech_sme', 'little_giant', 'high_tech'] }), compiledV1, AS_OF);
    assert.deepEqual(
      [indicatorIn(best, 'sci_tech_tier').value, indicatorIn(best, 'sci_tech_tier').points],
      ['little_giant', 25],
    );
    const tie = evaluate(clean({ tiers: ['specialized_sme', 'gazelle'] }), compiledV1, AS_OF);
    assert.deepEqual(
      [indicatorIn(tie, 'sci_tech_tier').value, indicatorIn(tie, 'sci_tech_tier').points],
      ['gazelle', 20],
    );
    const unknown = evaluate(clean({ tiers: ['no_such_tier'] }), compiledV1, AS_OF);
    assert.equal(indicatorIn(unknown, 'sci_tech_tier').points, 0);
  });

  test('a lookup tells “no record” (none) from “a value not in the table” (default)', () => {
    const model = variant(
      'tax_credit_rating',
      { rule: {}, scoring: { type: 'lookup', table: 'tax_points_variant' } },
      { tax_points_variant: { A: 30, B: 15, none: -5, default: 3 } },
    );
    const compiled = compileModel(model);
    const points = (records: EngineRecord[]) =>
      indicatorIn(evaluate(clean({}, records), compiled, AS_OF), 'tax_credit_rating').points;
    assert.equal(points([]), -5);
    assert.equal(points([record(1, { kind: 'tax_credit_rating', occurredOn: '2026-04-20', grade: 'B' })]), 15);
    assert.equal(points([record(1, { kind: 'tax_credit_rating', occurredOn: '2026-04-20', grade: 'Z' })]), 3);
  });

  test('the latest record counts; of two on the same day the later-filed one (higher id)', () => {
    const records = [
      record(5, { kind: 'tax_credit_rating', occurredOn: '2026-04-20', grade: 'A' }),
      record(4, { kind: 'tax_credit_rating', occurredOn: '2026-04-20', grade: 'C' }),
      record(3, { kind: 'tax_credit_rating', occurredOn: '2025-04-20', grade: 'D' }),
    ];
    const result = evaluate(clean({}, records), compiledV1, AS_OF);
    assert.equal(indicatorIn(result, 'tax_credit_rating').value, 'A');
    assert.deepEqual(
      indicatorIn(result, 'tax_credit_rating').records.map((used) => used.id),
      [5],
    );
  });

  test('bands with lower bounds: the first band whose range holds the value, its lower bound included', () => {
    const model = variant(
      'enterprise_age',
      { rule: {}, scoring: { type: 'bands', table: 'age_bands_variant' } },
      {
        age_bands_variant: [
          { min: 10, below: null, points: 40 },
          { min: 3, below: 10, points: 20 },
          { min: null, below: null, points: 1 },
        ],
      },
    );
    const compiled = compileModel(model);
    const points = (registeredOn: string) =>
      indicatorIn(evaluate(clean({ registeredOn }), compiled, AS_OF), 'enterprise_age').points;
    assert.equal(points('2016-06-30'), 40);
    assert.equal(points('2016-07-01'), 20);
    assert.equal(points('2023-06-30'), 20);
    assert.equal(points('2023-07-01'), 1);
  });

  test('an enterprise registered after the as-of date has no age, and one registered on it is zero years old', () => {
    const later = evaluate(clean({ registeredOn: '2026-07-01' }), compiledV1, AS_OF);
    assert.equal(indicatorIn(later, 'enterprise_age').value, null);
    const sameDay = evaluate(clean({ registeredOn: AS_OF }), compiledV1, AS_OF);
    assert.equal(indicatorIn(sameDay, 'enterprise_age').value, 0);
  });

  test('a linear indicator with nothing to read scores zero', () => {
    const model = variant(
      'rnd_intensity',
      { rule: {}, scoring: { type: 'linear', perUnit: 'rnd_per_unit', cap: null } },
      { rnd_per_unit: 100 },
    );
    const result = evaluate(clean(), compileModel(model), AS_OF);
    assert.deepEqual(
      [indicatorIn(result, 'rnd_intensity').value, indicatorIn(result, 'rnd_intensity').points],
      [null, 0],
    );
  });

  test('a score exactly on a grade line gets that grade; each dimension contributes its score times its weight', () => {
    const result = evaluate(clean(), compiledV1, AS_OF);
    for (const dimension of result.dimensions)
      assert.equal(dimension.contribution, Math.round(dimension.score * dimension.weight * 1e6) / 1e6, dimension.id);
    const onTheLine = structuredClone(base);
    onTheLine.grades[0].minScore = result.score;
    assert.equal(evaluate(clean(), compileModel(onTheLine), AS_OF).grade, 'A');
    onTheLine.grades[0].minScore = result.score + 0.01;
    assert.notEqual(evaluate(clean(), compileModel(onTheLine), AS_OF).grade, 'A');
  });

  test('a veto by value caps the grade, and never lifts a grade already below its cap', () => {
    const revoked = evaluate(clean({ status: '吊销' }), compiledV1, AS_OF);
    assert.deepEqual(
      revoked.vetoes.map((veto) => veto.id),
      ['business_license_revoked'],
    );
    assert.equal(revoked.grade, 'D');
    const kept = evaluate(clean({ status: '存续' }), compiledV1, AS_OF);
    assert.deepEqual(kept.vetoes, []);
    // A C cap on a firm whose score alone gives D leaves it at D.
    const debtor = record(1, {
      kind: 'dishonest_judgment_debtor',
      occurredOn: '2026-01-15',
      amount: 35,
      reportedStatus: '全部未履行',
      departmentCode: 'court',
    });
    const poorModel = structuredClone(base);
    for (const row of poorModel.grades) if (row.minScore !== null) row.minScore = 99.99;
    const poor = evaluate(clean({}, [debtor]), compileModel(poorModel), AS_OF);
    assert.deepEqual(
      poor.vetoes.map((veto) => veto.id),
      ['dishonest_judgment_debtor'],
    );
    assert.equal(poor.gradeBeforeVetoes, 'D');
    assert.equal(poor.grade, 'D');
  });
});
