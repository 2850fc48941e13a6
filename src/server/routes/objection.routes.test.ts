import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('workflows over HTTP: objections and re-evaluation', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
  });
  after(async () => {
    await fixture?.close();
  });
  const file = (recordId: number, reason = '该处罚已被行政复议撤销') =>
    fixture.injectAs('enterprise', {
      method: 'POST',
      url: '/api/objections',
      payload: { recordId, reason, attachments: [] },
    });
  const decide = (role: 'reviewer' | 'department_operator', id: number, payload: object) =>
    fixture.injectAs(role, { method: 'POST', url: `/api/objections/${id}/decision`, payload });

  test('an objection is accepted with a working-day deadline, the record shows 异议中 on the report, and revoking it re-evaluates the enterprise', async () => {
    const recordId = fixture.records.aOwnDepartment;
    const filed = await file(recordId);
    assert.equal(filed.statusCode, 201, filed.body);
    const id = filed.json().id;
    assert.equal((await file(recordId)).statusCode, 409, 'one open objection per record');
    const accepted = await decide('reviewer', id, { action: 'accept' });
    assert.equal(accepted.json().state, 'accepted');
    const listed = (await fixture.injectAs('reviewer', { method: 'GET', url: '/api/objections?state=accepted' })).json()
      .items[0];
    assert.equal(listed.id, id);
    assert.match(listed.deadline.dueOn, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(listed.deadline.isOverdue, false);
    assert.equal(
      listed.deadline.workingDaysLeft,
      15,
      'fifteen working days from acceptance (catalog/workflow-deadlines.yaml)',
    );
    const report = (
      await fixture.injectAs('admin', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` })
    ).json();
    assert.ok(
      JSON.stringify(report).includes('异议中'),
      'the contested record shows as 异议中 while the objection is open',
    );

    const scoreBefore = report.evaluation.score;
    const otherDepartment = await decide(
      'department_operator',
      (await file(fixture.records.aOtherDepartment)).json().id,
      { action: 'accept' },
    );
    assert.equal(otherDepartment.statusCode, 403, 'a department operator cannot decide on another department’s record');
    assert.equal(otherDepartment.json().error.message, '只能处理本部门报送记录的异议');
    const silent = await decide('department_operator', id, { action: 'revoke' });
    assert.equal(silent.statusCode, 400, 'an outcome needs a reason');
    const revoked = await decide('department_operator', id, { action: 'revoke', reason: '处罚决定已被行政复议撤销' });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().state, 'revoked');
    assert.equal(revoked.json().reevaluation.enterprises, 1);
    const record = (await fixture.injectAs('reviewer', { method: 'GET', url: `/api/records/${recordId}` })).json();
    assert.equal(record.status, 'revoked');
    assert.equal(record.versions[0].status, 'active', 'the original version is kept');
    const after = (
      await fixture.injectAs('admin', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` })
    ).json();
    assert.ok(after.evaluation.score > scoreBefore);
    const inbox = (await fixture.injectAs('enterprise', { method: 'GET', url: '/api/inbox' })).json().items;
    assert.equal(
      inbox.find(
        (message: { subjectType: string; subjectId: string }) =>
          message.subjectType !== 'enterprise' && message.subjectId === String(id),
      ).body,
      '异议成立，相关信用记录已撤销，并已重新评价。理由：处罚决定已被行政复议撤销',
    );
    assert.equal(
      (await decide('reviewer', id, { action: 'uphold', reason: '再次处理' })).statusCode,
      409,
      'a decided objection cannot be decided again',
    );
  });

  test('an objection against the grade is accepted once: a second one while the first is open is refused', async () => {
    const evaluation = await current()
      .db.selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select('v.id')
      .where('e.uscc', '=', fixture.enterpriseA)
      .orderBy('v.id', 'desc')
      .executeTakeFirstOrThrow();
    const contest = () =>
      fixture.injectAs('enterprise', {
        method: 'POST',
        url: '/api/objections',
        payload: { evaluationId: evaluation.id, reason: '等级未计入新取得的高新技术企业认定', attachments: [] },
      });
    const first = await contest();
    assert.equal(first.statusCode, 201, first.body);
    const second = await contest();
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().error.message, `该评价结果已有办理中的异议申请（编号 ${first.json().id}）`);
  });

  test('an objection filed after the window is refused with the last day it could have been filed', async () => {
    // The record reached the platform long ago.
    await current()
      .db.updateTable('records')
      .set({ created_at: new Date('2025-06-01T00:00:00Z') } as never)
      .where('id', '=', fixture.records.b)
      .execute();
    const session = await fixture.logIn('enterprise');
    const mine = await fixture.injectAs(
      'enterprise',
      {
        method: 'POST',
        url: '/api/objections',
        payload: { recordId: fixture.records.b, reason: '不是我们的', attachments: [] },
      },
      session,
    );
    assert.equal(mine.statusCode, 403, 'record B belongs to another enterprise');
    await current()
      .db.updateTable('records')
      .set({ created_at: new Date('2025-06-01T00:00:00Z') } as never)
      .where('id', '=', fixture.records.aOtherDepartment)
      .execute();
    const late = await fixture.injectAs(
      'enterprise',
      {
        method: 'POST',
        url: '/api/objections',
        payload: { recordId: fixture.records.aOtherDepartment, reason: '记录有误', attachments: [] },
      },
      session,
    );
    assert.equal(late.statusCode, 409);
    assert.equal(
      late.json().error.message,
      '异议申请期限已过：应在 2025-07-01 前提出（自信息归集或评价之日起 30 日内）',
    );
  });
});
