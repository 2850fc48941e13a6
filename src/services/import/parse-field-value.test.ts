import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FieldDefinition } from '../../catalog/catalog.ts';
import { parseFieldValue } from './parse-field-value.ts';

function field(type: FieldDefinition['type'], extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return { key: 'x', header: 'X', aliases: [], type, required: false, personal: false, ...extra };
}

describe('reading cells by field type', () => {
  test('amounts in 万元 accept numbers, text, thousands separators, the unit and full-width digits', () => {
    const amount = field('amount');
    assert.deepEqual(parseFieldValue(amount, 1.5), { value: 1.5 });
    assert.deepEqual(parseFieldValue(amount, '1.5'), { value: 1.5 });
    assert.deepEqual(parseFieldValue(amount, '1,234.5万元'), { value: 1234.5 });
    assert.deepEqual(parseFieldValue(amount, '１２．５'), { value: 12.5 });
    assert.deepEqual(parseFieldValue(amount, '0'), { value: 0 });
  });

  test('a negative amount, an amount in 元 and words are refused', () => {
    const amount = field('amount');
    assert.match((parseFieldValue(amount, -1) as { error: string }).error, /不能为负数/);
    assert.match((parseFieldValue(amount, '-0.5') as { error: string }).error, /不能为负数/);
    assert.match((parseFieldValue(amount, '15000元') as { error: string }).error, /不是万元/);
    assert.match((parseFieldValue(amount, '一万') as { error: string }).error, /不是金额/);
  });

  test('empty cells are no value, whatever the type', () => {
    for (const type of ['text', 'date', 'amount', 'integer', 'enum', 'uscc', 'year'] as const) {
      assert.deepEqual(parseFieldValue(field(type, { values: ['a'] }), '  '), { value: null });
      assert.deepEqual(parseFieldValue(field(type, { values: ['a'] }), null), { value: null });
    }
  });

  test('enumerations accept only their listed values and say which they are', () => {
    const category = field('enum', { values: ['普通', '特许'] });
    assert.deepEqual(parseFieldValue(category, ' 普通 '), { value: '普通' });
    assert.match((parseFieldValue(category, '一般') as { error: string }).error, /可选：普通、特许/);
    assert.deepEqual(parseFieldValue(field('enum', { values: ['A', 'B'] }), 'a'), { value: 'A' });
  });

  test('a value written with half-width parentheses is the listed value with full-width ones', () => {
    const outcome = field('enum', { values: ['通过登记的住所（经营场所）无法联系'] });
    assert.deepEqual(parseFieldValue(outcome, '通过登记的住所(经营场所)无法联系'), {
      value: '通过登记的住所（经营场所）无法联系',
    });
  });

  test('integers and years are whole numbers, years with an optional 年 or 年度', () => {
    assert.deepEqual(parseFieldValue(field('integer'), '3'), { value: 3 });
    assert.match((parseFieldValue(field('integer'), '3.5') as { error: string }).error, /非负整数/);
    assert.deepEqual(parseFieldValue(field('year'), '2024年度'), { value: 2024 });
    assert.deepEqual(parseFieldValue(field('year'), 2024), { value: 2024 });
    assert.match((parseFieldValue(field('year'), '24') as { error: string }).error, /四位年份/);
  });

  test('a long number that Excel turned into scientific notation is refused rather than stored wrong', () => {
    assert.match((parseFieldValue(field('text'), 4.20703199001011e17) as { error: string }).error, /科学计数法/);
  });

  test('date cells flag 长期', () => {
    assert.deepEqual(parseFieldValue(field('date'), '长期'), { value: '2099-12-31', longTerm: true });
    assert.deepEqual(parseFieldValue(field('date'), '２０２４／５／２０'), { value: '2024-05-20', longTerm: false });
  });
});
