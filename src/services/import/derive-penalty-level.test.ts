import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { derivePenaltyLevel, loadPenaltyLevelTable } from './derive-penalty-level.ts';

const decidedOn = '2024-05-20';

describe('deriving 失信严重程度 of a penalty that does not state it (catalog/penalty-levels.yaml)', () => {
  test('losing a licence or the right to operate is 严重', () => {
    for (const category of [
      '吊销许可证件',
      '责令停产停业',
      '罚款、责令关闭',
      '限制从业',
      '警告；限制开展生产经营活动',
    ]) {
      assert.equal(derivePenaltyLevel({ category, totalAmount: 0, decidedOn }).level, '严重', category);
    }
  });

  test('only a warning or a public criticism is 轻微', () => {
    assert.deepEqual(derivePenaltyLevel({ category: '警告', totalAmount: 0, decidedOn }), {
      level: '轻微',
      ruleId: 'minor-warning-or-criticism-only',
    });
    assert.equal(derivePenaltyLevel({ category: '警告、通报批评', totalAmount: 0, decidedOn }).level, '轻微');
  });

  test('a small fine up to the ceiling parameter is 轻微, one cent more is 一般', () => {
    const ceiling = loadPenaltyLevelTable().parameters.get('small_fine_ceiling')!.at(-1)!.value;
    assert.equal(derivePenaltyLevel({ category: '警告、罚款', totalAmount: ceiling, decidedOn }).level, '轻微');
    assert.equal(derivePenaltyLevel({ category: '罚款', totalAmount: ceiling + 0.0001, decidedOn }).level, '一般');
  });

  test('before the ceiling parameter takes effect a small fine is 一般', () => {
    assert.equal(derivePenaltyLevel({ category: '罚款', totalAmount: 0.1, decidedOn: '2021-07-14' }).level, '一般');
    assert.equal(derivePenaltyLevel({ category: '罚款', totalAmount: 0.1, decidedOn: '2021-07-15' }).level, '轻微');
  });

  test('anything else falls to the catch-all 一般', () => {
    assert.deepEqual(derivePenaltyLevel({ category: '没收违法所得', totalAmount: 0.5, decidedOn }), {
      level: '一般',
      ruleId: 'general-default',
    });
    assert.equal(derivePenaltyLevel({ category: '', totalAmount: 0, decidedOn }).level, '一般');
  });
});
