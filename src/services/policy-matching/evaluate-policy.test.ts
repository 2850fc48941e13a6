import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateCondition, evaluatePolicy, type EvaluationContext } from './evaluate-policy.ts';
import { loadPolicyCatalog } from './load-policies.ts';
import { evaluationContextOn } from './match-policies.ts';
import type { EnterpriseFacts, FactRecord, Policy, PolicyCondition } from './policy.ts';

const AS_OF = '2026-11-01';
const context: EvaluationContext = evaluationContextOn(AS_OF);

function enterprise(overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts {
  return {
    enterpriseId: 1,
    uscc: '91420703MA4P00010X',
    name: '鄂州甲芯科技有限公司',
    status: '存续',
    industryCode: 'C3982',
    regionCode: '420703',
    registeredOn: '2018-03-01',
    tiers: ['high_tech', 'tech_sme'],
    incubatorCode: null,
    grade: 'A',
    gradeAsOf: '2026-10-31',
    records: [],
    ...overrides,
  };
}
const record = (kind: string, values: Partial<FactRecord>): FactRecord => ({
  kind,
  subtype: null,
  grade: null,
  reportedStatus: null,
  occurredOn: '2026-01-01',
  endsOn: null,
  amount: null,
  quantity: null,
  ...values,
});
const hasRecord = (
  kind: string,
  options: Partial<Extract<PolicyCondition, { type: 'has_record' }>> = {},
): PolicyCondition => ({
  type: 'has_record',
  kind,
  subtypeIn: null,
  gradeIn: null,
  statusIn: null,
  inForce: false,
  withinMonths: null,
  minCount: 1,
  ...options,
});
const policy = (conditions: PolicyCondition, overrides: Partial<Policy> = {}): Policy => ({
  code: 'test_policy',
  name: '测试政策',
  departmentCode: 'kjj',
  reference: '测试文件',
  isLocalExample: true,
  basis: '003 §四（二）',
  mode: 'exempt_application',
  validFrom: '2025-01-01',
  validTo: '2026-12-31',
  benefit: '奖励',
  conditions,
  ...overrides,
});

describe('policy conditions', () => {
  test('a qualifying enterprise gets one reason per condition, each naming the fact it rests on', () => {
    const facts = enterprise({
      records: [record('high_tech_certification', { occurredOn: '2024-05-01', endsOn: '2027-04-30' })],
    });
    const outcome = evaluatePolicy(
      policy({
        type: 'all',
        conditions: [
          { type: 'grade_in', grades: ['A', 'B'] },
          { type: 'tier_in', tiers: ['high_tech', 'specialized_sme'] },
          hasRecord('high_tech_certification', { inForce: true }),
          { type: 'industry_in', prefixes: ['C39', 'I65'] },
        ],
      }),
      facts,
      context,
    );
    assert.equal(outcome.qualifies, true);
    assert.equal(outcome.whyNot, null);
    assert.deepEqual(outcome.reasons, [
      '信用评价等级 A,2026-10-31 评价（要求 A 或 B）',
      '梯次培育库：高新技术企业（要求高新技术企业或专精特新中小企业）',
      '高新技术企业认定记录 1 条：最近一条 2024-05-01，有效期至 2027-04-30（要求尚未到期）',
      '所属行业 C3982 计算机、通信和其他电子设备制造业（要求 C39 或 I65）',
    ]);
  });

  test('in an "all" the answer to "why not" is the first condition not met; in an "any" every member’s failure is listed', () => {
    const facts = enterprise({ grade: 'C', tiers: ['tech_sme'] });
    const all = evaluatePolicy(
      policy({
        type: 'all',
        conditions: [
          { type: 'tier_in', tiers: ['tech_sme'] },
          { type: 'grade_in', grades: ['A', 'B'] },
          { type: 'tier_in', tiers: ['high_tech'] },
        ],
      }),
      facts,
      context,
    );
    assert.equal(all.qualifies, false);
    assert.deepEqual(all.reasons, []);
    assert.equal(all.whyNot, '信用评价等级 C,2026-10-31 评价，不满足要求的 A 或 B');
    const any = evaluateCondition(
      {
        type: 'any',
        conditions: [
          { type: 'tier_in', tiers: ['high_tech'] },
          hasRecord('patent', { subtypeIn: ['发明'], minCount: 2 }),
        ],
      },
      facts,
      context,
    );
    assert.deepEqual(any, {
      isMet: false,
      whyNot:
        '以下条件均不满足：（1）不属于梯次培育库的高新技术企业（现为科技型中小企业）；（2）没有符合条件的专利记录（要求专利类型为发明）',
    });
    const unrated = evaluateCondition(
      { type: 'grade_in', grades: ['A'] },
      enterprise({ grade: null, gradeAsOf: null }),
      context,
    );
    assert.deepEqual(unrated, { isMet: false, whyNot: '尚无信用评价等级（要求 A）' });
  });

  test('has_record filters on subtype, reported status and count: a lapsed patent or a utility model does not count as a valid invention patent', () => {
    const condition = hasRecord('patent', {
      subtypeIn: ['发明'],
      statusIn: ['有效', '质押'],
      inForce: true,
      minCount: 2,
    });
    const patents = [
      record('patent', { subtype: '发明', reportedStatus: '有效', occurredOn: '2023-04-01', endsOn: '2043-03-31' }),
      record('patent', { subtype: '发明', reportedStatus: '失效', occurredOn: '2024-01-01', endsOn: '2044-01-01' }),
      record('patent', { subtype: '实用新型', reportedStatus: '有效', occurredOn: '2024-02-01', endsOn: '2034-02-01' }),
    ];
    const one = evaluateCondition(condition, enterprise({ records: patents }), context);
    assert.deepEqual(one, {
      isMet: false,
      whyNot: '符合条件的专利记录 1 条，要求至少 2 条（要求专利类型为发明，法律状态为有效或质押，尚未到期）',
    });
    const two = evaluateCondition(
      condition,
      enterprise({
        records: [
          ...patents,
          record('patent', { subtype: '发明', reportedStatus: '质押', occurredOn: '2025-06-01', endsOn: '2045-06-01' }),
        ],
      }),
      context,
    );
    assert.equal(two.isMet, true);
    assert.deepEqual(two.isMet && two.reasons, [
      '专利记录 2 条：最近一条 2025-06-01，有效期至 2045-06-01（要求专利类型为发明，法律状态为有效或质押，尚未到期）',
    ]);
  });

  test('a record ending on the as-of day is still in force, one that ended the day before is not', () => {
    const condition = hasRecord('high_tech_certification', { inForce: true });
    assert.equal(
      evaluateCondition(
        condition,
        enterprise({ records: [record('high_tech_certification', { endsOn: AS_OF })] }),
        context,
      ).isMet,
      true,
    );
    assert.equal(
      evaluateCondition(
        condition,
        enterprise({ records: [record('high_tech_certification', { endsOn: '2026-10-31' })] }),
        context,
      ).isMet,
      false,
    );
  });

  test('"within 12 months" of 2026-11-01 starts on 2025-11-01: a record that day counts, one the day before does not, and a future one never does', () => {
    const condition = hasRecord('rnd_investment', { withinMonths: 12 });
    const on = (occurredOn: string) =>
      evaluateCondition(condition, enterprise({ records: [record('rnd_investment', { occurredOn })] }), context).isMet;
    assert.deepEqual([on('2025-11-01'), on('2025-10-31'), on(AS_OF), on('2026-11-02')], [true, false, true, false]);
    // The month rule at a month's end: 2026-05-31 − 3 months is 2026-02-28.
    const endOfMonth = evaluationContextOn('2026-05-31');
    const within3 = hasRecord('rnd_investment', { withinMonths: 3 });
    assert.equal(
      evaluateCondition(
        within3,
        enterprise({ records: [record('rnd_investment', { occurredOn: '2026-02-28' })] }),
        endOfMonth,
      ).isMet,
      true,
    );
    assert.equal(
      evaluateCondition(
        within3,
        enterprise({ records: [record('rnd_investment', { occurredOn: '2026-02-27' })] }),
        endOfMonth,
      ).isMet,
      false,
    );
  });

  test('age conditions count whole years: founded 2025-11-01 is one year old on 2026-11-01, not the day before', () => {
    const young = enterprise({ registeredOn: '2025-11-01' });
    assert.deepEqual(evaluateCondition({ type: 'registered_before_years', years: 1 }, young, context), {
      isMet: true,
      reasons: ['成立于 2025-11-01，已满 1 年（要求成立满 1 年）'],
    });
    assert.deepEqual(
      evaluateCondition({ type: 'registered_before_years', years: 1 }, young, evaluationContextOn('2026-10-31')),
      { isMet: false, whyNot: '成立于 2025-11-01，不满 1 年，不满足“成立满 1 年”' },
    );
    assert.equal(
      evaluateCondition({ type: 'registered_within_years', years: 1 }, young, evaluationContextOn('2026-10-31')).isMet,
      true,
    );
    assert.equal(evaluateCondition({ type: 'registered_within_years', years: 1 }, young, context).isMet, false);
  });

  test('a negative record counts while it lasts: ended records and records outside the window do not, and the answer names each one found', () => {
    const condition: PolicyCondition = { type: 'no_active_negative', kinds: null, withinMonths: 24 };
    const clean = enterprise({
      records: [
        record('abnormal_operation', { occurredOn: '2025-01-01', endsOn: '2025-06-01' }),
        record('administrative_penalty', { occurredOn: '2024-10-31' }),
      ],
    });
    assert.deepEqual(evaluateCondition(condition, clean, context), {
      isMet: true,
      reasons: ['近 24 个月内无有效的负面记录'],
    });
    const listed = enterprise({
      records: [
        record('abnormal_operation', { occurredOn: '2026-02-01' }),
        record('tax_arrears', { occurredOn: '2026-03-01', endsOn: AS_OF }),
        record('honor', { occurredOn: '2026-03-01' }),
      ],
    });
    assert.deepEqual(evaluateCondition(condition, listed, context), {
      isMet: false,
      whyNot: '近 24 个月内有有效的负面记录：经营异常名录 1 条（2026-02-01）；欠税 1 条（2026-03-01）',
    });
    const onlySerious: PolicyCondition = {
      type: 'no_active_negative',
      kinds: ['serious_dishonesty_list'],
      withinMonths: null,
    };
    assert.equal(evaluateCondition(onlySerious, listed, context).isMet, true, 'kinds not named are not looked at');
  });

  test('a policy outside its validity, or a deregistered enterprise, never qualifies, whatever the conditions', () => {
    const always: PolicyCondition = { type: 'grade_in', grades: ['A'] };
    assert.equal(
      evaluatePolicy(policy(always, { validFrom: AS_OF }), enterprise(), context).qualifies,
      true,
      'the first day is included',
    );
    assert.equal(
      evaluatePolicy(policy(always, { validTo: AS_OF }), enterprise(), context).qualifies,
      true,
      'the last day is included',
    );
    assert.equal(
      evaluatePolicy(policy(always, { validTo: '2026-10-31' }), enterprise(), context).whyNot,
      '政策不在有效期内（2025-01-01 至 2026-10-31）',
    );
    assert.equal(
      evaluatePolicy(policy(always), enterprise({ status: '注销' }), context).whyNot,
      '企业登记状态为“注销”，不是经营中的企业（存续、在业）',
    );
  });

  test('the region falls back to the USCC’s division when the registry has none, and says so', () => {
    const outcome = evaluateCondition(
      { type: 'region_in', prefixes: ['4207'] },
      enterprise({ regionCode: null }),
      context,
    );
    assert.deepEqual(outcome, { isMet: true, reasons: ['注册地区划代码 420703（据统一社会信用代码）（要求 4207）'] });
    assert.equal(evaluateCondition({ type: 'region_in', prefixes: ['420702'] }, enterprise(), context).isMet, false);
  });

  test('every shipped policy evaluates for a typical enterprise without error and answers either with reasons or with why not', () => {
    for (const item of loadPolicyCatalog().policies) {
      const outcome = evaluatePolicy(item, enterprise({ incubatorCode: 'INC01' }), context);
      assert.ok(
        outcome.qualifies ? outcome.reasons.length > 0 && outcome.whyNot === null : outcome.whyNot!.length > 0,
        item.code,
      );
    }
  });
});
