import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { type Catalog, loadCatalog } from '../catalog/catalog.ts';
import { formatProblem, loadModelVersion, MODELS_DIR } from './load-model.ts';
import { indicatorParameters, lintModel } from './lint-model.ts';
import type { Indicator } from './model.ts';

const brokenModel = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'broken-model');
const v1 = path.join(MODELS_DIR, 'huarong-sci-tech', 'v1');

describe('model lint', () => {
  let work = '';
  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-lint-'));
  });
  after(() => fs.rmSync(work, { recursive: true, force: true }));

  /** Lints a copy of model v1 after editing some of its files (path relative to the model directory → edit). */
  const lintEdited = (edits: Record<string, (text: string) => string>, catalog?: Catalog): string[] => {
    const dir = fs.mkdtempSync(path.join(work, 'v1-'));
    fs.cpSync(v1, dir, { recursive: true });
    for (const [name, edit] of Object.entries(edits)) {
      const file = path.join(dir, name);
      const text = fs.readFileSync(file, 'utf8');
      assert.notEqual(edit(text), text, `the edit of ${name} changed nothing`);
      fs.writeFileSync(file, edit(text));
    }
    return lintModel(dir, catalog).problems.map(formatProblem);
  };
  const lintAfter = (edit: (text: string) => string): string[] => lintEdited({ 'model.yaml': edit });

  test('model v1 passes the lint with no problem', () => {
    const result = lintModel(path.join(MODELS_DIR, 'huarong-sci-tech', 'v1'));
    assert.deepEqual(result.problems.map(formatProblem), []);
    assert.equal(result.dir, 'models/huarong-sci-tech/v1');
  });

  test('a deliberately broken model fails the lint with one Chinese message per mistake, naming the file and field', () => {
    const messages = lintModel(brokenModel).problems.map(formatProblem);
    const expected = [
      'parameters/points.yaml: penalty_points.unit: 缺少单位',
      'parameters/points.yaml: penalty_points.reference: 缺少依据',
      'parameters/points.yaml: honor_points.description: 缺少中文说明',
      'indicators/mystery.yaml: rule.kinds: 未知记录类别 no_such_kind',
      'model.yaml: dimensions[].weight: 各维度权重合计为 90%，应为 100%',
      'model.yaml: grades[1]: 等级表缺少兜底行',
      'parameters/points.yaml: penalty_points.values: 2019-01-01 至 2019-12-31 之间没有取值',
      'parameters/points.yaml: honor_points.values.2025-01-01: 自 2025-01-01 起没有取值',
      'parameters/points.yaml: age_points.values.2019-01-01: 分段表缺少兜底段',
      'parameters/points.yaml: forgotten_points: 参数未被任何指标使用',
      'indicators/honors.test.yaml: 缺少参数 honor_points 生效日 2025-01-01 当日或之后的测试用例',
      'indicators/ages.test.yaml: 指标 ages 没有测试用例',
      'indicators/mystery.test.yaml: 指标 mystery 没有测试用例',
    ];
    for (const start of expected) {
      assert.ok(
        messages.some((message) => message.startsWith(start)),
        `expected a message starting with “${start}”, got:\n${messages.join('\n')}`,
      );
    }
    assert.equal(messages.length, expected.length, messages.join('\n'));
  });

  test('the grade table and the weights are checked line by line, each mistake named with its row', () => {
    assert.deepEqual(
      lintAfter((text) => text.replace('  - grade: B\n', '  - grade: A\n')),
      ['model.yaml: grades[1].grade: 等级 A 重复'],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 70', 'min_score: 90')),
      ['model.yaml: grades[1].min_score: 分数线 90 不低于上一行，该行永远不会命中（先命中者生效，分数线应逐行降低）'],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 84', 'min_score: 84.5').replace('min_score: 70', 'min_score: 84.5')),
      ['model.yaml: grades[1].min_score: 分数线 84.5 不低于上一行，该行永远不会命中（先命中者生效，分数线应逐行降低）'],
      'an equal line never hits either',
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 84', 'min_score: 120')),
      ['model.yaml: grades[0].min_score: 分数线应在 0 到 100 之间'],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('    min_score: 60\n', '')),
      ['model.yaml: grades[3]: 兜底行之后的等级永远不会命中（先命中者生效）'],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('    weight: 0.05\n    base: 50\n', '    weight: 0.10\n    base: 50\n')),
      ['model.yaml: dimensions[].weight: 各维度权重合计为 105%，应为 100%'],
    );
  });

  test('a score line exactly at the bottom or the top of the score range is accepted, one past either is flagged', () => {
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 84', 'min_score: 100').replace('min_score: 60', 'min_score: 0')),
      [],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 60', 'min_score: -1')),
      ['model.yaml: grades[2].min_score: 分数线应在 0 到 100 之间'],
    );
    assert.deepEqual(
      lintAfter((text) => text.replace('min_score: 84', 'min_score: 101')),
      ['model.yaml: grades[0].min_score: 分数线应在 0 到 100 之间'],
    );
  });

  test('a row after the catch-all row is named once, and its score line is not compared with the catch-all', () => {
    assert.deepEqual(
      lintAfter((text) =>
        text.replace('    min_score: 60\n', '').replace('    label: 较差\n', '    label: 较差\n    min_score: 50\n'),
      ),
      ['model.yaml: grades[3]: 兜底行之后的等级永远不会命中（先命中者生效）'],
    );
  });

  test('a model without a grade table is told so once, not also that the table lacks a catch-all row', () => {
    assert.deepEqual(
      lintAfter((text) => text.replace(/\ngrades:\n[\s\S]*?\n\n/, '\ngrades: []\n\n')),
      [
        'model.yaml: grades: 缺少等级表',
        'model.yaml: vetoes[0].cap_grade: 等级 D 不在等级表中',
        'model.yaml: vetoes[1].cap_grade: 等级 C 不在等级表中',
        'model.yaml: vetoes[2].cap_grade: 等级 D 不在等级表中',
      ],
    );
  });

  test('a model can have 31 vetoes, not 32 (the engine keeps them in one 32-bit mask)', () => {
    const addVetoes = (count: number) => (text: string) =>
      text.replace(
        '\nvetoes:\n',
        `\nvetoes:\n${Array.from(
          { length: count },
          (_, index) =>
            `  - { id: extra_${index}, label: 附加否决项, indicator: serious_dishonesty_listed, when: { min_value: 1 }, cap_grade: D, reference: README §5 }\n`,
        ).join('')}`,
      );
    const vetoesInV1 = loadModelVersion('huarong-sci-tech', 'v1').vetoes.length;
    assert.deepEqual(lintAfter(addVetoes(31 - vetoesInV1)), []);
    assert.deepEqual(lintAfter(addVetoes(32 - vetoesInV1)), ['model.yaml: vetoes: 否决项最多 31 个']);
  });

  test('a directory without model.yaml gives only the reading problem and no model', () => {
    const empty = fs.mkdtempSync(path.join(work, 'empty-'));
    const result = lintModel(empty);
    assert.equal(result.model, null);
    assert.deepEqual(result.problems.map(formatProblem), ['model.yaml: 文件不存在或无法读取']);
  });

  test('a parameter repealed and later given a value again names each day without a value up to the next value', () => {
    assert.deepEqual(
      lintEdited({
        'parameters/industry.yaml': (text) =>
          text.replace(
            '  values:\n    2019-01-01: 24\n\ntax_rating_points',
            '  values:\n    2019-01-01: 24\n    2022-01-01: null\n    2022-06-01: null\n    2023-01-01: 12\n\ntax_rating_points',
          ),
      }),
      [
        'parameters/industry.yaml: tax_rating_lookback_months.values.2022-01-01: 2022-01-01 至 2022-12-31 之间没有取值',
        'parameters/industry.yaml: tax_rating_lookback_months.values.2022-06-01: 2022-06-01 至 2022-12-31 之间没有取值',
        'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_lookback_months 生效日 2022-01-01 之前（as_of < 2022-01-01）的测试用例',
        'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_lookback_months 生效日 2022-06-01 之前（as_of < 2022-06-01）的测试用例',
        'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_lookback_months 生效日 2023-01-01 之前（as_of < 2023-01-01）的测试用例',
      ],
    );
  });

  test('a model without evaluable_from is told so once, not also that every parameter lacks values before it', () => {
    assert.deepEqual(
      lintAfter((text) => text.replace('evaluable_from: 2019-01-01\n', '')),
      ['model.yaml: evaluable_from: 不是有效日期（YYYY-MM-DD）： （空）'],
    );
  });

  test('a parameter listed without any value is told so once, not also as a gap', () => {
    assert.deepEqual(
      lintEdited({
        'parameters/industry.yaml': (text) =>
          text.replace('  values:\n    2019-01-01: 24\n\ntax_rating_points', '  values: {}\n\ntax_rating_points'),
      }),
      ['parameters/industry.yaml: tax_rating_lookback_months.values: 缺少取值（按生效日期列出）'],
    );
  });

  test('a band table whose last band has an upper bound, or that has no band, lacks its catch-all band', () => {
    const catchAllMissing =
      'parameters/basic.yaml: enterprise_age_points.values.2019-01-01: 分段表缺少兜底段：最后一段不设 min 和 below';
    assert.deepEqual(
      lintEdited({
        'parameters/basic.yaml': (text) => text.replace('      - { points: 35 }', '      - { below: 99, points: 35 }'),
      }),
      [catchAllMissing],
    );
    assert.deepEqual(
      lintEdited({
        'parameters/basic.yaml': (text) => text.replace('      - { points: 35 }', '      - { min: 10, points: 35 }'),
      }),
      [catchAllMissing],
    );
    assert.deepEqual(
      lintEdited({
        'parameters/basic.yaml': (text) =>
          text.replace(/ {6}- \{ below: 1, points: 0 \}[\s\S]*?- \{ points: 35 \}/, '      []'),
      }),
      [catchAllMissing],
    );
  });

  test('a lookup key the indicator can never read is named with the values it can read', () => {
    assert.deepEqual(
      lintEdited({ 'parameters/industry.yaml': (text) => text.replace('      M: 10\n', '      M: 10\n      E: 5\n') }),
      [
        'parameters/industry.yaml: tax_rating_points.values.2019-01-01.E: “E”不是指标 tax_credit_rating 可能读到的取值（A/B/M/C/D）',
      ],
      'a latest rule reads the catalog values of its field',
    );
    assert.deepEqual(
      lintEdited({
        'parameters/industry.yaml': (text) =>
          text.replace('      D: -20\n      default: 0\n', '      D: -20\n      E: 1\n      default: 0\n'),
      }),
      [
        'parameters/industry.yaml: department_rating_points.values.2019-01-01.E: “E”不是指标 department_ratings 可能读到的取值（A/B/C/D）',
      ],
      'a weight table reads the catalog values of its field',
    );
    const tiers = loadCatalog()
      .tiers.map((tier) => tier.code)
      .join('/');
    assert.deepEqual(
      lintEdited({
        'parameters/basic.yaml': (text) =>
          text.replace('      unicorn: 25\n', '      unicorn: 25\n      unicron: 25\n'),
      }),
      [
        `parameters/basic.yaml: tier_points.values.2019-01-01.unicron: “unicron”不是指标 sci_tech_tier 可能读到的取值（${tiers}）`,
      ],
      'a tier table reads the tiers of the catalog',
    );
  });

  test('a weight table by level or by department is checked against the levels or the departments of its record kinds', () => {
    const byLevel = lintEdited({
      'indicators/department_ratings.yaml': (text) => text.replace('field: grade', 'field: level'),
    });
    assert.deepEqual(byLevel, [
      'indicators/department_ratings.yaml: rule.weight_by.field: 记录类别“行业评价”（industry_evaluation）没有 level 列',
      ...['A', 'B', 'C', 'D'].map(
        (key) =>
          `parameters/industry.yaml: department_rating_points.values.2019-01-01.${key}: “${key}”不是指标 department_ratings 可能读到的取值（轻微/一般/严重）`,
      ),
    ]);
    const departments = loadCatalog().kind('industry_evaluation')!.departments.join('/');
    assert.deepEqual(
      lintEdited({ 'indicators/department_ratings.yaml': (text) => text.replace('field: grade', 'field: department') }),
      ['A', 'B', 'C', 'D'].map(
        (key) =>
          `parameters/industry.yaml: department_rating_points.values.2019-01-01.${key}: “${key}”不是指标 department_ratings 可能读到的取值（${departments}）`,
      ),
    );
  });

  test('any lookup key is accepted when the field it reads is free text in the catalog', () => {
    const catalog = loadCatalog();
    const freeTextGrades: Catalog = {
      ...catalog,
      kind: (code) => {
        const kind = catalog.kind(code);
        if (code !== 'tax_credit_rating' || !kind) return kind;
        return {
          ...kind,
          fields: kind.fields.map((field) => (field.role === 'grade' ? { ...field, values: undefined } : field)),
        };
      },
    };
    assert.deepEqual(
      lintEdited(
        { 'parameters/industry.yaml': (text) => text.replace('      M: 10\n', '      M: 10\n      E: 5\n') },
        freeTextGrades,
      ),
      [],
    );
  });

  test('a category scored with a band table is told once, not also key by key as if the bands were a lookup table', () => {
    assert.deepEqual(
      lintEdited({
        'indicators/tax_credit_rating.yaml': (text) =>
          text.replace('lookup: tax_rating_points', 'bands: enterprise_age_points'),
      }),
      [
        'indicators/tax_credit_rating.yaml: scoring.bands: 该指标的取值是类别，只能用 lookup 计分',
        'parameters/industry.yaml: tax_rating_points: 参数未被任何指标使用',
      ],
    );
  });

  test('an unknown record kind or a missing lookup table is reported once by the reader, and the lint goes on', () => {
    assert.deepEqual(
      lintEdited({
        'indicators/tax_credit_rating.yaml': (text) =>
          text.replace('kinds: [tax_credit_rating]', 'kinds: [no_such_kind]'),
        'parameters/industry.yaml': (text) => text.replace('      M: 10\n', '      M: 10\n      E: 5\n'),
      }),
      ['indicators/tax_credit_rating.yaml: rule.kinds: 未知记录类别 no_such_kind（见 catalog/record-kinds.yaml）'],
    );
    assert.deepEqual(
      lintEdited({
        'indicators/department_ratings.yaml': (text) =>
          text
            .replace('kinds: [industry_evaluation]', 'kinds: [no_such_kind]')
            .replace('field: grade', 'field: department'),
      }),
      ['indicators/department_ratings.yaml: rule.kinds: 未知记录类别 no_such_kind（见 catalog/record-kinds.yaml）'],
      'the departments of an unknown kind are not known, so its keys are not checked against an empty list',
    );
    assert.deepEqual(
      lintEdited({
        'indicators/tax_credit_rating.yaml': (text) =>
          text.replace('lookup: tax_rating_points', 'lookup: no_such_points'),
      }),
      [
        'indicators/tax_credit_rating.yaml: scoring.lookup: 引用了不存在的参数 no_such_points',
        'parameters/industry.yaml: tax_rating_points: 参数未被任何指标使用',
      ],
    );
  });

  test('a new parameter value needs a test case before its date and one on or after it; a case on the day counts as after', () => {
    const addTaxRatingsFrom = (date: string) => (text: string) =>
      text.replace('      none: 0\n', `      none: 0\n    ${date}:\n      A: 30\n      default: 0\n`);
    // Every case of tax_credit_rating is dated 2026-06-30.
    assert.deepEqual(lintEdited({ 'parameters/industry.yaml': addTaxRatingsFrom('2026-06-30') }), [
      'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_points 生效日 2026-06-30 之前（as_of < 2026-06-30）的测试用例',
    ]);
    assert.deepEqual(lintEdited({ 'parameters/industry.yaml': addTaxRatingsFrom('2026-07-01') }), [
      'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_points 生效日 2026-07-01 当日或之后的测试用例',
    ]);
    assert.deepEqual(
      lintEdited({
        'parameters/industry.yaml': addTaxRatingsFrom('2026-06-30'),
        'indicators/tax_credit_rating.test.yaml': (text) => text.replace('  as_of: 2026-06-30\n', ''),
      }),
      [
        'indicators/tax_credit_rating.test.yaml: [0].as_of: 不是有效日期（YYYY-MM-DD）： （空）',
        'indicators/tax_credit_rating.test.yaml: 缺少参数 tax_rating_points 生效日 2026-06-30 之前（as_of < 2026-06-30）的测试用例',
      ],
      'a case without a date counts as neither before nor after',
    );
  });
});

describe('the parameters an indicator reads', () => {
  const model = loadModelVersion('huarong-sci-tech', 'v1');
  const indicator = (id: string): Indicator => model.indicators.find((candidate) => candidate.id === id)!;

  test('are its window, its decay, its weight table and its scoring parameters, in that order', () => {
    assert.deepEqual(indicatorParameters(indicator('honors_received')), [
      'honor_lookback_months',
      'honor_decay',
      'honor_level_points',
      'honor_cap',
    ]);
    assert.deepEqual(indicatorParameters(indicator('tax_arrears_outstanding')), [
      'tax_arrears_points',
      'tax_arrears_cap',
    ]);
    assert.deepEqual(indicatorParameters(indicator('abnormal_operation_listed')), ['abnormal_operation_points']);
    assert.deepEqual(indicatorParameters(indicator('tax_credit_rating')), [
      'tax_rating_lookback_months',
      'tax_rating_points',
    ]);
    assert.deepEqual(indicatorParameters(indicator('enterprise_age')), ['enterprise_age_points']);
  });

  test('leave out a cap that is not set and a reference the reader could not read', () => {
    const base = indicator('department_ratings');
    assert.deepEqual(indicatorParameters({ ...base, scoring: { type: 'as_points', cap: null } }), [
      'department_rating_lookback_months',
      'department_rating_points',
    ]);
    assert.deepEqual(
      indicatorParameters({
        ...base,
        rule: { ...base.rule, weightBy: null },
        scoring: { type: 'linear', perUnit: '', cap: null },
      }),
      ['department_rating_lookback_months'],
    );
  });
});
