import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import { loadReformTasksFile } from '../../catalog/reform-tasks.ts';
import type { HolidayCalendar } from '../../domain/working-days.ts';
import { buildTaskBulletin } from './build-task-bulletin.ts';
import { loadReformTasks, parseReformTasks } from './load-reform-tasks.ts';
import { notifyTaskDeadlines } from './notify-task-deadlines.ts';
import { renderTaskBulletinHtml } from './render-task-bulletin-html.ts';
import { renderTaskBulletinPdf } from './render-task-bulletin-pdf.ts';
import { reportTaskProgress, type ProgressInput } from './report-task-progress.ts';
import { standingOf, type UnitReport } from './task-status.ts';

const codes = (units: Array<{ code: string }>) => units.map((unit) => unit.code);

describe('the reform task lists of the policy documents', () => {
  const catalog = loadReformTasks();

  test('hold the 16 tasks of 000 附件2 and the 18 of 001 附件, with their phases, exact text, units and deadlines', () => {
    assert.deepEqual(
      catalog.lists.map((list) => [list.code, list.tasks.length]),
      [
        ['000', 16],
        ['001', 18],
      ],
    );
    assert.deepEqual(
      catalog.lists[0]!.phases.map((phase) => phase.name),
      ['部署启动阶段', '组织实施阶段', '总结评估阶段', '全面推广阶段'],
    );
    assert.deepEqual(
      catalog.lists[1]!.phases.map((phase) => phase.name),
      ['谋划部署阶段', '实施推广阶段', '深化提升阶段', '总结验收阶段', '复制推广阶段'],
    );
    const entry = catalog.task('000-04')!;
    assert.equal(entry.mainTask, '探索优化科创企业市场准入');
    assert.match(entry.text, /^加强对目前全区17家科技创新孵化载体的准入指导和业务培训，/);
    assert.deepEqual(
      [codes(entry.lead), codes(entry.responsible), entry.deadline, entry.deadlineText, entry.phase],
      [['fgjx'], ['scjg', 'tax'], '2024-06-15', '2024年6月15日前', '组织实施阶段'],
    );
    assert.deepEqual([catalog.task('000-03')!.deadline, catalog.task('000-03')!.deadlineText], [null, '持续推进']);
    assert.deepEqual(
      codes(catalog.task('000-13')!.responsible),
      ['xcb', 'zfb', 'scjg', 'yjgl', 'sthj', 'tax', 'zrzy'],
      '区委宣传部 and 区政府办 are catalog departments too',
    );
    assert.deepEqual(
      codes(catalog.task('000-01')!.responsible),
      ['scjg', 'tax', 'yjgl', 'sthj', 'czj'],
      'short names without 区 （税务局） resolve as well',
    );
    const joint = catalog.task('001-11')!;
    assert.deepEqual(
      [codes(joint.lead), joint.leadText, joint.responsibleOthers, joint.deadline],
      [['scjg', 'fgjx'], '区市场监管局、区发改经信局', ['等有关部门'], '2025-04-30'],
    );
    const last = catalog.task('001-18')!;
    assert.deepEqual(
      [last.responsibleText, codes(last.responsible), last.responsibleOthers, last.deadline, last.clause],
      ['各有关部门', [], ['各有关部门'], '2025-12-31', '001 §三（五）'],
    );
    assert.equal(catalog.atRiskWorkingDays, 10);
  });

  test('a list naming an unknown unit, or a deadline that is not a date, is refused naming the task and the field', () => {
    const raw = () => structuredClone(loadReformTasksFile());
    const settings = { atRiskWorkingDays: 10, atRiskReference: '' };
    const unknownUnit = raw();
    unknownUnit.lists[0].tasks[0].lead = '区外星局';
    assert.throws(() => parseReformTasks(unknownUnit, loadCatalog(), settings), {
      userMessage: 'catalog/reform-tasks.yaml 任务 000-01：lead 中的单位“区外星局”不在 catalog/departments.yaml 中',
    });
    const badDate = raw();
    badDate.lists[1].tasks[2].deadline = '2025年2月30日前';
    assert.throws(() => parseReformTasks(badDate, loadCatalog(), settings), {
      userMessage: 'catalog/reform-tasks.yaml 任务 001-03：deadline“2025年2月30日前”应为“YYYY年M月D日前”或“持续推进”',
    });
    const collectiveLead = raw();
    collectiveLead.lists[0].tasks[0].lead = '各有关部门';
    assert.throws(() => parseReformTasks(collectiveLead, loadCatalog(), settings), {
      userMessage: 'catalog/reform-tasks.yaml 任务 000-01：lead（牵头单位）必须是具体部门，不能是“各有关部门”',
    });
  });

  test('a task is done only when every lead unit reported it done; undone, it is at risk within the lead time and late after the deadline', () => {
    const calendar: HolidayCalendar = { years: new Set([2025]), holidays: new Set(), workdays: new Set() };
    const joint = catalog.task('001-11')!; // deadline 2025-04-30, led by 区市场监管局 and 区发改经信局
    const done = (unitCode: string, reportedOn: string): UnitReport => ({
      id: 1,
      taskCode: joint.code,
      unitCode,
      status: 'done',
      percent: 100,
      text: '完成',
      attachments: [],
      reportedOn,
      reportedBy: 'x',
    });
    const one = new Map([['scjg', done('scjg', '2025-04-20')]]);
    assert.equal(standingOf(joint, one, '2025-04-01', calendar, 10).status, 'on_track', '21 working days left');
    assert.deepEqual(standingOf(joint, one, '2025-04-21', calendar, 10), {
      status: 'at_risk',
      completedOn: null,
      isCompletedLate: false,
      workingDaysLeft: 7,
      isCovered: true,
    });
    assert.equal(standingOf(joint, one, '2025-05-01', calendar, 10).status, 'late');
    const both = new Map([...one, ['fgjx', done('fgjx', '2025-05-06')]]);
    assert.deepEqual(standingOf(joint, both, '2025-05-10', calendar, 10), {
      status: 'done',
      completedOn: '2025-05-06',
      isCompletedLate: true,
      workingDaysLeft: null,
      isCovered: true,
    });
    assert.equal(
      standingOf(catalog.task('000-03')!, new Map(), '2026-01-01', calendar, 10).status,
      'on_track',
      '持续推进 is never late',
    );
  });
});

describeOnEachEngine('reform task progress, bulletin and reminders', (current) => {
  const db = () => current().db;
  const operatorOf = (departmentCode: string): ProgressInput['actor'] => ({
    name: `${departmentCode}-operator`,
    role: 'department_operator',
    departmentCode,
  });
  const report = (taskCode: string, departmentCode: string, input: Partial<ProgressInput>, today: string) =>
    reportTaskProgress(
      db(),
      { taskCode, status: 'in_progress', text: '推进中', actor: operatorOf(departmentCode), ...input },
      { today },
    );

  test('a unit reports only on the tasks it leads or is named responsible for, for itself, with a consistent status and percentage', async () => {
    await assert.rejects(report('000-06', 'scjg', {}, '2024-06-01'), {
      code: 'FORBIDDEN',
      userMessage:
        '区市场监管局不是重点任务 000-06 的牵头单位或责任单位，不能报送其推进情况（牵头单位：区发改经信局；责任单位：区税务局、区财政局）',
    });
    await assert.rejects(
      report('001-05', 'tax', {}, '2025-02-01'),
      { code: 'FORBIDDEN' },
      '“各有关部门” names no department: only the lead unit reports',
    );
    await assert.rejects(report('000-04', 'scjg', { unitCode: 'fgjx' }, '2024-06-01'), {
      userMessage: '只能以本部门的名义报送推进情况',
    });
    await assert.rejects(
      reportTaskProgress(db(), {
        taskCode: '000-04',
        status: 'in_progress',
        text: '推进中',
        actor: { name: 'admin', role: 'admin', departmentCode: null },
      }),
      { userMessage: '字段“报送单位”：请指明报送单位' },
    );
    await assert.rejects(
      reportTaskProgress(db(), {
        taskCode: '000-04',
        status: 'in_progress',
        text: '推进中',
        actor: { name: 'reviewer', role: 'reviewer', departmentCode: null },
      }),
      { code: 'FORBIDDEN' },
    );
    await assert.rejects(report('000-04', 'fgjx', { status: 'done', percent: 80 }, '2024-06-01'), {
      userMessage: '字段“完成进度”：状态为“已完成”时进度应为 100，实际为 80',
    });
    await assert.rejects(report('000-99', 'fgjx', {}, '2024-06-01'), { code: 'NOT_FOUND' });

    const byResponsible = await report(
      '000-06',
      'tax',
      { text: '已完成税务政策讲解 12 场', percent: 50 },
      '2024-06-03',
    );
    assert.deepEqual(
      [byResponsible.unitCode, byResponsible.percent, byResponsible.reportedOn],
      ['tax', 50, '2024-06-03'],
    );
    const told = await db()
      .selectFrom('staff_messages')
      .select(['department_code', 'title'])
      .where('subject_type', '=', 'reform_task')
      .where('subject_id', '=', '000-06')
      .execute();
    assert.deepEqual(
      told,
      [{ department_code: 'fgjx', title: '责任单位报送了重点任务推进情况' }],
      'the lead unit hears of its partner’s report',
    );
    const byAdmin = await reportTaskProgress(
      db(),
      {
        taskCode: '000-06',
        unitCode: 'fgjx',
        status: 'in_progress',
        text: '代为录入',
        actor: { name: 'admin', role: 'admin', departmentCode: null },
      },
      { today: '2024-06-04' },
    );
    assert.equal(byAdmin.unitCode, 'fgjx');
    const audit = await db()
      .selectFrom('audit_events')
      .select(['action', 'subject_id'])
      .where('action', '=', 'reform_task.progress_reported')
      .execute();
    assert.equal(audit.length, 2);
    await assert.rejects(
      sql`update reform_task_reports set text = '改过' where id = ${byResponsible.id}`.execute(db()),
      /append-only|permission denied/,
      'reports are append-only',
    );
  });

  test('a bulletin for a date lists the late, at-risk and done tasks of each lead unit with its latest report up to that date', async () => {
    await report('000-01', 'fgjx', { status: 'done', percent: 100, text: '已完成调研走访' }, '2024-04-28');
    await report('000-04', 'fgjx', { percent: 60, text: '已对 10 家孵化载体开展培训' }, '2024-06-10');
    await report('000-05', 'scjg', { status: 'done', text: '一照多址改革已接轨' }, '2024-06-18');

    const bulletin = await buildTaskBulletin(db(), { asOf: '2024-06-20' });
    assert.deepEqual(bulletin.codes.late, ['000-02', '000-04', '000-06']);
    assert.deepEqual(bulletin.codes.at_risk, ['000-07']);
    assert.deepEqual(bulletin.codes.done, ['000-01', '000-05']);
    assert.equal(bulletin.codes.on_track.length, 34 - 6);
    const fgjx = bulletin.units.find((unit) => unit.unitCode === 'fgjx')!;
    assert.deepEqual(
      fgjx.table!.rows.map((row) => row.cells[1]!.split(' ')[0]),
      ['000-02', '000-04', '000-06', '000-07', '000-01'],
      'late first, then at risk, then done',
    );
    assert.equal(
      fgjx.table!.rows[1]!.cells[3],
      '2024-06-10 华容区发展和改革经济信息化局：推进中，60%。已对 10 家孵化载体开展培训',
    );
    assert.equal(
      fgjx.table!.rows[2]!.cells[3],
      '2024-06-04 华容区发展和改革经济信息化局：推进中。代为录入',
      'the lead unit’s report, not the responsible unit’s',
    );
    const scjg = bulletin.units.find((unit) => unit.unitCode === 'scjg')!;
    assert.equal(scjg.table!.rows[0]!.cells[0], '已完成（逾期完成）');

    const earlier = await buildTaskBulletin(db(), { asOf: '2024-06-12' });
    assert.ok(earlier.codes.at_risk.includes('000-05'), 'a report made after the date does not count');

    const html = renderTaskBulletinHtml(bulletin);
    assert.match(html, /<h1>重点任务推进情况通报<\/h1>/);
    assert.match(html, /截至 2024-06-20/);
    assert.ok(html.includes('000-04 探索优化科创企业市场准入'));
    const pdf = await renderTaskBulletinPdf(bulletin);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(await renderTaskBulletinPdf(bulletin), pdf, 'the same bulletin renders the same document');
  });

  test('tasks near or past their deadline notify the lead unit’s operators, once each', async () => {
    const run = await notifyTaskDeadlines(db(), { today: '2024-06-05' });
    assert.deepEqual(run.late, ['000-02']);
    assert.deepEqual(run.atRisk, ['000-04', '000-05', '000-06']);
    assert.equal(run.messages, 4);
    assert.equal(
      (await notifyTaskDeadlines(db(), { today: '2024-06-05' })).messages,
      0,
      'the same reminders are not sent twice',
    );
    const scjg = await db()
      .selectFrom('staff_messages')
      .select(['title', 'body'])
      .where('role', '=', 'department_operator')
      .where('department_code', '=', 'scjg')
      .where('subject_id', '=', '000-05')
      .execute();
    assert.deepEqual(
      scjg.map((message) => message.title),
      ['重点任务临近完成时间'],
    );
    assert.match(scjg[0]!.body, /还剩 6 个工作日/, 'the Dragon Boat holiday (10 June 2024) is not a working day');
    assert.equal((await notifyTaskDeadlines(db(), { today: '2024-06-17' })).late.includes('000-05'), true);
  });
});
