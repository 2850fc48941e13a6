import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { fileRequest } from '../../services/requests/file-request.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('企呼我应 over HTTP', (current) => {
  let fixture: ServerFixture;
  let taxSession: string;
  const sessions: Record<string, string> = {};
  before(async () => {
    fixture = await createServerFixture(current());
    await createUser(
      current().db,
      '测试',
      {
        username: 'tax-operator',
        displayName: '区税务局报送员',
        role: 'department_operator',
        departmentCode: 'tax',
        password: 'tax-operator-password',
      },
      { isDemo: true },
    );
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tax-operator', password: 'tax-operator-password' },
    });
    taxSession = login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    for (const role of ['enterprise', 'department_operator', 'admin'] as const)
      sessions[role] = await fixture.logIn(role);
  });
  after(async () => {
    await fixture?.close();
  });
  const as = (role: 'enterprise' | 'department_operator' | 'admin', request: InjectOptions) =>
    fixture.injectAs(role, request, sessions[role]);
  const asTax = (request: InjectOptions) =>
    fixture.app.inject({ ...request, cookies: { [SESSION_COOKIE]: taxSession } });

  test('an enterprise files with a proof, the department downloads it, answers, and the enterprise rates; another department gets 403 on the case and never sees it listed', async () => {
    const proof = await as('enterprise', {
      method: 'POST',
      url: '/api/attachments',
      payload: { fileName: '检查通知.pdf', contentBase64: Buffer.from('%PDF-1.7 inspections').toString('base64') },
    });
    const sha256 = proof.json().sha256;
    const filed = await as('enterprise', {
      method: 'POST',
      url: '/api/requests',
      payload: {
        requestType: 'complaint',
        category: 'enforcement',
        title: '同一事项一月内被检查三次',
        body: '希望综合查一次',
        attachments: [sha256],
      },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const { id, departmentCode, uscc } = filed.json();
    assert.deepEqual([departmentCode, uscc], ['scjg', fixture.enterpriseA]);

    const listed = (await as('department_operator', { method: 'GET', url: '/api/requests?state=submitted' })).json();
    assert.ok(listed.items.some((item: { id: number }) => item.id === id));
    const download = await as('department_operator', {
      method: 'GET',
      url: `/api/requests/${id}/attachments/${sha256}`,
    });
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal((await asTax({ method: 'GET', url: `/api/requests/${id}` })).statusCode, 403);
    assert.equal((await asTax({ method: 'GET', url: `/api/requests/${id}/attachments/${sha256}` })).statusCode, 403);
    const refused = await asTax({ method: 'POST', url: `/api/requests/${id}/decision`, payload: { action: 'accept' } });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.message, '只能查看和办理分办到本部门的诉求');
    assert.ok(
      !(await asTax({ method: 'GET', url: '/api/requests?limit=200' }))
        .json()
        .items.some((item: { id: number }) => item.id === id),
      'not in the other department’s list',
    );

    for (const payload of [{ action: 'accept' }, { action: 'answer', text: '已协调合并为综合查一次。' }]) {
      const step = await as('department_operator', { method: 'POST', url: `/api/requests/${id}/decision`, payload });
      assert.equal(step.statusCode, 200, step.body);
    }
    const rated = await as('enterprise', {
      method: 'POST',
      url: `/api/requests/${id}/rating`,
      payload: { rating: 'very_satisfied', comment: '很快解决' },
    });
    assert.equal(rated.statusCode, 200, rated.body);
    assert.equal(rated.json().state, 'rated');
    const detail = (await as('enterprise', { method: 'GET', url: `/api/requests/${id}` })).json();
    assert.deepEqual(
      [detail.stateLabel, detail.rating.label, detail.answer.text],
      ['已评价', '非常满意', '已协调合并为综合查一次。'],
    );
    assert.ok(
      (await as('enterprise', { method: 'GET', url: '/api/inbox' }))
        .json()
        .items.some(
          (message: { topicLabel: string; title: string }) =>
            message.topicLabel === '企呼我应' && message.title === '诉求已答复',
        ),
    );

    const ofB = await fileRequest(
      current().db,
      {
        requestType: 'request',
        category: 'enforcement',
        title: 'B 的诉求',
        body: '……',
        uscc: fixture.enterpriseB,
        actor: 'b',
      },
      () => loadSecretKey(fixture.dataDir, {}),
    );
    assert.equal(
      (await as('enterprise', { method: 'GET', url: `/api/requests/${ofB.id}` })).statusCode,
      403,
      'an enterprise sees only its own cases',
    );
    assert.equal(
      (
        await as('enterprise', {
          method: 'POST',
          url: `/api/requests/${ofB.id}/rating`,
          payload: { rating: 'satisfied' },
        })
      ).statusCode,
      403,
    );

    const reminders = (await as('department_operator', { method: 'GET', url: '/api/requests/reminders' })).json();
    assert.ok(
      reminders.items.length > 0 &&
        reminders.items.every((item: { departmentCode: string }) => item.departmentCode === 'scjg'),
    );
    assert.ok(
      reminders.items.some(
        (item: { subjectId: string; title: string }) => item.subjectId === String(id) && item.title === '新诉求待受理',
      ),
    );
  });

  test('the department reads who answered and who took each step by their names; the enterprise sees neither', async () => {
    const filed = await as('enterprise', {
      method: 'POST',
      url: '/api/requests',
      payload: { requestType: 'request', category: 'enforcement', title: '检查时间能否提前告知', body: '便于安排' },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const { id } = filed.json();
    for (const payload of [{ action: 'accept' }, { action: 'answer', text: '今后提前三个工作日告知。' }]) {
      const step = await as('department_operator', { method: 'POST', url: `/api/requests/${id}/decision`, payload });
      assert.equal(step.statusCode, 200, step.body);
    }

    const official = (await as('department_operator', { method: 'GET', url: `/api/requests/${id}` })).json();
    assert.deepEqual(
      [official.answer.answeredBy, official.answer.answeredByName],
      ['dept', '区市场监管局报送员（演示）'],
      '答复人 is the person, next to the account',
    );
    assert.deepEqual(
      official.history.map((step: { actionLabel: string; actorName: string }) => [step.actionLabel, step.actorName]),
      [
        ['提交并分办', '企业用户（演示）'],
        ['受理', '区市场监管局报送员（演示）'],
        ['答复', '区市场监管局报送员（演示）'],
      ],
    );
    const listed = (await as('department_operator', { method: 'GET', url: '/api/requests?limit=200' })).json();
    assert.equal(
      listed.items.find((item: { id: number }) => item.id === id).answer.answeredByName,
      '区市场监管局报送员（演示）',
    );

    const own = (await as('enterprise', { method: 'GET', url: `/api/requests/${id}` })).json();
    assert.deepEqual([own.answer.answeredBy, own.answer.answeredByName], [null, null]);
    assert.ok(
      own.history.every((step: { actor: string | null; actorName: string | null }) => !step.actor && !step.actorName),
    );
  });

  test('a visitor must give a valid mobile number, is limited per address per hour, and follows and rates the case with the tracking code and number', async () => {
    const visitor = (payload: object, remoteAddress = '203.0.113.7') =>
      fixture.app.inject({ method: 'POST', url: '/api/requests', payload, remoteAddress });
    const complaint = { requestType: 'complaint', category: 'utilities', title: '园区频繁停电', body: '本月停电三次' };
    const invalid = await visitor({ ...complaint, phone: '12345' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.json().error.message, /字段“手机号码”：未登录提交诉求须填写有效的中国大陆手机号码/);
    const filed = await visitor({ ...complaint, phone: '13900001111' });
    assert.equal(filed.statusCode, 201, filed.body);
    const { id, trackingCode } = filed.json();
    for (let attempt = 0; attempt < 3; attempt++)
      assert.equal((await visitor({ ...complaint, phone: '13900001111' })).statusCode, 201);
    const limited = await visitor({ ...complaint, phone: '13900001111' });
    assert.equal(limited.statusCode, 429, 'five filings an hour from one address (catalog/workflow-deadlines.yaml)');
    assert.match(limited.json().error.message, /请求过于频繁/);
    assert.equal(
      (await visitor({ ...complaint, phone: '13900002222' }, '203.0.113.8')).statusCode,
      201,
      'another address is not affected',
    );

    const track = (body: object) =>
      fixture.app.inject({ method: 'POST', url: '/api/requests/track', payload: body, remoteAddress: '203.0.113.7' });
    const tracked = await track({ trackingCode, phone: '139-0000-1111' });
    assert.equal(tracked.statusCode, 200, tracked.body);
    assert.deepEqual(
      [tracked.json().id, tracked.json().requester.phoneMasked, tracked.json().departmentCode],
      [id, '1390***1111', 'power'],
    );
    assert.ok(!tracked.body.includes('13900001111'));
    assert.equal((await track({ trackingCode, phone: '13900001112' })).statusCode, 404);

    for (const payload of [{ action: 'accept' }, { action: 'answer', text: '经核查为线路老化，已更换。' }]) {
      assert.equal(
        (await as('admin', { method: 'POST', url: `/api/requests/${id}/decision`, payload })).statusCode,
        200,
      );
    }
    const rate = (body: object) =>
      fixture.app.inject({
        method: 'POST',
        url: '/api/requests/track/rating',
        payload: { trackingCode, phone: '13900001111', ...body },
        remoteAddress: '203.0.113.7',
      });
    assert.equal((await rate({ rating: 'very_dissatisfied' })).statusCode, 400, 'a bad rating needs a comment');
    const reopened = await rate({ rating: 'very_dissatisfied', comment: '仍然停电' });
    assert.equal(reopened.statusCode, 200, reopened.body);
    assert.equal(reopened.json().state, 'rectifying');
    assert.match(reopened.json().rectificationDueOn, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('the monthly analysis is scoped to the department, refuses another department’s figures, and downloads as a workbook', async () => {
    const mine = await as('department_operator', { method: 'GET', url: '/api/requests/analysis' });
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(mine.json().departmentCode, 'scjg');
    const byDepartment = mine
      .json()
      .months.flatMap((month: { byDepartment: Array<{ departmentCode: string }> }) => month.byDepartment);
    assert.ok(
      byDepartment.length > 0 &&
        byDepartment.every((item: { departmentCode: string }) => item.departmentCode === 'scjg'),
    );
    assert.equal(
      (await as('department_operator', { method: 'GET', url: '/api/requests/analysis?departmentCode=tax' })).statusCode,
      403,
    );
    assert.equal((await as('admin', { method: 'GET', url: '/api/requests/analysis?from=2026-13' })).statusCode, 400);

    const download = await as('admin', { method: 'GET', url: '/api/requests/analysis.xlsx' });
    assert.equal(download.statusCode, 200);
    assert.match(String(download.headers['content-disposition']), /filename\*=UTF-8''/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(download.rawPayload as never);
    const summary = workbook.getWorksheet('按月汇总')!;
    assert.equal(summary.getRow(1).getCell(2).value, '诉求量');
    const total = (await as('admin', { method: 'GET', url: '/api/requests/analysis' }))
      .json()
      .months.reduce((sum: number, month: { total: { volume: number } }) => sum + month.total.volume, 0);
    let inSheet = 0;
    summary.eachRow((row, index) => {
      if (index > 1) inSheet += Number(row.getCell(2).value);
    });
    assert.equal(inSheet, total, 'the workbook holds the same volumes as the JSON');
    assert.ok(total >= 7, 'the cases of the tests above');
  });
});
