import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseIsoDay } from '../domain/month-arithmetic.ts';
import { BatchEvaluator } from './batch-evaluator.ts';
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
      type:
        typeof value === 'number'
          ? 'number'
          : Array.isArray(value)
            ? value.some((entry) => 'factor' in entry)
              ? 'decay'
              : 'bands'
            : 'lookup',
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

describe('what the loop reads and leaves, beyond the cases above', () => {
  const indicatorIn = (result: ReturnType<typeof evaluate>, id: string) =>
    result.indicators.find((candidate) => candidate.id === id)!;
  const latestOf = (field: string, scoring: Scoring, parameters: Record<string, ParameterData> = {}) =>
    compileModel(
      variant('tax_credit_rating', { rule: { type: 'latest', field: field as Rule['field'] }, scoring }, parameters),
    );

  test('a latest rule reads the column it names from the latest record: amount, quantity, subtype, status, department', () => {
    const records = [
      record(1, {
        kind: 'tax_credit_rating',
        occurredOn: '2025-04-20',
        amount: 1,
        quantity: 1,
        subtype: '旧',
        reportedStatus: '旧',
        departmentCode: 'old',
      }),
      record(2, {
        kind: 'tax_credit_rating',
        occurredOn: '2026-04-20',
        amount: 7.25,
        quantity: 3,
        subtype: '年度评价',
        reportedStatus: '已复核',
        departmentCode: 'tax',
      }),
    ];
    const readingOf = (compiled: ReturnType<typeof compileModel>) => {
      const indicator = indicatorIn(evaluate({ enterprise, records }, compiled, AS_OF), 'tax_credit_rating');
      return [indicator.value, indicator.points];
    };
    const asPoints: Scoring = { type: 'as_points', cap: null };
    assert.deepEqual(readingOf(latestOf('amount', asPoints)), [7.25, 7.25]);
    assert.deepEqual(readingOf(latestOf('quantity', asPoints)), [3, 3]);
    const withoutQuantity = [...records, record(3, { kind: 'tax_credit_rating', occurredOn: '2026-05-01', amount: 2 })];
    const latestQuantity = indicatorIn(
      evaluate({ enterprise, records: withoutQuantity }, latestOf('quantity', asPoints), AS_OF),
      'tax_credit_rating',
    );
    assert.deepEqual([latestQuantity.value, latestQuantity.points], [null, 0]);
    const lookup: Scoring = { type: 'lookup', table: 'latest_points' };
    const table = { 年度评价: 4, 已复核: 5, tax: 6, none: -1, default: 0 };
    assert.deepEqual(readingOf(latestOf('subtype', lookup, { latest_points: table })), ['年度评价', 4]);
    assert.deepEqual(readingOf(latestOf('reported_status', lookup, { latest_points: table })), ['已复核', 5]);
    assert.deepEqual(readingOf(latestOf('department', lookup, { latest_points: table })), ['tax', 6]);
  });

  test('a latest level reads the level the publicity rules give a record that states none (一般 for a coercion)', () => {
    const model = variant(
      'administrative_coercions',
      { rule: { type: 'latest', field: 'level' }, scoring: { type: 'lookup', table: 'coercion_level_points' } },
      { coercion_level_points: { 轻微: -1, 一般: -7, none: 0, default: -2 } },
    );
    const subject = { enterprise, records: [record(1, { kind: 'administrative_coercion', subtype: '查封' })] };
    const indicator = indicatorIn(evaluate(subject, compileModel(model), AS_OF), 'administrative_coercions');
    assert.deepEqual([indicator.value, indicator.points], ['一般', -7]);
  });

  test('values half-way at the sixth decimal round away from zero, positive and negative alike', () => {
    const model = variant('tax_arrears_outstanding', {
      rule: { type: 'sum', field: 'amount' },
      scoring: { type: 'as_points', cap: null },
    });
    const compiled = compileModel(model);
    const readingOf = (amount: number) =>
      indicatorIn(
        evaluate({ enterprise, records: [record(1, { kind: 'tax_arrears', amount })] }, compiled, AS_OF),
        'tax_arrears_outstanding',
      );
    assert.deepEqual([readingOf(0.0000005).value, readingOf(0.0000005).points], [0.000001, 0.000001]);
    assert.deepEqual([readingOf(-0.0000005).value, readingOf(-0.0000005).points], [-0.000001, -0.000001]);
  });

  test('a count weighted by level counts each level’s weight, and the table’s default for a level it does not list', () => {
    const model = variant(
      'penalties_general',
      {
        rule: { where: {}, decay: null, weightBy: { field: 'level', table: 'penalty_level_weights' } },
        scoring: { type: 'as_points', cap: null },
      },
      { penalty_level_weights: { 轻微: 1, 严重: 3, default: 2 } },
    );
    const records = [
      record(1, { kind: 'administrative_penalty', level: '轻微', departmentCode: 'scjg', occurredOn: '2026-05-15' }),
      record(2, { kind: 'administrative_penalty', level: '一般', departmentCode: 'scjg', occurredOn: '2026-05-15' }),
      record(3, { kind: 'administrative_penalty', level: '严重', departmentCode: 'scjg', occurredOn: '2026-05-15' }),
    ];
    const indicator = indicatorIn(evaluate({ enterprise, records }, compileModel(model), AS_OF), 'penalties_general');
    assert.equal(indicator.value, 6);
    assert.deepEqual(
      indicator.records.map((used) => [used.id, used.factor]),
      [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    );
  });

  test('a valid window keeps a record on its last valid day; an outstanding one drops it that day; all keeps ended ones', () => {
    const records = [
      record(1, { kind: 'tax_arrears', amount: 1, endsOn: AS_OF }),
      record(2, { kind: 'tax_arrears', amount: 10, endsOn: '2026-06-29' }),
      record(3, { kind: 'tax_arrears', amount: 100 }),
    ];
    const sumWith = (window: Rule['window']) =>
      indicatorIn(
        evaluate(
          { enterprise, records },
          compileModel(
            variant('tax_arrears_outstanding', {
              rule: { type: 'sum', field: 'amount', window },
              scoring: { type: 'as_points', cap: null },
            }),
          ),
          AS_OF,
        ),
        'tax_arrears_outstanding',
      ).value;
    assert.equal(sumWith({ type: 'valid' }), 101);
    assert.equal(sumWith({ type: 'outstanding' }), 100);
    assert.equal(sumWith({ type: 'all' }), 111);
  });

  test('decay weighs a sum by age, and a record past the last step counts for nothing and is not listed as used', () => {
    const model = variant(
      'tax_arrears_outstanding',
      {
        rule: { type: 'sum', field: 'amount', window: { type: 'all' }, decay: 'arrears_decay' },
        scoring: { type: 'as_points', cap: null },
      },
      {
        arrears_decay: [
          { maxAgeMonths: 12, factor: 1 },
          { maxAgeMonths: 24, factor: 0.5 },
        ],
      },
    );
    const records = [
      record(1, { kind: 'tax_arrears', amount: 4, occurredOn: '2026-01-15' }),
      record(2, { kind: 'tax_arrears', amount: 4, occurredOn: '2025-01-15' }),
      record(3, { kind: 'tax_arrears', amount: 4, occurredOn: '2023-01-15' }),
    ];
    const indicator = indicatorIn(
      evaluate({ enterprise, records }, compileModel(model), AS_OF),
      'tax_arrears_outstanding',
    );
    assert.equal(indicator.value, 6);
    assert.deepEqual(
      indicator.records.map((used) => [used.id, used.factor]),
      [
        [1, 1],
        [2, 0.5],
      ],
    );
  });

  test('a record of a kind no indicator reads changes nothing and is not listed among the excluded', () => {
    const withUnread = evaluate(
      {
        enterprise,
        records: [
          record(1, { kind: 'kind_no_model_reads' }),
          record(2, { kind: 'kind_no_model_reads', status: 'revoked' }),
        ],
      },
      compileModel(base),
      AS_OF,
    );
    const without = evaluate({ enterprise, records: [] }, compileModel(base), AS_OF);
    assert.equal(withUnread.score, without.score);
    assert.deepEqual(withUnread.excluded, []);
  });

  test('a record in a status the engine does not know is excluded and its status named', () => {
    const result = evaluate(
      { enterprise, records: [record(1, { kind: 'tax_arrears', amount: 3, status: 'suspended' as 'active' })] },
      compileModel(base),
      AS_OF,
    );
    assert.deepEqual(
      result.excluded.map((excluded) => [excluded.id, excluded.reason]),
      [[1, '状态为 suspended']],
    );
  });

  test('a tier the table does not list is worth its default and can outrank listed ones; ties go to the first code', () => {
    const model = variant(
      'sci_tech_tier',
      { rule: {}, scoring: { type: 'lookup', table: 'tier_points_variant' } },
      { tier_points_variant: { tech_sme: 5, high_tech: 9, gazelle: 9, little_giant: 9, none: 0, default: 12 } },
    );
    const compiled = compileModel(model);
    const tierOf = (tiers: string[]) => {
      const indicator = indicatorIn(
        evaluate({ enterprise: { ...enterprise, tiers }, records: [] }, compiled, AS_OF),
        'sci_tech_tier',
      );
      return [indicator.value, indicator.points];
    };
    assert.deepEqual(tierOf(['tech_sme', 'provincial_new_tier']), ['provincial_new_tier', 12]);
    assert.deepEqual(tierOf(['little_giant', 'gazelle', 'high_tech']), ['gazelle', 9]);
  });

  test('a value that falls in no band scores zero', () => {
    const model = variant(
      'enterprise_age',
      { rule: {}, scoring: { type: 'bands', table: 'age_bands_gap' } },
      {
        age_bands_gap: [
          { min: 10, below: null, points: 40 },
          { min: 3, below: 10, points: 20 },
        ],
      },
    );
    const indicator = indicatorIn(
      evaluate({ enterprise: { ...enterprise, registeredOn: '2025-01-01' }, records: [] }, compileModel(model), AS_OF),
      'enterprise_age',
    );
    assert.deepEqual([indicator.value, indicator.points], [1, 0]);
  });

  test('an enterprise with no tier scores the table’s “none”, one with a status the table does not list its default', () => {
    const tiers = compileModel(
      variant(
        'sci_tech_tier',
        { rule: {}, scoring: { type: 'lookup', table: 'tier_points_none' } },
        { tier_points_none: { little_giant: 25, none: -3, default: 7 } },
      ),
    );
    const noTier = indicatorIn(evaluate({ enterprise, records: [] }, tiers, AS_OF), 'sci_tech_tier');
    assert.deepEqual([noTier.value, noTier.points], [null, -3]);
    const statuses = compileModel(
      variant(
        'enterprise_status',
        { rule: {}, scoring: { type: 'lookup', table: 'status_points_variant' } },
        { status_points_variant: { 存续: 0, 吊销: -100, none: -3, default: -9 } },
      ),
    );
    const pointsOf = (status: string) =>
      indicatorIn(
        evaluate({ enterprise: { ...enterprise, status }, records: [] }, statuses, AS_OF),
        'enterprise_status',
      ).points;
    assert.equal(pointsOf('歇业'), -9);
    assert.equal(pointsOf('存续'), 0);
  });

  test('one tracing evaluator run over several enterprises reports each one’s own records and exclusions', () => {
    const compiled = compileModel(base);
    const batch = createRecordBatch([
      {
        enterprise,
        records: [record(1, { kind: 'tax_arrears', amount: 2 }), record(2, { kind: 'tax_arrears', status: 'revoked' })],
      },
      {
        enterprise: { ...enterprise, uscc: '91420703MA4CTE8F2B' },
        records: [record(3, { kind: 'tax_arrears', amount: 5 })],
      },
    ]);
    const evaluator = new BatchEvaluator(compiled.prepare(AS_OF), batch, true);
    evaluator.run(0);
    evaluator.run(1);
    const second = evaluator.describe(1);
    assert.deepEqual(
      indicatorIn(second, 'tax_arrears_outstanding').records.map((used) => used.id),
      [3],
    );
    assert.deepEqual(second.excluded, []);
    assert.deepEqual(second, evaluate({ batch, enterprise: 1 }, compiled, AS_OF));
  });
});

test('the batch path gives each enterprise of a batch the dimension scores and indicator points the traced path gives', () => {
  const compiled = compileModel(base);
  const subjects: EvaluationSubject[] = [
    { enterprise, records: [record(1, { kind: 'tax_arrears', amount: 2 })] },
    { enterprise: { ...enterprise, uscc: '91420703MA4CTE8F2B', tiers: ['little_giant'] }, records: [] },
    {
      enterprise: { ...enterprise, uscc: '91420703MA4CTE9P0X', status: '吊销' },
      records: [record(2, { kind: 'administrative_coercion', subtype: '查封' })],
    },
  ];
  const batch = evaluateBatch(createRecordBatch(subjects), compiled, AS_OF);
  const dimensionCount = compiled.model.dimensions.length;
  const indicatorCount = compiled.model.indicators.length;
  // As the traced result rounds: to six decimals, and a negative zero (0 points × a negative rate) reads as 0.
  const rounded = (value: number) => Math.round(value * 1e6) / 1e6 + 0;
  subjects.forEach((subject, e) => {
    const traced = evaluate(subject, compiled, AS_OF);
    assert.deepEqual(
      Array.from(batch.dimensionScores.subarray(e * dimensionCount, (e + 1) * dimensionCount), rounded),
      traced.dimensions.map((dimension) => dimension.score),
      subject.enterprise.uscc,
    );
    const points = batch.indicatorPoints.subarray(e * indicatorCount, (e + 1) * indicatorCount);
    for (const indicator of traced.indicators)
      assert.equal(
        rounded(points[compiled.indicatorPosition.get(indicator.id)!]),
        indicator.points,
        `${subject.enterprise.uscc} ${indicator.id}`,
      );
  });
  assert.notDeepEqual(
    batch.dimensionScores.subarray(0, dimensionCount),
    batch.dimensionScores.subarray(dimensionCount, 2 * dimensionCount),
  );
});
