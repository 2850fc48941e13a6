import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { notifyTaskDeadlines } from '../../services/reform-tasks/notify-task-deadlines.ts';
import { reportTaskProgress } from '../../services/reform-tasks/report-task-progress.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('the reform task board over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions: Record<string, string> = {};
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['enterprise', 'department_operator', 'admin', 'reviewer'] as const)
      sessions[role] = await fixture.logIn(role);
    // 区发改经信局 finished 000-01 on time; the demo operator's 区市场监管局 is under way on 000-05.
    await reportTaskProgress(
      current().db,
      {
        taskCode: '000-01',
        status: 'done',
        percent: 100,
        text: '已完成调研走访 42 家科创企业',
        actor: { name: 'fgjx-op', role: 'department_operator', departmentCode: 'fgjx' },
      },
      { today: '2024-04-28' },
    );
  });
  after(async () => {
    await fixture?.close();
  });
  const as = (role: 'enterprise' | 'department_operator' | 'admin' | 'reviewer', request: InjectOptions) =>
    fixture.injectAs(role, request, sessions[role]);

  test('the board shows the real tasks of 000 and 001 with their units and deadlines, counted per phase and per unit', async () => {
    const tasks = await as('department_operator', { method: 'GET', url: '/api/reform-tasks?date=2024-06-20' });
    assert.equal(tasks.statusCode, 200, tasks.body);
    const items = tasks.json().items as Array<{
      code: string;
      status: string;
      leadText: string;
      responsibleText: string;
      deadlineText: string;
      text: string;
      clauseText: string;
    }>;
    assert.equal(items.length, 34);
    const incubators = items.find((item) => item.code === '000-04')!;
    assert.deepEqual(
      [incubators.leadText, incubators.responsibleText, incubators.deadlineText, incubators.status],
      ['区发改经信局', '区市场监管局、区税务局', '2024年6月15日前', 'late'],
    );
    assert.equal(items.find((item) => item.code === '000-01')!.status, 'done');
    assert.equal(incubators.clauseText, '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（二）项');
    const mine = (
      await as('department_operator', { method: 'GET', url: '/api/reform-tasks?unit=scjg&list=001' })
    ).json().items;
    assert.deepEqual(
      mine.length,
      17,
      '区市场监管局 leads or shares every task of 001 but 序号9 （led by 区发改经信局 with 区数据局、区财政局、区税务局、区金融发展服务中心）',
    );
    assert.ok(!mine.some((item: { code: string }) => item.code === '001-09'));

    const board = (await as('reviewer', { method: 'GET', url: '/api/reform-tasks/board?date=2024-06-20' })).json();
    assert.deepEqual(board.totals, { total: 34, done: 1, on_track: 28, at_risk: 1, late: 4 });
    assert.deepEqual(
      board.byPhase.map(
        (phase: { phase: string; counts: { total: number } }) => `${phase.phase}：${phase.counts.total}`,
      ),
      [
        '部署启动阶段：2',
        '组织实施阶段：10',
        '总结评估阶段：1',
        '全面推广阶段：3',
        '谋划部署阶段：2',
        '实施推广阶段：8',
        '深化提升阶段：5',
        '总结验收阶段：2',
        '复制推广阶段：1',
      ],
    );
    const fgjx = board.byUnit.find((unit: { unitCode: string }) => unit.unitCode === 'fgjx');
    assert.deepEqual([fgjx.asLead.total, fgjx.asLead.done, fgjx.asLead.late], [15, 1, 3]);
    assert.equal(board.byUnit.find((unit: { unitCode: string }) => unit.unitCode === 'scjg').asLead.total, 19);
    assert.equal((await as('enterprise', { method: 'GET', url: '/api/reform-tasks/board' })).statusCode, 403);
  });

  test('a department reports progress with evidence on its own tasks only, and anyone on the board can open the evidence', async () => {
    const upload = await as('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/evidence',
      payload: { fileName: '一照多址改革方案.pdf', contentBase64: Buffer.from('%PDF-1.7 plan').toString('base64') },
    });
    assert.equal(upload.statusCode, 201, upload.body);
    const { sha256 } = upload.json();
    const reported = await as('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/000-05/reports',
      payload: { status: 'in_progress', percent: 70, text: '一照多址登记已在 5 家孵化载体试行', attachments: [sha256] },
    });
    assert.equal(reported.statusCode, 201, reported.body);
    assert.deepEqual([reported.json().unitCode, reported.json().percent], ['scjg', 70]);
    const refused = await as('department_operator', {
      method: 'POST',
      url: '/api/reform-tasks/000-06/reports',
      payload: { status: 'in_progress', text: '代报' },
    });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().error.message, /^区市场监管局不是重点任务 000-06 的牵头单位或责任单位/);
    assert.equal(
      (
        await as('reviewer', {
          method: 'POST',
          url: '/api/reform-tasks/000-05/reports',
          payload: { status: 'in_progress', text: '审核员不能报送' },
        })
      ).statusCode,
      403,
    );

    const detail = (await as('reviewer', { method: 'GET', url: '/api/reform-tasks/000-05' })).json();
    assert.equal(detail.reports[0].text, '一照多址登记已在 5 家孵化载体试行');
    assert.equal(detail.latestReport.attachments[0], sha256);
    const evidence = await as('reviewer', { method: 'GET', url: `/api/reform-tasks/000-05/evidence/${sha256}` });
    assert.equal(evidence.statusCode, 200);
    assert.equal(evidence.headers['content-type'], 'application/pdf');
    assert.equal(
      (await as('reviewer', { method: 'GET', url: `/api/reform-tasks/000-06/evidence/${sha256}` })).statusCode,
      404,
      'only evidence a report of that task names',
    );
    assert.equal((await as('reviewer', { method: 'GET', url: '/api/reform-tasks/000-99' })).statusCode, 404);
  });

  test('the bulletin for a date comes as HTML and PDF, the board as a workbook, and reminders reach the lead unit', async () => {
    const html = await as('admin', { method: 'GET', url: '/api/reform-tasks/bulletin?date=2024-06-20' });
    assert.equal(html.statusCode, 200);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.body, /截至 2024-06-20/);
    assert.match(html.body, /000-04 探索优化科创企业市场准入/);
    assert.match(html.body, /华容区“信用\+科技创新”先行区领导小组办公室/);
    const pdf = await as('department_operator', {
      method: 'GET',
      url: '/api/reform-tasks/bulletin?date=2024-06-20&format=pdf&list=000',
    });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');

    const xlsx = await as('reviewer', { method: 'GET', url: '/api/reform-tasks.xlsx?date=2024-06-20' });
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.worksheets[0]!;
    assert.equal(sheet.rowCount, 35, 'a header and the 34 tasks');
    assert.deepEqual((sheet.getRow(5).values as unknown[]).slice(1, 10), [
      '000',
      '组织实施阶段',
      '探索优化科创企业市场准入',
      4,
      '000-04',
      sheet.getRow(5).getCell(6).value,
      '区发改经信局',
      '区市场监管局、区税务局',
      '2024年6月15日前',
    ]);
    assert.equal(sheet.getRow(5).getCell(10).value, '逾期');

    await notifyTaskDeadlines(current().db, { today: '2024-06-05' });
    const reminders = (await as('department_operator', { method: 'GET', url: '/api/reform-tasks/reminders' })).json();
    assert.ok(
      reminders.items.length > 0 &&
        reminders.items.every((item: { departmentCode: string }) => item.departmentCode === 'scjg'),
    );
    assert.ok(
      reminders.items.some(
        (item: { subjectId: string; title: string }) =>
          item.subjectId === '000-05' && item.title === '重点任务临近完成时间',
      ),
    );
    assert.ok(
      (await as('admin', { method: 'GET', url: '/api/reform-tasks/reminders' }))
        .json()
        .items.some((item: { departmentCode: string }) => item.departmentCode === 'fgjx'),
      'the administrator oversees every department’s reminders',
    );
  });
});
