import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { notifyDeadlines } from '../../services/notifications/notify-deadlines.ts';
import { commitBatch } from '../../services/records/commit-batch.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('a scanned certificate'),
]);
const PDF = Buffer.from('%PDF-1.7\nreceipt of the fine\n%%EOF');

describeOnEachEngine('notifications, deadlines and attachment downloads over HTTP', (current) => {
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
  const upload = async (content: Buffer, fileName: string) =>
    (
      await call('enterprise', 'POST', '/api/attachments', { fileName, contentBase64: content.toString('base64') })
    ).json().sha256 as string;

  test('the inbox is paged newest first, counts unread messages, and marks one or all read', async () => {
    const first = (await call('enterprise', 'GET', '/api/inbox?limit=2')).json();
    assert.ok(first.total >= 2, 'the fixture penalties were announced');
    assert.equal(first.items.length, 2);
    assert.ok(first.items[0].id > first.items[1].id, 'newest first');
    const second = (await call('enterprise', 'GET', '/api/inbox?limit=2&offset=2')).json();
    assert.equal(second.items.length, Math.min(2, first.total - 2));
    assert.ok(second.items.every((item: { id: number }) => item.id < first.items[1].id));
    assert.equal(first.unread, first.total);

    const read = await call('enterprise', 'POST', `/api/inbox/${first.items[0].id}/read`);
    assert.deepEqual(read.json(), { updated: 1 });
    assert.deepEqual(
      (await call('enterprise', 'POST', `/api/inbox/${first.items[0].id}/read`)).json(),
      { updated: 0 },
      'reading again changes nothing',
    );
    const after = (await call('enterprise', 'GET', '/api/inbox?limit=2')).json();
    assert.equal(after.items[0].isRead, true);
    assert.equal(after.unread, first.unread - 1);
    const unread = (await call('enterprise', 'GET', '/api/inbox?unread=true')).json();
    assert.ok(
      unread.items.length > 0 && unread.items.every((item: { isRead: boolean }) => !item.isRead),
      'the others are still unread',
    );

    const messageOfB = await current()
      .db.selectFrom('notifications as n')
      .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
      .select('n.id')
      .where('e.uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    assert.equal(
      (await call('enterprise', 'POST', `/api/inbox/${messageOfB.id}/read`)).statusCode,
      403,
      'another enterprise’s message is refused',
    );
    assert.equal((await call('enterprise', 'POST', '/api/inbox/999999/read')).statusCode, 404);
    const all = (await call('enterprise', 'POST', '/api/inbox/read-all')).json();
    assert.equal(all.updated, after.unread);
    assert.equal((await call('enterprise', 'GET', '/api/inbox')).json().unread, 0);
  });

  test('a listing on the 严重违法失信名单 lowers the grade, and the enterprise is told its grade changed', async () => {
    const before = (await call('admin', 'GET', `/api/enterprises/${fixture.enterpriseA}/report`)).json().evaluation
      .grade;
    const listedOn = addDays(todayInDistrict(), -3);
    const result = await commitBatch(
      current().db,
      {
        departmentCode: 'scjg',
        kind: 'serious_dishonesty_list',
        fileName: 'list.json',
        fileHash: 'list',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [
        [
          {
            sourceRow: 2,
            subjectUscc: fixture.enterpriseA,
            subjectName: '鄂州甲科技有限公司',
            kind: 'serious_dishonesty_list',
            naturalKey: `${fixture.enterpriseA}|${listedOn}|华容区市场监督管理局`,
            departmentCode: 'scjg',
            status: 'active',
            occurredOn: listedOn,
            endsOn: null,
            level: '严重',
            subtype: '拒不履行行政处罚决定',
            grade: null,
            amount: null,
            quantity: null,
            fields: {
              listing_reason: '拒不履行行政处罚决定',
              listed_on: listedOn,
              listing_authority: '华容区市场监督管理局',
              decision_number: '华市监列严〔2026〕1号',
            },
          },
        ],
      ],
      () => ({ commit: true, totalRows: 1, rejectedRows: 0 }),
    );
    assert.equal(result.reevaluation?.enterprises, 1);
    assert.equal(result.notifications?.messages, 1, 'the new negative record is announced');
    const now = (await call('admin', 'GET', `/api/enterprises/${fixture.enterpriseA}/report`)).json().evaluation.grade;
    assert.equal(now, 'D', 'the listing caps the grade');
    assert.notEqual(before, now);
    assert.equal(result.notifications?.gradeChanges, 1);
    const inbox = (await call('enterprise', 'GET', '/api/inbox?limit=5')).json().items;
    const change = inbox.find((item: { topic: string }) => item.topic === 'grade');
    assert.equal(change.title, '信用评价等级下调');
    assert.match(change.body, new RegExp(`^贵企业的信用评价等级由 ${before} 调整为 D`));
    assert.ok(inbox.some((item: { title: string }) => item.title === '新增严重违法失信名单信息'));
  });

  test('the daily run reminds reviewers of cases nearly due and tells the enterprise when a repair date has come, once each', async () => {
    const today = todayInDistrict();
    const filed = await call('enterprise', 'POST', '/api/objections', {
      recordId: fixture.records.aOtherDepartment,
      reason: '处罚金额有误',
      attachments: [],
    });
    assert.equal(filed.statusCode, 201, filed.body);
    await call('reviewer', 'POST', `/api/objections/${filed.json().id}/decision`, { action: 'accept' });
    await current()
      .db.updateTable('objections')
      .set({ due_on: addDays(today, 1) })
      .where('id', '=', filed.json().id)
      .execute();
    // A notice issued before its date: the day comes, the enterprise is told.
    const notice = await current()
      .db.selectFrom('repair_notices')
      .select(['id'])
      .where('record_id', '=', fixture.records.aOwnDepartment)
      .executeTakeFirstOrThrow();
    await current().db.updateTable('repair_notices').set({ reminded_on: null }).where('id', '=', notice.id).execute();

    const run = await notifyDeadlines(current().db, today);
    assert.ok(run.reviewerReminders >= 1);
    assert.ok(run.repairReminders >= 1);
    assert.deepEqual(
      await notifyDeadlines(current().db, today),
      { reviewerReminders: 0, repairReminders: 0 },
      'a second run the same day sends nothing again',
    );

    const staff = (await call('reviewer', 'GET', '/api/staff-messages')).json().items;
    const reminder = staff.find(
      (item: { subjectType: string; subjectId: string }) =>
        item.subjectType === 'objection' && item.subjectId === String(filed.json().id),
    );
    assert.equal(reminder.title, '异议申请即将到期');
    assert.match(reminder.body, /还剩 [01] 个工作日/);
    assert.equal((await call('enterprise', 'GET', '/api/staff-messages')).statusCode, 403);
    const inbox = (await call('enterprise', 'GET', '/api/inbox?limit=10')).json().items;
    const told = inbox.find(
      (item: { subjectType: string; subjectId: string; title: string }) =>
        item.title === '可以申请信用修复' && item.subjectId === String(notice.id),
    );
    assert.match(told.body, /^贵企业的行政处罚信息（华市监罚〔2025〕1号）自 \d{4}-\d{2}-\d{2} 起可以申请信用修复/);
  });

  test('an accepted repair application carries its review deadline in working days', async () => {
    const proof = await upload(PDF, '缴款凭证.pdf');
    const applied = await call('enterprise', 'POST', '/api/repairs', {
      recordId: fixture.records.aOwnDepartment,
      correction: '已缴清罚款并整改',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(applied.statusCode, 201, applied.body);
    const listedBefore = (await call('reviewer', 'GET', '/api/repairs'))
      .json()
      .items.find((item: { id: number }) => item.id === applied.json().id);
    assert.equal(listedBefore.deadline.dueOn, null, 'no deadline before acceptance');
    await call('reviewer', 'POST', `/api/repairs/${applied.json().id}/decision`, { action: 'accept' });
    const listed = (await call('reviewer', 'GET', '/api/repairs?state=accepted'))
      .json()
      .items.find((item: { id: number }) => item.id === applied.json().id);
    assert.equal(listed.deadline.workingDaysLeft, 15, 'repair_review_working_days (catalog/workflow-deadlines.yaml)');
    assert.equal(listed.deadline.isOverdue, false);
    assert.match(listed.details.due_on, /^\d{4}-\d{2}-\d{2}$/);
  });

  test('an attachment is downloaded by its owner, by reviewers once its owner files it with a case, and by no one else', async () => {
    const sha = await upload(PNG, '证书 扫描件.png');
    const own = await call('enterprise', 'GET', `/api/attachments/${sha}`);
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers['content-type'], 'image/png');
    assert.match(
      String(own.headers['content-disposition']),
      /^attachment; filename="[0-9a-f]{16}\.png"; filename\*=UTF-8''%E8%AF%81%E4%B9%A6%20/,
    );
    assert.equal(own.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(own.rawPayload, PNG);
    assert.equal(
      (await call('reviewer', 'GET', `/api/attachments/${sha}`)).statusCode,
      404,
      'not yet part of any case',
    );
    const declared = await call('enterprise', 'POST', '/api/declarations', {
      kind: 'honor',
      fields: {
        荣誉名称: '守合同重信用企业',
        荣誉级别: '省级',
        荣誉类型: '守合同重信用',
        授予单位: '湖北省市场监督管理局',
        授予日期: '2026-06-01',
      },
      attachments: [sha],
    });
    assert.equal(declared.statusCode, 201, declared.body);
    assert.equal((await call('reviewer', 'GET', `/api/attachments/${sha}`)).statusCode, 200);
    assert.equal((await call('department_operator', 'GET', `/api/attachments/${sha}`)).statusCode, 403);
    const unknown = await call('enterprise', 'GET', `/api/attachments/${'0'.repeat(64)}`);
    assert.equal(unknown.statusCode, 404);

    // A file another enterprise uploaded: answered exactly like one that does not exist.
    const foreign = 'f'.repeat(64);
    fs.writeFileSync(path.join(fixture.dataDir, 'attachments', foreign), PDF);
    await current()
      .db.insertInto('attachments')
      .values({
        sha256: foreign,
        media_type: 'application/pdf',
        size_bytes: PDF.length,
        file_name: '别家.pdf',
        uploaded_by: 'other-enterprise',
      })
      .execute();
    const refused = await call('enterprise', 'GET', `/api/attachments/${foreign}`);
    assert.equal(refused.statusCode, 404);
    assert.equal(refused.json().error.message, '未找到该附件，或无权查看该附件');
    assert.equal(refused.body, unknown.body);
  });
});
