import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { formatProblem, MODELS_DIR } from './load-model.ts';
import { lintModel } from './lint-model.ts';

const brokenModel = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'broken-model');

describe('model lint', () => {
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
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-lint-'));
    try {
      const v1 = path.join(MODELS_DIR, 'huarong-sci-tech', 'v1');
      const lintAfter = (edit: (text: string) => string): string[] => {
        const dir = fs.mkdtempSync(path.join(work, 'v1-'));
        fs.cpSync(v1, dir, { recursive: true });
        const file = path.join(dir, 'model.yaml');
        const text = fs.readFileSync(file, 'utf8');
        assert.notEqual(edit(text), text, 'the edit changed nothing');
        fs.writeFileSync(file, edit(text));
        return lintModel(dir).problems.map(formatProblem);
      };
      assert.deepEqual(
        lintAfter((text) => text.replace('  - grade: B\n', '  - grade: A\n')),
        ['model.yaml: grades[1].grade: 等级 A 重复'],
      );
      assert.deepEqual(
        lintAfter((text) => text.replace('min_score: 70', 'min_score: 90')),
        ['model.yaml: grades[1].min_score: 分数线 90 不低于上一行，该行永远不会命中（先命中者生效，分数线应逐行降低）'],
      );
      assert.deepEqual(
        lintAfter((text) =>
          text.replace('min_score: 84', 'min_score: 84.5').replace('min_score: 70', 'min_score: 84.5'),
        ),
        [
          'model.yaml: grades[1].min_score: 分数线 84.5 不低于上一行，该行永远不会命中（先命中者生效，分数线应逐行降低）',
        ],
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
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });
});
