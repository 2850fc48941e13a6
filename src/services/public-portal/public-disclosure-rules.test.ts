import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadPublicDisclosureFile } from '../../catalog/public-disclosure.ts';
import { describeParameterValue } from '../model-management/describe-parameter-value.ts';
import { loadPublicDisclosureRules, parsePublicDisclosureRules } from './public-disclosure-rules.ts';

const raw = (): any => structuredClone(loadPublicDisclosureFile());

test('the shipped disclosure rules publish licences and penalties with their national headers and no personal field', () => {
  const rules = loadPublicDisclosureRules();
  assert.deepEqual(
    rules.doublePublicity.kinds.map((kind) => [kind.kind.code, kind.basis]),
    [
      ['administrative_license', 'valid_license'],
      ['administrative_penalty', 'publicity_window'],
    ],
  );
  const headers = rules.doublePublicity.kinds.flatMap((kind) => kind.publicFields.map((field) => field.header));
  assert.ok(headers.includes('行政处罚决定书文号') && headers.includes('有效期至'));
  assert.ok(!headers.some((header) => header.includes('法定代表人') || header.includes('证件号码')));
  assert.deepEqual(rules.honestCases.eligibleGrades, ['A']);
});

test('listing a personal field as public stops the platform instead of publishing it', () => {
  const file = raw();
  file.double_publicity.kinds[1].public_fields.push('legal_representative_id_number');
  assert.throws(() => parsePublicDisclosureRules(file), /法定代表人证件号码.*是个人信息，不得公开/);
});

test('a field that is not in the record catalog is named with its place in the file', () => {
  const file = raw();
  file.double_publicity.kinds[0].summary_field = 'no_such_field';
  assert.throws(
    () => parsePublicDisclosureRules(file),
    /double_publicity\.kinds\[0\]\.summary_field 的字段“no_such_field”不是行政许可记录的字段/,
  );
});

test('parameter values read as words: bands, decay steps and lookups with tier names', () => {
  assert.equal(
    describeParameterValue('bands', [
      { min: null, below: 1, points: 0 },
      { min: 1, below: 3, points: 10 },
      { min: 10, below: null, points: 35 },
    ]),
    '不足 1：0；1 至不足 3：10；10 及以上：35',
  );
  assert.equal(
    describeParameterValue('decay', [
      { maxAgeMonths: 12, factor: 1 },
      { maxAgeMonths: null, factor: 0.3 },
    ]),
    '12 个月内按 1 计；更早按 0.3 计',
  );
  assert.equal(describeParameterValue('lookup', { tech_sme: 8, default: 0 }), '科技型中小企业：8；其他：0');
  assert.equal(describeParameterValue('number', null), '自此日起不再适用');
  assert.equal(describeParameterValue('number', 20, '分'), '20 分');
});
