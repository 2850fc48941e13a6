import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { LoggingNotifier, installNotifier } from '../notifications/notifier.ts';
import { findEligibleEnterprises } from './find-eligible-enterprises.ts';
import { findEnterprisePolicies } from './find-enterprise-policies.ts';
import { DISTRICT_AS_OF, seedPolicyDistrict, setGrade, type PolicyDistrict } from './policy-test-district.ts';
import { runPolicyMatching } from './run-policy-matching.ts';

describeOnEachEngine('policy matching （免申即享）', (store) => {
  let district: PolicyDistrict;
  before(async () => {
    district = await seedPolicyDistrict(store().db);
  });

  test('a grade-gated policy lists exactly the operating enterprises that meet every condition, with the facts as reasons', async () => {
    const list = await findEligibleEnterprises(store().db, 'ip_pledge_interest_subsidy', {
      asOf: DISTRICT_AS_OF,
      limit: 20,
    });
    assert.equal(list.policy.name, '知识产权质押贷款贴息');
    assert.equal(list.total, 1, '丙 has the same patents and grade but is deregistered; 乙 and 丁 are not grade A');
    assert.deepEqual(list.items[0], {
      uscc: district.a,
      name: '鄂州甲芯科技有限公司',
      grade: 'A',
      reasons: [
        '信用评价等级 A,2026-10-31 评价（要求 A）',
        '专利记录 2 条：最近一条 2024-09-01，有效期至 2044-08-31（要求专利类型为发明，法律状态为有效或质押，尚未到期）',
        '无有效的严重违法失信名单、失信被执行人、经营异常名录记录',
      ],
      firstSeenOn: null,
      eligibleSince: null,
      notifiedOn: null,
    });
  });

  test('an enterprise sees every policy with why it qualifies or the first condition it does not meet; a repaired penalty is never held against it', async () => {
    const answer = await findEnterprisePolicies(store().db, { uscc: district.b, asOf: DISTRICT_AS_OF });
    assert.equal(answer.grade, 'C');
    const byCode = new Map(answer.items.map((item) => [item.policy.code, item]));
    assert.equal(byCode.size, 11);
    assert.deepEqual(byCode.get('incubator_rent_relief'), {
      ...byCode.get('incubator_rent_relief'),
      qualifies: false,
      reasons: [],
      whyNot: '有有效的负面记录：经营异常名录 1 条（2026-02-01）',
    });
    const sme = byCode.get('tech_sme_rnd_subsidy')!;
    assert.equal(sme.qualifies, false);
    assert.equal(sme.whyNot, '没有符合条件的研发投入记录（要求近 18 个月内）');
    const refund = byCode.get('stable_employment_refund')!;
    assert.equal(refund.qualifies, true, 'the repaired penalty is not a negative record any more （001 §二（四））');
    assert.deepEqual(refund.reasons, [
      '成立于 2024-06-01，已满 2 年（要求成立满 1 年）',
      '无有效的社保欠缴、严重违法失信名单、失信被执行人记录',
    ]);
    assert.deepEqual(refund.policy.conditionLines, [
      '成立满 1 年',
      '无有效的社保欠缴、严重违法失信名单、失信被执行人记录',
    ]);

    // Leaving the 经营异常名录 makes 乙 eligible for the rent relief the same day.
    await store()
      .db.updateTable('records')
      .set({ ends_on: '2026-10-15' })
      .where('kind', '=', 'abnormal_operation')
      .execute();
    const after = (await findEnterprisePolicies(store().db, { uscc: district.b, asOf: DISTRICT_AS_OF })).items.find(
      (item) => item.policy.code === 'incubator_rent_relief',
    )!;
    assert.deepEqual(
      [after.qualifies, after.reasons],
      [
        true,
        [
          '入驻孵化载体：华容区科技企业孵化器',
          '成立于 2024-06-01，已满 2 年（要求成立不满 3 年）',
          '无有效的严重违法失信名单、经营异常名录记录',
        ],
      ],
    );
    await assert.rejects(
      findEnterprisePolicies(store().db, { uscc: '91420703MA4P9999XX', asOf: DISTRICT_AS_OF }),
      /未找到统一社会信用代码/,
    );
  });

  test('a match run stores first-seen dates, tells each newly eligible enterprise once and its department once, and ends a match that no longer holds', async () => {
    const db = store().db;
    const notifier = new LoggingNotifier();
    installNotifier(notifier);
    const first = await runPolicyMatching(db, { asOf: DISTRICT_AS_OF, notify: false, actor: 'cron' });
    const pledge = () => first.policies.find((policy) => policy.code === 'ip_pledge_interest_subsidy')!;
    assert.deepEqual(
      { ...pledge(), name: '' },
      {
        code: 'ip_pledge_interest_subsidy',
        name: '',
        departmentCode: 'jrfw',
        eligible: 1,
        newlyEligible: 1,
        noLongerEligible: 0,
        notified: 0,
      },
    );
    assert.equal(first.enterprisesNotified, 0);
    assert.equal(
      await db
        .selectFrom('notifications')
        .select('id')
        .where('topic', '=', 'policy')
        .execute()
        .then((rows) => rows.length),
      0,
      'without --notify nobody is told',
    );

    const second = await runPolicyMatching(db, { asOf: '2026-11-02', notify: true, actor: 'cron' });
    const told = second.policies.reduce((sum, policy) => sum + policy.notified, 0);
    assert.equal(second.enterprisesNotified, told);
    assert.ok(told >= 3, `told ${told}`);
    assert.equal(
      second.policies.find((policy) => policy.code === 'ip_pledge_interest_subsidy')!.newlyEligible,
      0,
      'eligible already at the first run',
    );
    const aId = await district.idOf(district.a);
    const inbox = await db
      .selectFrom('notifications')
      .select(['title', 'body', 'subject_id'])
      .where('enterprise_id', '=', aId)
      .where('topic', '=', 'policy')
      .where('subject_id', '=', 'ip_pledge_interest_subsidy')
      .execute();
    assert.equal(inbox.length, 1);
    assert.equal(inbox[0]!.title, '符合惠企政策：知识产权质押贷款贴息');
    assert.match(
      inbox[0]!.body,
      /^根据《华容区知识产权质押融资贴息实施细则》（本地示例），贵企业符合“知识产权质押贷款贴息”的享受条件：信用评价等级 A.*本政策免申即享，无需申请，由华容区金融发展服务中心直接兑现。$/,
    );
    assert.ok(
      notifier.sent.some((message) => message.enterpriseId === aId && message.topic === 'policy'),
      'sent through the notifier after commit',
    );
    const staff = await db
      .selectFrom('staff_messages')
      .select(['department_code', 'body'])
      .where('topic', '=', 'policy')
      .where('subject_id', '=', 'ip_pledge_interest_subsidy')
      .execute();
    assert.deepEqual(
      staff.map((message) => message.department_code),
      ['jrfw'],
    );
    assert.match(staff[0]!.body, /又有 1 家企业符合“知识产权质押贷款贴息”/);
    const stored = await db
      .selectFrom('policy_matches')
      .selectAll()
      .where('policy_code', '=', 'ip_pledge_interest_subsidy')
      .execute();
    assert.deepEqual(
      stored.map((row) => [
        Number(row.enterprise_id),
        row.first_seen_on,
        row.eligible_since,
        row.last_seen_on,
        row.ended_on,
        row.notified_on,
      ]),
      [[aId, DISTRICT_AS_OF, DISTRICT_AS_OF, '2026-11-02', null, '2026-11-02']],
    );

    const again = await runPolicyMatching(db, { asOf: '2026-11-03', notify: true, actor: 'cron' });
    assert.equal(again.enterprisesNotified, 0, 'nobody is told twice');
    assert.equal(again.departmentMessages, 0);

    // 甲 drops to grade B: the match ends; back to A later, it is a new spell and 甲 is told again.
    await setGrade(db, aId, 'B', '2026-11-03');
    const dayBefore = await findEligibleEnterprises(db, 'ip_pledge_interest_subsidy', {
      asOf: '2026-11-02',
      limit: 20,
    });
    assert.equal(
      dayBefore.items[0]?.grade,
      'A',
      'as of a day, the grade is the one evaluated as of that day or before',
    );
    const dropped = await runPolicyMatching(db, { asOf: '2026-11-04', notify: true, actor: 'cron' });
    assert.deepEqual(
      dropped.policies.find((policy) => policy.code === 'ip_pledge_interest_subsidy')!.noLongerEligible,
      1,
    );
    const ended = await db
      .selectFrom('policy_matches')
      .select(['ended_on'])
      .where('policy_code', '=', 'ip_pledge_interest_subsidy')
      .executeTakeFirstOrThrow();
    assert.equal(ended.ended_on, '2026-11-04');
    assert.equal(
      (await findEligibleEnterprises(db, 'ip_pledge_interest_subsidy', { asOf: '2026-11-04', limit: 20 })).total,
      0,
    );
    await setGrade(db, aId, 'A', '2026-11-05');
    const back = await runPolicyMatching(db, { asOf: '2026-11-06', notify: true, actor: 'cron' });
    assert.deepEqual(back.policies.find((policy) => policy.code === 'ip_pledge_interest_subsidy')!.newlyEligible, 1);
    const row = await db
      .selectFrom('policy_matches')
      .selectAll()
      .where('policy_code', '=', 'ip_pledge_interest_subsidy')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.first_seen_on, row.eligible_since, row.ended_on, row.notified_on],
      [DISTRICT_AS_OF, '2026-11-06', null, '2026-11-06'],
    );
    const listed = await findEligibleEnterprises(db, 'ip_pledge_interest_subsidy', { asOf: '2026-11-06', limit: 20 });
    assert.deepEqual(
      [listed.items[0]!.firstSeenOn, listed.items[0]!.eligibleSince, listed.items[0]!.notifiedOn],
      [DISTRICT_AS_OF, '2026-11-06', '2026-11-06'],
    );

    const runs = await db
      .selectFrom('audit_events')
      .select(['actor', 'payload'])
      .where('action', '=', 'policy.matched')
      .orderBy('seq')
      .execute();
    assert.equal(runs.length, 5);
    assert.equal(runs[0]!.actor, 'cron');
    assert.deepEqual((runs[0]!.payload as { asOf: string; notify: boolean }).asOf, DISTRICT_AS_OF);
  });
});
