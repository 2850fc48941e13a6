import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { loadPolicyCatalog, parsePolicyCatalog } from './load-policies.ts';

const vocabulary = { catalog: loadCatalog(), grades: ['A', 'B', 'C', 'D'], tagCodes: ['high_growth'] };
const valid = {
  code: 'valid_policy',
  name: '有效政策',
  department: 'kjj',
  reference: '测试文件',
  basis: '003 §四（二）',
  mode: 'exempt_application',
  valid_from: '2025-01-01',
  valid_to: '2027-12-31',
  benefit: '奖励',
  conditions: { grade_in: ['A'] },
};

function problemsOf(policies: unknown[]): string[] {
  try {
    parsePolicyCatalog({ operating_statuses: ['存续'], policies }, vocabulary);
  } catch (error) {
    assert.ok(error instanceof AppError && error.code === 'INVALID_INPUT');
    return error.userMessage.split('\n').slice(1);
  }
  return [];
}

describe('catalog/policies.yaml', () => {
  test('the shipped policies load, each with a department, a reference, a basis in the policy documents and a validity, and local examples are marked', () => {
    const { policies, operatingStatuses } = loadPolicyCatalog();
    assert.ok(policies.length >= 8 && policies.length <= 12, `${policies.length} policies`);
    assert.deepEqual(operatingStatuses, ['存续', '在业']);
    assert.equal(new Set(policies.map((policy) => policy.code)).size, policies.length);
    for (const policy of policies) {
      assert.match(policy.basis, /\d{3} §/, `${policy.code} cites a seed clause`);
      assert.ok(loadCatalog().department(policy.departmentCode), `${policy.code} has a known department`);
      if (/本地示例|参照/.test(policy.reference))
        assert.equal(policy.isLocalExample, true, `${policy.code} is marked as a local example`);
    }
    const ipPledge = policies.find((policy) => policy.code === 'ip_pledge_interest_subsidy')!;
    assert.match(
      ipPledge.basis,
      /001 §二（六）/,
      'the IP-pledge subsidy rests on the clause that tilts it to high grades',
    );
    assert.deepEqual(ipPledge.conditions.type === 'all' && ipPledge.conditions.conditions[0], {
      type: 'grade_in',
      grades: ['A'],
    });
  });

  test('a valid policy parses into the closed condition language', () => {
    const { policies } = parsePolicyCatalog(
      {
        operating_statuses: ['存续'],
        policies: [
          {
            ...valid,
            conditions: {
              any: [
                { has_record: { kind: 'patent', subtype_in: ['发明'], status_in: ['有效'], min_count: 2 } },
                { in_incubator: true },
              ],
            },
          },
        ],
      },
      vocabulary,
    );
    assert.deepEqual(policies[0]!.conditions, {
      type: 'any',
      conditions: [
        {
          type: 'has_record',
          kind: 'patent',
          subtypeIn: ['发明'],
          gradeIn: null,
          statusIn: ['有效'],
          inForce: false,
          withinMonths: null,
          minCount: 2,
        },
        { type: 'in_incubator', incubators: null },
      ],
    });
  });

  test('a faulty file is refused with every problem at once, each naming the policy and the field in Chinese', () => {
    const problems = problemsOf([
      { ...valid, code: 'bad_tier', conditions: { all: [{ tier_in: ['unicornish'] }, { grade_in: ['AA'] }] } },
      {
        ...valid,
        code: 'bad_record',
        conditions: { has_record: { kind: 'patent', subtype_in: ['发明专利'], status_in: ['有效'], within_months: 0 } },
      },
      { ...valid, code: 'two_keys', conditions: { grade_in: ['A'], tier_in: ['high_tech'] } },
      { ...valid, code: 'no_conditions', conditions: undefined, department: 'nowhere', valid_to: '2024-01-01' },
      { ...valid, code: 'bad_negative', conditions: { no_active_negative: { kinds: ['honor'] } } },
      { ...valid, code: 'bad_industry', conditions: { industry_in: ['Z99', 'C3'] } },
      { ...valid, code: 'no_status_field', conditions: { has_record: { kind: 'honor', status_in: ['有效'] } } },
      { ...valid, code: 'bad_tag', conditions: { has_tag: ['unknown_tag'] } },
      { ...valid, code: 'open_first', conditions: { first_recognition: { kind: 'high_tech_certification' } } },
      { ...valid },
      { ...valid },
    ]);
    assert.deepEqual(problems, [
      '政策 bad_tier 的 conditions.all[0].tier_in：梯次培育库层级“unicornish”不存在，可选：tech_sme、high_tech、specialized_sme、little_giant、innovative_sme、eaglet、gazelle、unicorn',
      '政策 bad_tier 的 conditions.all[1].grade_in：信用等级“AA”不存在，可选：A、B、C、D',
      '政策 bad_record 的 conditions.has_record.subtype_in：“发明专利”不是专利类型的可选值（发明、实用新型、外观设计）',
      '政策 bad_record 的 conditions.has_record.within_months：应为 1–600 的整数（月）',
      '政策 two_keys 的 conditions：每个条件只能有一个键，且为 all、any、tier_in、grade_in、industry_in、region_in、registered_before_years、registered_within_years、in_incubator、has_record、no_active_negative、not、has_tag、lacks_tag、first_recognition、rnd_intensity、revenue_growth 之一（现为 grade_in、tier_in）',
      '政策 no_conditions 的 department：部门“nowhere”不在 departments.yaml 中',
      '政策 no_conditions 的 valid_to：不能早于 valid_from(2025-01-01)',
      '政策 no_conditions 的 conditions：不能为空：免申即享的政策必须写明享受条件',
      '政策 bad_negative 的 conditions.no_active_negative.kinds：“honor”不是负面记录类别，可选：administrative_penalty、administrative_coercion、abnormal_operation、serious_dishonesty_list、dishonest_judgment_debtor、court_judgment、tax_arrears、social_insurance_arrears、housing_fund_arrears、utility_arrears、research_misconduct_handling、sci_tech_ethics_violation',
      '政策 bad_industry 的 conditions.industry_in：行业代码前缀“Z99、C3”无效：应为 GB/T 4754 门类字母，可带 2–4 位数字，如 C、C39、I6513',
      '政策 no_status_field 的 conditions.has_record.status_in：记录类别 honor（荣誉表彰）没有此项',
      '政策 bad_tag 的 conditions.has_tag：信用画像标签“unknown_tag”不存在，可选：high_growth',
      '政策 open_first 的 conditions.first_recognition.within_months：不能为空：首次认定须在多少个月内',
      '政策 valid_policy 的 code：与前面的政策重复',
    ]);
  });
});
