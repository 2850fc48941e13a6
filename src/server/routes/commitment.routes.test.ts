import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('workflows over HTTP: credit commitments', (current) => {
  let fixture: ServerFixture;
  const sessions: Record<string, string> = {};
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    for (const role of ['enterprise', 'reviewer', 'department_operator', 'admin'] as const)
      sessions[role] = await fixture.logIn(role);
  });
  after(async () => {
    await fixture?.close();
  });

  type Actor = 'enterprise' | 'reviewer' | 'department_operator' | 'admin';
  const call = (role: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, sessions[role]);
  const sign = (payload: object) => call('enterprise', 'POST', '/api/commitments', payload);
  const check = (role: Actor, id: number, payload: object) =>
    call(role, 'POST', `/api/commitments/${id}/check`, payload);
  const report = async () => (await call('admin', 'GET', `/api/enterprises/${fixture.enterpriseA}/report`)).json();

  test('an enterprise signs a commitment from the list with its text version pinned, and an item outside the list is refused', async () => {
    const list = (await fixture.injectAs('anonymous', { method: 'GET', url: '/api/commitment-list' })).json();
    assert.ok(list.items.some((item: { code: string }) => item.code === 'scjg-address-change'));
    assert.ok(
      list.excluded.some((item: { name: string }) => item.name === '食品生产许可'),
      'safety-critical items are listed as excluded, with the reason',
    );
    const signed = await sign({
      commitmentType: '审批替代型',
      departmentCode: 'scjg',
      itemCode: 'scjg-address-change',
    });
    assert.equal(signed.statusCode, 201, signed.body);
    assert.equal(signed.json().textVersion, '审批替代型-2026.1');
    assert.equal(signed.json().uscc, fixture.enterpriseA);
    const excluded = await sign({ commitmentType: '审批替代型', departmentCode: 'scjg', itemCode: 'food-production' });
    assert.equal(excluded.statusCode, 400);
    assert.match(excluded.json().error.message, /不在清单中/);
    const mine = (await call('enterprise', 'GET', '/api/commitments')).json().items;
    assert.equal(mine[0].details.text_version, '审批替代型-2026.1');
    assert.equal(mine[0].stateLabel, '已作出');
  });

  test('an enterprise pages through its commitments: each page says how many there are in all', async () => {
    for (const departmentCode of ['tax', 'scjg', 'tax'])
      assert.equal((await sign({ commitmentType: '主动公示型', departmentCode })).statusCode, 201);
    const all = (await call('enterprise', 'GET', '/api/commitments')).json();
    assert.ok(all.total >= 3, 'at least the three just made');
    assert.equal(all.items.length, all.total, 'one page holds them all by default');
    const second = (await call('enterprise', 'GET', '/api/commitments?limit=2&offset=2')).json();
    assert.equal(second.total, all.total);
    assert.deepEqual(
      second.items.map((item: { id: number }) => item.id),
      all.items.slice(2, 4).map((item: { id: number }) => item.id),
      'the second page of two continues where the first ends, newest first',
    );
  });

  test('a department sees and checks only the commitments made to it; a broken one becomes a negative record, lowers the score and is told to the enterprise', async () => {
    const ownId = (
      await sign({ commitmentType: '审批替代型', departmentCode: 'scjg', itemCode: 'scjg-branch-registration' })
    ).json().id;
    const otherId = (await sign({ commitmentType: '主动公示型', departmentCode: 'tax' })).json().id;
    const listed = (await call('department_operator', 'GET', '/api/commitments')).json().items;
    assert.ok(
      listed.length > 0 &&
        listed.every((item: { details: { department_code: string } }) => item.details.department_code === 'scjg'),
      'a department lists only commitments made to it',
    );
    const wrong = await check('department_operator', otherId, { action: 'break', evidence: '随机抽查发现未履行' });
    assert.equal(wrong.statusCode, 403);
    assert.equal(wrong.json().error.message, '只能核查向本部门作出的信用承诺');
    const noEvidence = await check('department_operator', ownId, { action: 'break', evidence: ' ' });
    assert.equal(noEvidence.statusCode, 400);

    const before = await report();
    const broken = await check('department_operator', ownId, {
      action: 'break',
      evidence: '承诺期限届满未补齐住所使用证明',
      isFalse: false,
    });
    assert.equal(broken.statusCode, 200, broken.body);
    assert.equal(broken.json().state, 'broken');
    assert.equal(broken.json().reevaluation.enterprises, 1, 'the enterprise was re-evaluated at once');

    const record = (await call('reviewer', 'GET', `/api/records/${broken.json().recordId}`)).json();
    assert.equal(record.kind, 'credit_commitment');
    assert.equal(record.fields.fulfilment, '未履行');
    assert.equal(record.fields.commitment_id, ownId);
    assert.equal(record.enterprise.uscc, fixture.enterpriseA);
    const afterwards = await report();
    assert.ok(
      afterwards.evaluation.score < before.evaluation.score,
      `the broken commitment lowers the score (${before.evaluation.score} → ${afterwards.evaluation.score})`,
    );
    const indicator = afterwards.indicators.find((item: { id: string }) => item.id === 'commitments_broken');
    assert.ok(indicator.points < 0, 'the 违反信用承诺 indicator counts it');

    const twice = await check('reviewer', ownId, { action: 'keep', evidence: '复查' });
    assert.equal(twice.statusCode, 409, 'a checked commitment cannot be checked again');
    assert.equal(twice.json().error.message, '信用承诺当前状态为“未履行”，不能执行“核查为已履行”');
    const inbox = (await call('enterprise', 'GET', '/api/inbox')).json().items;
    const message = inbox.find(
      (item: { subjectType: string; subjectId: string; title: string }) =>
        item.subjectType === 'commitment' && item.subjectId === String(ownId) && item.title === '信用承诺未履行',
    );
    assert.match(message.body, /经核查未履行，已记入信用记录并重新评价。核查情况：承诺期限届满未补齐住所使用证明/);
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'commitment')
      .where('subject_id', '=', String(ownId))
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      ['commitment.signed', 'commitment.broken'],
    );
  });

  test('a kept commitment is recorded as fulfilled, and the check by a reviewer works for any department', async () => {
    const id = (await sign({ commitmentType: '行业自律型', departmentCode: 'tax' })).json().id;
    const kept = await check('reviewer', id, { action: 'keep', evidence: '专项检查未发现违反承诺的情形' });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.equal(kept.json().state, 'kept');
    const record = (await call('reviewer', 'GET', `/api/records/${kept.json().recordId}`)).json();
    assert.equal(record.fields.fulfilment, '已履行');
    const falseMark = await check('reviewer', id, { action: 'keep', evidence: 'x', isFalse: true });
    assert.equal(falseMark.statusCode, 400, 'only a broken commitment can be found false');
  });

  test('two checkers marking the same commitment at once: one wins, the other gets 409, and one outcome is recorded', async () => {
    const id = (
      await sign({ commitmentType: '审批替代型', departmentCode: 'scjg', itemCode: 'scjg-simple-deregistration' })
    ).json().id;
    const [one, two] = await Promise.all([
      check('department_operator', id, { action: 'keep', evidence: '按期补齐材料' }),
      check('reviewer', id, { action: 'break', evidence: '投诉举报查实', isFalse: true }),
    ]);
    assert.deepEqual([one.statusCode, two.statusCode].sort(), [200, 409]);
    const outcomes = await current()
      .db.selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'commitment')
      .where('subject_id', '=', String(id))
      .where('action', 'in', ['commitment.kept', 'commitment.broken'])
      .execute();
    assert.equal(outcomes.length, 1);
    const records = await current()
      .db.selectFrom('records')
      .select('id')
      .where('kind', '=', 'credit_commitment')
      .where('natural_key', 'like', `%${String(id).padStart(8, '0')}`)
      .execute();
    assert.equal(records.length, 1, 'only the winner wrote a record');
  });

  test('a reviewer finds commitments by enterprise name or code and by signing date, a page at a time, and a checked one names its checker', async () => {
    const id = (await sign({ commitmentType: '主动公示型', departmentCode: 'tax' })).json().id;
    const kept = await check('reviewer', id, { action: 'keep', evidence: '专项检查未发现违反承诺的情形' });
    assert.equal(kept.statusCode, 200, kept.body);
    const list = async (query: string) => (await call('reviewer', 'GET', `/api/commitments?${query}`)).json();
    const all = await list('state=kept');
    assert.ok(all.total >= 1, 'the commitment just checked is listed');

    const byName = await list(`state=kept&q=${encodeURIComponent('甲科技')}&limit=1`);
    assert.equal(byName.total, all.total, 'every kept commitment is the 甲科技 company’s');
    assert.equal(byName.items.length, 1, 'one a page when one is asked for');
    assert.equal(byName.items[0].enterpriseName, '鄂州甲科技有限公司');
    const byCode = await list(`state=kept&q=${fixture.enterpriseA.slice(0, 12)}`);
    assert.equal(byCode.total, all.total, 'the start of the code finds the same commitments');
    assert.equal((await list(`q=${encodeURIComponent('乙光电')}`)).total, 0, 'the other company made none');

    const today = todayInDistrict();
    assert.equal((await list(`state=kept&signedFrom=${today}&signedTo=${today}`)).total, all.total);
    assert.equal((await list('signedTo=2020-12-31')).total, 0, 'none was signed before 2021');

    const checked = all.items.find((item: { id: number }) => item.id === id);
    assert.equal(checked.decidedBy, 'reviewer', 'the account that checked it');
    assert.equal(checked.decidedByName, '信用办审核员（演示）', 'and the name a person reads');
  });

  test('a department asks whether an enterprise qualifies for 容缺受理 or 告知承诺 on its item, and is answered with the grade and the basis', async () => {
    const answer = await call(
      'department_operator',
      'GET',
      `/api/commitment-items/scjg-address-change/eligibility?uscc=${fixture.enterpriseA}`,
    );
    assert.equal(answer.statusCode, 200, answer.body);
    const body = answer.json();
    const grade = (await report()).evaluation.grade;
    assert.equal(body.grade, grade);
    const byMeasure = Object.fromEntries(
      body.measures.map((measure: { measure: string }) => [measure.measure, measure]),
    );
    assert.equal(byMeasure['告知承诺'].isEligible, ['A', 'B', 'C'].includes(grade));
    assert.equal(byMeasure['容缺受理'].isEligible, ['A', 'B'].includes(grade));
    assert.match(byMeasure['容缺受理'].reference, /000 §二（五）/);
    assert.match(
      byMeasure['容缺受理'].referenceText,
      /《华容区深化“信用\+科技创新”先行区创建实施方案》第二部分第（五）项/,
    );
    assert.match(byMeasure['容缺受理'].explanation, new RegExp(`当前评价等级 ${grade}`));
    const onlyCommitment = (
      await call(
        'reviewer',
        'GET',
        `/api/commitment-items/scjg-simple-deregistration/eligibility?uscc=${fixture.enterpriseB}`,
      )
    ).json();
    assert.equal(
      onlyCommitment.measures.find((measure: { measure: string }) => measure.measure === '容缺受理').isEligible,
      false,
      'the list does not offer 容缺受理 for this item',
    );
    const otherDepartment = await call(
      'department_operator',
      'GET',
      `/api/commitment-items/tax-invoice-quota/eligibility?uscc=${fixture.enterpriseA}`,
    );
    assert.equal(otherDepartment.statusCode, 403);
    const excluded = await call(
      'reviewer',
      'GET',
      `/api/commitment-items/food-production/eligibility?uscc=${fixture.enterpriseA}`,
    );
    assert.equal(excluded.statusCode, 404);
  });
});
