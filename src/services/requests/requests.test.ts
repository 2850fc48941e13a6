import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { createServerFixture, type ServerFixture } from '../../server/server-test-fixture.ts';
import { loadSecretKey, type SecretKey } from '../import/protect-personal.ts';
import { analyzeRequestMonths } from './analyze-request-months.ts';
import { escalateOverdueRequests } from './escalate-overdue-requests.ts';
import { fileRequest, type FileRequestInput } from './file-request.ts';
import { handleRequest } from './handle-request.ts';
import { linkDuplicateRequest } from './link-duplicate-request.ts';
import { listRequests, showRequest, trackRequest } from './list-requests.ts';
import { rateRequest } from './rate-request.ts';
import type { RequestActor } from './request-actor.ts';
import { transferRequest } from './transfer-request.ts';
import { writeRequestAnalysisXlsx } from './write-request-analysis-xlsx.ts';

// March 2026 has no public holiday: five working days after Monday 2 March is Monday 9 March.
const official = (departmentCode: string): RequestActor => ({
  name: `${departmentCode}-operator`,
  role: 'department_operator',
  departmentCode,
  uscc: null,
});
const ADMIN: RequestActor = { name: 'admin', role: 'admin', departmentCode: null, uscc: null };

describeOnEachEngine('企呼我应： requests from filing to rating', (current) => {
  let fixture: ServerFixture;
  let key: SecretKey;
  let enterpriseA: { id: number; actor: RequestActor };
  before(async () => {
    fixture = await createServerFixture(current());
    key = loadSecretKey(fixture.dataDir, {});
    const row = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    enterpriseA = {
      id: row.id,
      actor: { name: 'enterprise', role: 'enterprise', departmentCode: null, uscc: fixture.enterpriseA },
    };
  });
  after(async () => {
    await fixture?.close();
  });

  const db = () => current().db;
  const fileAsA = (input: Partial<FileRequestInput>, today: string) =>
    fileRequest(
      db(),
      {
        requestType: 'complaint',
        category: 'enforcement',
        title: '同一事项一月内被检查三次',
        body: '希望综合查一次',
        uscc: fixture.enterpriseA,
        actor: 'enterprise',
        ...input,
      },
      () => key,
      { today },
    );
  const answer = async (id: number, department: string, on: string, text = '已协调各检查部门合并为综合查一次。') => {
    await handleRequest(db(), { id, action: 'accept', actor: official(department) }, { today: on });
    return handleRequest(db(), { id, action: 'answer', text, actor: official(department) }, { today: on });
  };
  const inboxTitles = async () =>
    (
      await db()
        .selectFrom('notifications')
        .select('title')
        .where('enterprise_id', '=', enterpriseA.id)
        .where('subject_type', '=', 'request')
        .orderBy('id')
        .execute()
    ).map((row) => row.title);
  const staffTitles = async (id: number) =>
    (
      await db()
        .selectFrom('staff_messages')
        .select(['role', 'department_code', 'title'])
        .where('subject_type', '=', 'request')
        .where('subject_id', '=', String(id))
        .orderBy('id')
        .execute()
    ).map((row) => `${row.role}:${row.department_code ?? '-'}:${row.title}`);

  test('a request walks from filing to rating: routed by the catalog rules, accepted, answered in time, rated and closed, each step in its history and the audit trail', async () => {
    const filed = await fileAsA({}, '2026-03-02');
    assert.deepEqual([filed.state, filed.departmentCode, filed.dueOn], ['submitted', 'scjg', '2026-03-09']);
    assert.match(filed.routingExplanation, /类别命中第 \d+ 条分办规则/);
    assert.match(filed.trackingCode, /^QH[0-9A-HJKMNP-TV-Z]{10}$/);
    assert.deepEqual(
      await staffTitles(filed.id),
      ['department_operator:scjg:新诉求待受理'],
      'the department is told it has a new case',
    );

    await assert.rejects(
      handleRequest(db(), { id: filed.id, action: 'close', actor: official('scjg') }, { today: '2026-03-03' }),
      { userMessage: '诉求尚未答复，不能办结：办结须有答复内容' },
    );
    await assert.rejects(handleRequest(db(), { id: filed.id, action: 'answer', text: '  ', actor: official('scjg') }), {
      userMessage: '字段“答复内容”：答复诉求须填写答复内容',
    });
    await handleRequest(db(), { id: filed.id, action: 'accept', actor: official('scjg') }, { today: '2026-03-03' });
    await handleRequest(db(), { id: filed.id, action: 'start', actor: official('scjg') }, { today: '2026-03-03' });
    const answered = await handleRequest(
      db(),
      { id: filed.id, action: 'answer', text: '已协调各检查部门合并为综合查一次。', actor: official('scjg') },
      { today: '2026-03-05' },
    );
    assert.equal(answered.state, 'answered');
    const rated = await rateRequest(
      db(),
      { id: filed.id, rating: 'satisfied', actor: enterpriseA.actor, enterpriseId: enterpriseA.id },
      { today: '2026-03-06' },
    );
    assert.deepEqual([rated.state, rated.rectificationDueOn, rated.isFlaggedForSupervision], ['rated', null, false]);
    const closed = await handleRequest(
      db(),
      { id: filed.id, action: 'close', actor: official('scjg') },
      { today: '2026-03-06' },
    );
    assert.equal(closed.state, 'closed');

    const detail = await showRequest(
      db(),
      filed.id,
      { kind: 'enterprise', enterpriseId: enterpriseA.id },
      { today: '2026-03-06' },
    );
    assert.deepEqual(
      detail.history.map((step) => `${step.actionLabel}→${step.toStateLabel}`),
      ['提交并分办→待受理', '受理→已受理', '开始办理→处理中', '答复→已答复', '评价→已评价', '办结→已办结'],
    );
    assert.deepEqual(
      [detail.firstAnsweredOn, detail.outcomeLabel, detail.rating?.label],
      ['2026-03-05', '满意办结', '满意'],
    );
    assert.equal(detail.answer?.answeredBy, null, 'the enterprise sees the department, not the account that answered');
    assert.ok(detail.history.length > 0 && detail.history.every((step) => step.actor === null));
    const audit = await db()
      .selectFrom('audit_events')
      .select('action')
      .where('subject_type', '=', 'request')
      .where('subject_id', '=', String(filed.id))
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => event.action),
      [
        'request.submitted',
        'request.accepted',
        'request.started',
        'request.answered',
        'request.rated',
        'request.closed',
      ],
    );
    assert.deepEqual((await inboxTitles()).slice(-3), ['诉求已提交', '诉求已答复', '诉求已办结']);
  });

  test('a transfer keeps the deadline unless the receiving department would get less than the minimum, and the first department loses sight of the case', async () => {
    const early = await fileAsA(
      { category: 'policy', title: '研发费用加计扣除', body: '季度预缴时如何申报纳税' },
      '2026-03-02',
    );
    assert.equal(early.departmentCode, 'tax', 'the keyword 纳税 routes a policy question to 区税务局');
    await assert.rejects(
      transferRequest(
        db(),
        { id: early.id, departmentCode: 'kjj', reason: '不是本部门的', actor: official('scjg') },
        { today: '2026-03-02' },
      ),
      { code: 'FORBIDDEN' },
    );
    await assert.rejects(
      transferRequest(db(), { id: early.id, departmentCode: 'kjj', reason: ' ', actor: official('tax') }),
      { userMessage: '字段“转办理由”：转办须说明理由' },
    );
    const kept = await transferRequest(
      db(),
      { id: early.id, departmentCode: 'kjj', reason: '属科技型企业政策，由区科技局答复', actor: official('tax') },
      { today: '2026-03-02' },
    );
    assert.deepEqual(kept, {
      id: early.id,
      state: 'submitted',
      departmentCode: 'kjj',
      dueOn: '2026-03-09',
      isDeadlineCovered: true,
    });
    await assert.rejects(showRequest(db(), early.id, { kind: 'department', departmentCode: 'tax' }), {
      code: 'FORBIDDEN',
      userMessage: '只能查看和办理分办到本部门的诉求',
    });
    assert.equal(
      (await showRequest(db(), early.id, { kind: 'department', departmentCode: 'kjj' })).departmentName,
      '华容区科学技术局',
    );
    assert.deepEqual(await staffTitles(early.id), [
      'department_operator:tax:新诉求待受理',
      'department_operator:kjj:转办诉求待受理',
    ]);

    const late = await fileAsA(
      { category: 'policy', title: '研发费用加计扣除', body: '季度预缴时如何申报纳税' },
      '2026-03-02',
    );
    await handleRequest(db(), { id: late.id, action: 'accept', actor: official('tax') }, { today: '2026-03-03' });
    const extended = await transferRequest(
      db(),
      { id: late.id, departmentCode: 'kjj', reason: '属科技型企业政策', actor: official('tax') },
      { today: '2026-03-06' },
    );
    assert.equal(
      extended.dueOn,
      '2026-03-10',
      'two working days after Friday 6 March, later than the original 9 March',
    );
    const history = (await showRequest(db(), late.id, { kind: 'all' })).history;
    assert.deepEqual(history.at(-1), {
      ...history.at(-1)!,
      action: 'transfer',
      fromState: 'accepted',
      toState: 'submitted',
      departmentCode: 'kjj',
      note: '属科技型企业政策',
      actor: 'tax-operator',
    });
  });

  test('an overdue request is escalated once per deadline, telling its department and the administrators, and again only after a new deadline passes', async () => {
    const filed = await fileAsA({}, '2026-03-02');
    const ids = (run: Awaited<ReturnType<typeof escalateOverdueRequests>>) => run.escalated.map((item) => item.id);
    assert.ok(
      !ids(await escalateOverdueRequests(db(), { today: '2026-03-09' })).includes(filed.id),
      'due that day: not yet overdue',
    );
    const first = await escalateOverdueRequests(db(), { today: '2026-03-10' });
    assert.ok(ids(first).includes(filed.id));
    assert.ok(first.messages >= 2);
    assert.ok(
      !ids(await escalateOverdueRequests(db(), { today: '2026-03-10' })).includes(filed.id),
      'a second run the same day escalates nothing again',
    );
    assert.ok(
      !ids(await escalateOverdueRequests(db(), { today: '2026-03-11' })).includes(filed.id),
      'nor the next day',
    );
    const escalated = await showRequest(db(), filed.id, { kind: 'all' }, { today: '2026-03-11' });
    assert.deepEqual(
      [
        escalated.escalatedOn,
        escalated.escalationCount,
        escalated.deadline.isOverdue,
        escalated.history.at(-1)?.actionLabel,
      ],
      ['2026-03-10', 1, true, '超期督办'],
    );
    assert.deepEqual(await staffTitles(filed.id), [
      'department_operator:scjg:新诉求待受理',
      'department_operator:scjg:诉求超期督办',
      'admin:-:诉求超期督办',
    ]);
    const overdue = await listRequests(
      db(),
      { kind: 'department', departmentCode: 'scjg' },
      { isOverdue: true, limit: 200 },
      { today: '2026-03-11' },
    );
    assert.ok(overdue.items.some((item) => item.id === filed.id));

    const moved = await transferRequest(
      db(),
      { id: filed.id, departmentCode: 'yjgl', reason: '涉及安全生产检查', actor: ADMIN },
      { today: '2026-03-11' },
    );
    assert.equal(moved.dueOn, '2026-03-13');
    assert.ok(!ids(await escalateOverdueRequests(db(), { today: '2026-03-13' })).includes(filed.id));
    assert.ok(
      ids(await escalateOverdueRequests(db(), { today: '2026-03-16' })).includes(filed.id),
      'the new deadline passed too',
    );
    assert.equal((await showRequest(db(), filed.id, { kind: 'all' })).escalationCount, 2);
  });

  test('a bad rating reopens the case once for rectification with a new deadline; a bad rating of the rectified answer closes it as unsatisfied and flags it for supervision', async () => {
    const filed = await fileAsA({}, '2026-03-02');
    await answer(filed.id, 'scjg', '2026-03-04');
    await assert.rejects(
      rateRequest(db(), {
        id: filed.id,
        rating: 'dissatisfied',
        actor: enterpriseA.actor,
        enterpriseId: enterpriseA.id,
      }),
      { userMessage: '字段“评价说明”：评价为“不满意”时请说明不满意的原因，以便承办部门整改' },
    );
    const other = await db()
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    await assert.rejects(
      rateRequest(db(), { id: filed.id, rating: 'satisfied', actor: enterpriseA.actor, enterpriseId: other.id }),
      { code: 'FORBIDDEN' },
    );
    const reopened = await rateRequest(
      db(),
      {
        id: filed.id,
        rating: 'dissatisfied',
        comment: '检查次数并未减少',
        actor: enterpriseA.actor,
        enterpriseId: enterpriseA.id,
      },
      { today: '2026-03-05' },
    );
    assert.deepEqual([reopened.state, reopened.rectificationDueOn], ['rectifying', '2026-03-12']);
    assert.equal((await showRequest(db(), filed.id, { kind: 'all' }, { today: '2026-03-05' })).dueOn, '2026-03-12');
    await assert.rejects(
      rateRequest(db(), { id: filed.id, rating: 'satisfied', actor: enterpriseA.actor, enterpriseId: enterpriseA.id }),
      { code: 'PRECONDITION_FAILED', userMessage: '诉求当前状态为“整改中”，不能执行“评价”' },
    );
    assert.ok((await staffTitles(filed.id)).includes('department_operator:scjg:差评诉求待整改'));
    assert.equal((await inboxTitles()).at(-1), '诉求已重新办理');

    await handleRequest(
      db(),
      { id: filed.id, action: 'answer', text: '已重新协调，本月不再安排同类检查。', actor: official('scjg') },
      { today: '2026-03-10' },
    );
    const closed = await rateRequest(
      db(),
      {
        id: filed.id,
        rating: 'very_dissatisfied',
        comment: '仍在重复检查',
        actor: enterpriseA.actor,
        enterpriseId: enterpriseA.id,
      },
      { today: '2026-03-11' },
    );
    assert.deepEqual([closed.state, closed.isFlaggedForSupervision], ['closed', true]);
    const detail = await showRequest(db(), filed.id, { kind: 'all' });
    assert.deepEqual(
      [detail.outcome, detail.reopenCount, detail.firstAnsweredOn, detail.rating?.label],
      ['unsatisfied', 1, '2026-03-04', '非常不满意'],
    );
    assert.ok((await staffTitles(filed.id)).includes('admin:-:不满意诉求列入督查'));
    const flagged = await listRequests(db(), { kind: 'all' }, { isFlaggedForSupervision: true, limit: 200 });
    assert.ok(flagged.items.some((item) => item.id === filed.id));
    assert.equal((await inboxTitles()).at(-1), '诉求已办结');
  });

  test('an answered case is closed as unrated only once the rating window has passed', async () => {
    const filed = await fileAsA({}, '2026-03-02');
    await answer(filed.id, 'scjg', '2026-03-04');
    await assert.rejects(
      handleRequest(db(), { id: filed.id, action: 'close', actor: official('scjg') }, { today: '2026-03-11' }),
      { userMessage: '答复后等待诉求人评价至 2026-03-11，期满仍未评价的方可按“未评价”办结' },
    );
    await handleRequest(db(), { id: filed.id, action: 'close', actor: official('scjg') }, { today: '2026-03-12' });
    assert.equal((await showRequest(db(), filed.id, { kind: 'all' })).outcomeLabel, '未评价办结');
  });

  test('a duplicate linked to an earlier request follows its answer, at once when the original was already answered', async () => {
    const original = await fileAsA({}, '2026-03-02');
    const repeat = await fileAsA({ title: '再次反映：检查过多' }, '2026-03-03');
    const linked = await linkDuplicateRequest(
      db(),
      { id: repeat.id, originalId: original.id, reason: '同一企业就同一事项重复提交', actor: official('scjg') },
      { today: '2026-03-03' },
    );
    assert.deepEqual(linked, { id: repeat.id, state: 'submitted', duplicateOf: original.id });
    const third = await fileAsA({ title: '第三次反映' }, '2026-03-03');
    await assert.rejects(
      linkDuplicateRequest(db(), { id: third.id, originalId: repeat.id, reason: '重复', actor: official('scjg') }),
      {
        userMessage: `字段“原诉求”：诉求 ${repeat.id} 本身是诉求 ${original.id} 的重复件，请关联到原诉求 ${original.id}`,
      },
    );
    const answered = await answer(original.id, 'scjg', '2026-03-04', '已合并检查。');
    assert.deepEqual(answered.followers, [repeat.id]);
    const follower = await showRequest(db(), repeat.id, { kind: 'all' });
    assert.deepEqual(
      [follower.state, follower.answer?.text, follower.duplicateOf],
      ['answered', '已合并检查。', original.id],
    );
    assert.equal(follower.history.at(-1)?.actionLabel, '随原诉求答复');
    assert.deepEqual((await showRequest(db(), original.id, { kind: 'all' })).duplicates, [repeat.id]);

    const lateRepeat = await linkDuplicateRequest(
      db(),
      { id: third.id, originalId: original.id, reason: '同一事项', actor: ADMIN },
      { today: '2026-03-05' },
    );
    assert.equal(
      lateRepeat.state,
      'answered',
      'the original was already answered: the duplicate gets its answer at once',
    );
  });

  test('a credit request that names one of the enterprise’s records is answered at once with the way to the objection workflow', async () => {
    const filed = await fileAsA(
      {
        category: 'credit',
        title: '处罚记录有误',
        body: '该处罚已被复议撤销',
        recordId: fixture.records.aOwnDepartment,
      },
      '2026-03-02',
    );
    assert.equal(filed.state, 'answered');
    assert.equal(filed.objectionHint?.path, '/api/objections');
    assert.equal(filed.objectionHint?.recordId, fixture.records.aOwnDepartment);
    const detail = await showRequest(db(), filed.id, { kind: 'all' });
    assert.match(detail.answer!.text, /请通过“异议申请”/);
    assert.deepEqual(
      detail.history.map((step) => step.action),
      ['submit', 'point_to_objection'],
    );
    await assert.rejects(
      fileAsA({ category: 'credit', title: '别家记录', body: '……', recordId: fixture.records.b }, '2026-03-02'),
      { code: 'FORBIDDEN', userMessage: '只能就本企业的信用记录提出诉求' },
    );
    const plain = await fileAsA({ category: 'credit', title: '信用修复流程', body: '想了解信用修复' }, '2026-03-02');
    assert.deepEqual(
      [plain.state, plain.objectionHint],
      ['submitted', null],
      'a credit question that names no record is an ordinary request',
    );
  });

  test('a visitor files with a mobile number that is stored protected and shown masked, and follows the case only with the tracking code and that number', async () => {
    await assert.rejects(
      fileRequest(
        db(),
        {
          requestType: 'request',
          category: 'utilities',
          title: '停电',
          body: '园区停电',
          phone: '027-60586058',
          actor: '访客',
        },
        () => key,
      ),
      {
        userMessage: '字段“手机号码”：未登录提交诉求须填写有效的中国大陆手机号码（11 位数字，以 1 开头，第二位为 3–9）',
      },
    );
    const filed = await fileRequest(
      db(),
      {
        requestType: 'complaint',
        category: 'utilities',
        title: '园区频繁停电',
        body: '本月停电三次',
        phone: '139 0000 1111',
        actor: '访客',
      },
      () => key,
      { today: '2026-03-02' },
    );
    assert.equal(filed.departmentCode, 'power');
    const row = await db().selectFrom('requests').selectAll().where('id', '=', filed.id).executeTakeFirstOrThrow();
    assert.equal(row.phone_masked, '1390***1111');
    assert.ok(!row.phone_cipher!.includes('13900001111'));
    const listed = await listRequests(db(), { kind: 'all' }, { limit: 200 }, { today: '2026-03-02' });
    assert.equal(listed.items.find((item) => item.id === filed.id)?.requester.phoneMasked, '1390***1111');
    assert.ok(!JSON.stringify(listed).includes('13900001111'));
    const audit = await db()
      .selectFrom('audit_events')
      .select('payload')
      .where('subject_type', '=', 'request')
      .where('subject_id', '=', String(filed.id))
      .execute();
    assert.ok(!JSON.stringify(audit).includes('13900001111'), 'the audit trail has the masked number only');

    const tracked = await trackRequest(
      db(),
      { trackingCode: filed.trackingCode.toLowerCase(), phone: '+86 13900001111' },
      () => key,
      { today: '2026-03-02' },
    );
    assert.deepEqual([tracked.id, tracked.stateLabel, tracked.history.length], [filed.id, '待受理', 1]);
    for (const attempt of [
      { trackingCode: filed.trackingCode, phone: '13900001112' },
      { trackingCode: 'QH0000000000', phone: '13900001111' },
    ]) {
      await assert.rejects(
        trackRequest(db(), attempt, () => key),
        { code: 'NOT_FOUND', userMessage: '未找到与该查询码和手机号码对应的诉求，请核对后重试' },
      );
    }
  });

  test('the monthly analysis gives the known figures of a small set per department and category, and exports them to a workbook', async () => {
    // January 2026: 元旦 1–3 January, Sunday 4 January a working day.
    const c1 = await fileAsA({}, '2026-01-05');
    await answer(c1.id, 'scjg', '2026-01-07');
    await rateRequest(
      db(),
      { id: c1.id, rating: 'satisfied', actor: enterpriseA.actor, enterpriseId: enterpriseA.id },
      { today: '2026-01-08' },
    );
    const c2 = await fileAsA({}, '2026-01-05');
    assert.equal(c2.dueOn, '2026-01-12');
    await answer(c2.id, 'scjg', '2026-01-13');
    await rateRequest(
      db(),
      {
        id: c2.id,
        rating: 'dissatisfied',
        comment: '答复太晚',
        actor: enterpriseA.actor,
        enterpriseId: enterpriseA.id,
      },
      { today: '2026-01-14' },
    );
    await fileAsA({ category: 'other', title: '希望增设园区公交站点', body: '员工通勤不便' }, '2026-01-06');

    const analysis = await analyzeRequestMonths(db(), {
      from: '2026-01',
      to: '2026-01',
      viewer: { kind: 'all' },
      asOf: '2026-02-02',
    });
    assert.equal(analysis.months.length, 1);
    const { total, byDepartment, byCategory } = analysis.months[0]!;
    assert.deepEqual(
      [
        total.volume,
        total.answered,
        total.meanResponseWorkingDays,
        total.medianResponseWorkingDays,
        total.overdue,
        total.overdueRate,
        total.rated,
        total.satisfied,
        total.satisfactionRate,
      ],
      [3, 2, 4, 4, 2, 0.6667, 2, 1, 0.5],
    );
    assert.deepEqual(
      byDepartment.map((item) => [item.departmentName, item.metrics.volume, item.metrics.overdue]),
      [
        ['华容区发展和改革经济信息化局', 1, 1],
        ['华容区市场监督管理局', 2, 1],
      ],
    );
    assert.deepEqual(
      byCategory.map((item) => [item.categoryLabel, item.metrics.volume]),
      [
        ['执法', 2],
        ['其他', 1],
      ],
    );
    const scjgOnly = await analyzeRequestMonths(db(), {
      from: '2026-01',
      to: '2026-01',
      viewer: { kind: 'department', departmentCode: 'scjg' },
      asOf: '2026-02-02',
    });
    assert.equal(scjgOnly.months[0]!.total.volume, 2, 'a department sees its own cases only');
    await assert.rejects(analyzeRequestMonths(db(), { from: '2026-02', to: '2026-01', viewer: { kind: 'all' } }), {
      userMessage: '查询参数“from”（2026-02）不能晚于“to”（2026-01）',
    });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeRequestAnalysisXlsx(analysis)) as never);
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['按月汇总', '按部门', '按类别', '部门与类别', '统计口径'],
    );
    const summary = workbook.getWorksheet('按月汇总')!;
    assert.deepEqual((summary.getRow(1).values as unknown[]).slice(1, 7), [
      '月份',
      '诉求量',
      '已答复',
      '平均响应（工作日）',
      '响应中位数（工作日）',
      '超期件数',
    ]);
    assert.deepEqual((summary.getRow(2).values as unknown[]).slice(1, 7), ['2026-01', 3, 2, 4, 4, 2]);
    assert.equal(workbook.getWorksheet('按部门')!.rowCount, 3, 'a header and one row per department');
  });
});
