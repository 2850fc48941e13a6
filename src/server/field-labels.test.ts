import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeAllowedValues, describeFieldPath } from './field-labels.ts';

describe('field names in refusals', () => {
  test('a refused attachment is named as the form names it, with the item counted from one', () => {
    assert.equal(describeFieldPath(['attachments', 0]), '字段“证明材料”第 1 项');
  });

  test('a column of an imported record keeps its Chinese header after the record number', () => {
    assert.equal(describeFieldPath(['records', 3, '处罚机关']), '字段“记录”第 4 项的“处罚机关”');
  });

  test('a loan field reads as the loan form labels it', () => {
    assert.equal(describeFieldPath(['amountWan']), '字段“贷款金额（万元）”');
  });

  test("a route's own name for a field wins over the shared one", () => {
    assert.equal(describeFieldPath(['code'], ['验证码']), '字段“验证码”');
  });

  test('a refused choice lists the allowed values by their Chinese names, not their codes', () => {
    assert.equal(describeAllowedValues(['grade_changed', 'negative_record']), '信用等级变化、新增失信（负面）记录');
    assert.equal(describeAllowedValues(['bank', 'association']), '金融机构、行业协会');
  });

  test("an enum's own description of its codes names them first", () => {
    assert.equal(describeAllowedValues(['open', 'confirmed'], 'open 待处理；confirmed 已确认'), '待处理、已确认');
  });
});
