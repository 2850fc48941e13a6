import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { samplePenaltyRow } from '../../services/import/sample-files.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

describeOnEachEngine('the credit-repair notice sent with a penalty （两书同达）', (current) => {
  let fixture: ServerFixture;
  const sessions: Record<string, string> = {};
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    for (const role of ['enterprise', 'reviewer', 'department_operator'] as const)
      sessions[role] = await fixture.logIn(role);
  });
  after(async () => {
    await fixture?.close();
  });

  type Actor = 'enterprise' | 'reviewer' | 'department_operator';
  const call = (role: Actor, method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, sessions[role]);
  const decidedOn = addDays(todayInDistrict(), -10);
  const decisionNumber = '鄂华市监处罚〔2026〕88号';
  const penalty = () =>
    samplePenaltyRow(7, {
      行政相对人名称: '鄂州甲科技有限公司',
      '行政相对人代码_1(统一社会信用代码)': fixture.enterpriseA,
      行政处罚决定书文号: decisionNumber,
      处罚类别: '罚款',
      处罚内容: '罚款 2 万元',
      '罚款金额(万元)': 2,
      '没收违法所得、没收非法财物的金额(万元)': null,
      处罚决定日期: decidedOn,
      公示截止期: null,
    });
  const pdfText = (pdf: Buffer) => {
    const file = path.join(fixture.dataDir, `notice-${Math.random().toString(36).slice(2)}.pdf`);
    fs.writeFileSync(file, pdf);
    // Lines wrap and the spaced-out title is extracted with spaces: compare without white space.
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  };

  test('a penalty pushed by a department reaches the enterprise with an inbox message and a PDF notice saying when and how to apply for repair', async () => {
    const pushed = await call('department_operator', 'POST', '/api/departments/scjg/records', {
      kind: 'administrative_penalty',
      records: [penalty()],
    });
    assert.equal(pushed.statusCode, 200, pushed.body);
    assert.equal(pushed.json().created, 1);

    const notices = (await call('enterprise', 'GET', '/api/repair-notices')).json().items;
    const notice = notices.find((item: { decisionNumber: string }) => item.decisionNumber === decisionNumber);
    assert.ok(notice, 'a notice was issued for the new penalty');
    assert.ok(notice.repairableFrom > todayInDistrict(), 'a fresh penalty becomes repairable later');
    assert.equal(notice.decidedOn, decidedOn);
    const early = await call('enterprise', 'POST', '/api/repairs', {
      recordId: notice.recordId,
      correction: '已缴清罚款',
      attachments: [],
      acceptsCommitment: true,
    });
    assert.equal(early.statusCode, 400, 'no proof attached');

    const inbox = (await call('enterprise', 'GET', '/api/inbox')).json().items;
    const message = inbox.find(
      (item: { subjectType: string; subjectId: string }) =>
        item.subjectType === 'repair_notice' && item.subjectId === String(notice.id),
    );
    assert.equal(message.title, '新增行政处罚信息');
    assert.equal(
      message.body,
      `区市场监管局报送了贵企业的行政处罚信息（${decisionNumber}），决定日期 ${decidedOn}。该信息自 ${notice.repairableFrom} 起可以申请信用修复，详见信用修复提示函。`,
    );

    const download = await call('enterprise', 'GET', `/api/repair-notices/${notice.id}/pdf`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.match(String(download.headers['content-disposition']), /^attachment; filename="XP-XFTS-\d{4}-\d{8}\.pdf"/);
    assert.equal(download.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    const text = pdfText(download.rawPayload);
    assert.ok(text.includes('信用修复提示函'), text);
    assert.ok(text.includes('鄂州甲科技有限公司'), 'the notice names the enterprise');
    assert.ok(text.includes(decisionNumber), 'the notice names the decision');
    assert.ok(text.includes(notice.repairableFrom), 'the notice gives the date repair becomes possible');
  });

  test('the enterprise sees only its own notices; reviewers may open any; departments may not', async () => {
    const noticeOfB = await current()
      .db.selectFrom('repair_notices as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .select('n.id')
      .where('e.uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    assert.equal((await call('enterprise', 'GET', `/api/repair-notices/${noticeOfB.id}/pdf`)).statusCode, 403);
    assert.equal((await call('reviewer', 'GET', `/api/repair-notices/${noticeOfB.id}/pdf`)).statusCode, 200);
    assert.equal((await call('department_operator', 'GET', `/api/repair-notices/${noticeOfB.id}/pdf`)).statusCode, 403);
    assert.equal((await call('reviewer', 'GET', '/api/repair-notices/999999/pdf')).statusCode, 404);
  });

  test('several penalties of one enterprise in one push reach it as one message listing them, each with its own notice', async () => {
    const numbers = ['鄂华市监处罚〔2026〕201号', '鄂华市监处罚〔2026〕202号', '鄂华市监处罚〔2026〕203号'];
    const pushed = await call('department_operator', 'POST', '/api/departments/scjg/records', {
      kind: 'administrative_penalty',
      records: numbers.map((number) => ({ ...penalty(), 行政处罚决定书文号: number })),
    });
    assert.equal(pushed.statusCode, 200, pushed.body);
    assert.equal(pushed.json().created, 3);

    const notices = (await call('enterprise', 'GET', '/api/repair-notices')).json().items;
    for (const number of numbers)
      assert.ok(
        notices.some((item: { decisionNumber: string }) => item.decisionNumber === number),
        `a notice for ${number}`,
      );
    const inbox = (await call('enterprise', 'GET', '/api/inbox')).json().items;
    const about = inbox.filter((item: { body: string }) => numbers.some((number) => item.body.includes(number)));
    assert.equal(about.length, 1, 'one message for the push, not one per penalty');
    assert.equal(about[0].title, '新增 3 条行政处罚信息');
    const lines = about[0].body.split('\n');
    assert.equal(lines.length, 3);
    numbers.forEach((number, index) => {
      assert.ok(
        lines[index].startsWith(`${index + 1}. 区市场监管局报送了贵企业的行政处罚信息（${number}）`),
        lines[index],
      );
    });
  });

  test('a penalty whose repair date has already passed says repair can be applied for now, and a re-sent batch issues no second notice', async () => {
    const old = await current()
      .db.selectFrom('repair_notices')
      .selectAll()
      .where('record_id', '=', fixture.records.aOwnDepartment)
      .executeTakeFirstOrThrow();
    assert.ok(old.repairable_from <= todayInDistrict());
    assert.equal(old.reminded_on, todayInDistrict(), 'told at once, so the daily run does not tell it again');
    const before = await current().db.selectFrom('notifications').select('id').execute();
    const again = await call('department_operator', 'POST', '/api/departments/scjg/records', {
      kind: 'administrative_penalty',
      records: [penalty()],
    });
    assert.equal(again.json().unchanged, 1);
    const afterwards = await current().db.selectFrom('notifications').select('id').execute();
    assert.equal(afterwards.length, before.length, 'an unchanged record is not announced again');
    assert.equal(
      (
        await current()
          .db.selectFrom('repair_notices')
          .select('id')
          .where('decision_number', '=', decisionNumber)
          .execute()
      ).length,
      1,
    );
  });
});
