import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { isAppError } from '../domain/app-error.ts';
import { toDayNumber } from '../domain/month-arithmetic.ts';
import { parameterValueOn } from './compile-model.ts';
import { findModelDirs, loadModel, loadModelVersion, MODELS_DIR } from './load-model.ts';
import { modelDisplayName } from './model.ts';

const brokenModel = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures', 'broken-model');

describe('model loader', () => {
  const model = loadModelVersion('huarong-sci-tech', 'v1');

  test('screens name model v1 by its Chinese title and version, not by its code', () => {
    assert.equal(modelDisplayName(model), '华容区科创企业公共信用综合评价（v1 版）');
  });

  test('model v1 has the nine dimensions the policy documents name, with weights adding up to 100%', () => {
    assert.deepEqual(
      model.dimensions.map((dimension) => dimension.label),
      [
        '基本情况',
        '遵守规章制度与履行承诺',
        '荣誉表彰与科技奖励',
        '失信行为及其处理结果',
        '各重点部门行业评价',
        '国家公共信用综合评价结果',
        '科创能力',
        '知识产权',
        '履约意愿',
      ],
    );
    assert.ok(Math.abs(model.dimensions.reduce((sum, dimension) => sum + dimension.weight, 0) - 1) < 1e-9);
  });

  test('grades A to D carry Chinese labels and map onto the SAMR risk classes', () => {
    assert.deepEqual(
      model.grades.map((row) => `${row.grade} ${row.label} → ${row.samr.class} ${row.samr.label}`),
      ['A 优秀 → A 低风险', 'B 良好 → B 一般风险', 'C 一般 → C 较高风险', 'D 较差 → D 高风险'],
    );
    assert.equal(model.grades.at(-1)!.minScore, null, 'the last row is the catch-all');
  });

  test('every parameter has a description, a unit, a reference and dated values', () => {
    assert.ok(model.parameters.size > 40);
    for (const parameter of model.parameters.values()) {
      assert.ok(parameter.description && parameter.unit && parameter.reference, parameter.id);
      assert.ok(parameter.values.length > 0, parameter.id);
    }
  });

  test('a parameter is read with the value in force on the day, and has none before its first date', () => {
    const minor = model.parameters.get('penalties_minor_points')!;
    assert.equal(parameterValueOn(minor, toDayNumber('2026-03-31'))!.value, -3);
    assert.equal(parameterValueOn(minor, toDayNumber('2026-04-01'))!.value, -1);
    assert.equal(parameterValueOn(minor, toDayNumber('2018-12-31')), undefined);
  });

  test('every indicator sits in exactly one dimension and has its test cases loaded', () => {
    const placed = model.dimensions.flatMap((dimension) => dimension.indicators);
    assert.equal(new Set(placed).size, model.indicators.length);
    for (const indicator of model.indicators) assert.ok(indicator.tests.length >= 2, indicator.id);
  });

  test('the model digest is stable across loads and names the definition, not the tests', () => {
    assert.equal(loadModelVersion('huarong-sci-tech', 'v1').digest, model.digest);
    assert.match(model.digest, /^[0-9a-f]{64}$/);
  });

  test('the models directory lists model v1', () => {
    assert.ok(findModelDirs().includes(path.join(MODELS_DIR, 'huarong-sci-tech', 'v1')));
  });

  test('loading a broken model is refused with every problem listed', () => {
    assert.throws(
      () => loadModel(brokenModel),
      (error) =>
        isAppError(error) &&
        /未知记录类别 no_such_kind/.test(error.userMessage) &&
        /penalty_points\.unit/.test(error.userMessage),
    );
  });
});
