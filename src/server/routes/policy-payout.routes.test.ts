import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { DEMO_PASSWORD } from '../../services/accounts/create-demo-accounts.ts';
import { runPolicyMatching } from '../../services/policy-matching/run-policy-matching.ts';
import { openPayoutCases } from '../../store/policy-payout.repository.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/**
 * 免申即享 to the money over HTTP. On 2026-11-01 the fixture's enterprises A and B both qualify for the 失业保险稳岗返还
 * (免申即享, paid by 人社局, catalog/policies.yaml); the matching run opens one 兑现 case for each.
 */
describeOnEachEngine('惠企政策兑现 over HTTP', (current) => {
  let fixture: ServerFixture;
  let payer: string;
  let enterprise: string;
  let otherDepartment: string;
  before(async () => {
    fixture = await createServerFixture(current());
    await createUser(
      current().db,
      '测试',
      {
        username: 'rsj-payer',
        displayName: '人社局经办人',
        role: 'department_operator',
        password: DEMO_PASSWORD,
        departmentCode: 'rsj',
      },
      { isDemo: true },
    );
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'rsj-payer', password: DEMO_PASSWORD },
    });
    payer = login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    enterprise = await fixture.logIn('enterprise');
    otherDepartment = await fixture.logIn('department_operator');
    await runPolicyMatching(current().db, { asOf: '2026-11-01', notify: true, actor: '测试' });
  });
  after(async () => {
    await fixture?.close();
  });
  const asPayer = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.app.inject({ method, url, payload, cookies: { [SESSION_COOKIE]: payer } });
  const asEnterprise = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('enterprise', { method, url, payload }, enterprise);
  const caseOf = async (uscc: string, policy: string) => {
    const list = (await asPayer('GET', `/api/policy-payouts?policy=${policy}&limit=200`)).json();
    return list.items.find((item: { uscc: string }) => item.uscc === uscc);
  };

  test('the paying department takes a 免申即享 match through notified, approved and paid; counts and days to pay follow', async () => {
    const opened = await caseOf(fixture.enterpriseA, 'stable_employment_refund');
    assert.ok(opened, 'the matching run opened a case for enterprise A');
    assert.deepEqual([opened.state, opened.stateLabel, opened.notifiedOn], ['notified', '已告知企业', '2026-11-01']);
    assert.deepEqual(
      opened.actions.map((action: { label: string }) => action.label),
      ['审核同意', '不予兑现'],
      'a 免申即享 case needs nothing from the enterprise',
    );

    const early = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, {
      action: 'pay',
      amount: 12000,
      paidOn: '2026-11-21',
    });
    assert.equal(early.statusCode, 409, 'no payment before approval');
    const approved = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().state, 'approved');
    const noAmount = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, {
      action: 'pay',
      paidOn: '2026-11-21',
    });
    assert.equal(noAmount.statusCode, 400);
    assert.equal(noAmount.json().error.message, '字段“兑现金额”：请填写大于 0 的金额（元）');
    const beforeEligible = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, {
      action: 'pay',
      amount: 12000,
      paidOn: '2026-10-01',
    });
    assert.equal(beforeEligible.json().error.message, '字段“兑现日期”：不能早于符合条件之日（2026-11-01）');
    const paid = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, {
      action: 'pay',
      amount: 12000.5,
      paidOn: '2026-11-21',
    });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.deepEqual([paid.json().state, paid.json().amount, paid.json().paidOn], ['paid', 12000.5, '2026-11-21']);
    const again = await asPayer('POST', `/api/policy-payouts/${opened.id}/decision`, {
      action: 'refuse',
      reason: '重复',
    });
    assert.equal(again.statusCode, 409, 'a paid case is final');

    const other = await caseOf(fixture.enterpriseB, 'stable_employment_refund');
    const refused = await asPayer('POST', `/api/policy-payouts/${other.id}/decision`, { action: 'refuse' });
    assert.equal(refused.json().error.message, '字段“不予兑现理由”：不予兑现必须说明理由，理由将告知企业');
    await asPayer('POST', `/api/policy-payouts/${other.id}/decision`, {
      action: 'refuse',
      reason: '上年度未缴纳失业保险费',
    });

    const stats = (await asPayer('GET', '/api/policy-payouts/stats')).json().items;
    assert.deepEqual(
      stats.map((item: { policyCode: string }) => item.policyCode),
      ['stable_employment_refund'],
      '人社局 sees only the policies it pays',
    );
    const [refund] = stats;
    assert.deepEqual(
      [refund.matched, refund.paid, refund.refused, refund.amountPaid, refund.meanDaysToPay, refund.maxDaysToPay],
      [2, 1, 1, 12000.5, 20, 20],
    );

    const inbox = (await asEnterprise('GET', '/api/inbox')).json().items;
    assert.ok(
      inbox.some(
        (message: { body: string }) => message.body === '“失业保险稳岗返还”已于 2026-11-21 兑现，金额 12000.5 元。',
      ),
      'the enterprise is told of the payment',
    );
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'policy_payout')
      .where('subject_id', '=', String(opened.id))
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['payout.approved', 'payout.paid'],
    );
  });

  test('the department sees who approved, paid and refused each case by name and when; the enterprise sees the dates only', async () => {
    const paid = await caseOf(fixture.enterpriseA, 'stable_employment_refund');
    assert.deepEqual(
      [paid.approvedBy, paid.approvedByName, paid.paidBy, paid.paidByName],
      ['rsj-payer', '人社局经办人', 'rsj-payer', '人社局经办人'],
      'the payer is named by the display name, next to the account',
    );
    assert.ok(paid.approvedAt && paid.paidAt, 'approval and the recording of the payment are dated');
    assert.ok(paid.paidAt >= paid.approvedAt, 'the payment is recorded after the approval');
    const refused = await caseOf(fixture.enterpriseB, 'stable_employment_refund');
    assert.deepEqual(
      [refused.state, refused.refusedBy, refused.refusedByName, refused.approvedByName],
      ['refused', 'rsj-payer', '人社局经办人', null],
    );
    assert.ok(refused.refusedAt, 'the refusal is dated');

    const mine = (await asEnterprise('GET', '/api/policy-payouts?limit=200')).json().items;
    const own = mine.find((item: { id: number }) => item.id === paid.id);
    assert.deepEqual(
      [own.approvedBy, own.approvedByName, own.paidBy, own.paidByName],
      [null, null, null, null],
      'the enterprise sees the paying department, not the official',
    );
    assert.deepEqual([own.approvedAt, own.paidAt], [paid.approvedAt, paid.paidAt]);
  });

  test('a 即申即享 case waits for the enterprise’s one-step application, named to the department, before it can be approved', async () => {
    const { db } = current();
    const enterpriseA = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    // A match of the 即申即享 配套资助 as the matching run stores it (the fixture's enterprises hold no project record).
    await db
      .insertInto('policy_matches')
      .values({
        policy_code: 'sci_tech_project_matching',
        enterprise_id: enterpriseA.id,
        first_seen_on: '2026-11-01',
        eligible_since: '2026-11-01',
        last_seen_on: '2026-11-01',
        reasons: JSON.stringify(['承担省级科技计划项目']),
      })
      .execute();
    await openPayoutCases(db);
    const mine = (await asEnterprise('GET', '/api/policy-payouts')).json();
    assert.ok(mine.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA) && mine.total >= 2);
    const quick = mine.items.find((item: { policyCode: string }) => item.policyCode === 'sci_tech_project_matching');
    assert.deepEqual(quick.actions, [{ action: 'confirm', label: '确认申请' }]);

    const czj = await fixture.injectAs('admin', {
      method: 'POST',
      url: `/api/policy-payouts/${quick.id}/decision`,
      payload: { action: 'approve' },
    });
    assert.equal(czj.statusCode, 409);
    assert.equal(czj.json().error.message, '即申即享政策须由企业先确认申请，方可审核同意');
    const wrongDepartment = await fixture.injectAs(
      'department_operator',
      { method: 'POST', url: `/api/policy-payouts/${quick.id}/decision`, payload: { action: 'refuse', reason: 'x' } },
      otherDepartment,
    );
    assert.equal(wrongDepartment.statusCode, 403, 'only the paying department decides');

    const confirmed = await asEnterprise('POST', `/api/policy-payouts/${quick.id}/decision`, { action: 'confirm' });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().stateLabel, '企业已确认');
    const awaiting = (
      await fixture.injectAs('admin', { method: 'GET', url: '/api/policy-payouts?policy=sci_tech_project_matching' })
    )
      .json()
      .items.find((item: { id: number }) => item.id === quick.id);
    assert.deepEqual(
      [awaiting.confirmedBy, awaiting.confirmedByName],
      ['enterprise', '企业用户（演示）'],
      'the department sees which enterprise user confirmed the application, by name',
    );
    assert.ok(awaiting.confirmedAt, 'the confirmation is dated');
    const approved = await fixture.injectAs('admin', {
      method: 'POST',
      url: `/api/policy-payouts/${quick.id}/decision`,
      payload: { action: 'approve' },
    });
    assert.equal(approved.json().state, 'approved');

    const exempt = mine.items.find((item: { policyCode: string }) => item.policyCode === 'stable_employment_refund');
    const needless = await asEnterprise('POST', `/api/policy-payouts/${exempt.id}/decision`, { action: 'confirm' });
    assert.equal(needless.statusCode, 403);
  });
});
