import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { createSecretKey } from '../import/protect-personal.ts';
import { fileRequest } from '../requests/file-request.ts';
import { injectWorkflowDeadlinesFileForTests, loadWorkflowDeadlinesFile } from '../../catalog/workflow-deadlines.ts';
import { addWorkingDays } from '../../domain/working-days.ts';
import { loadHolidayYear } from './load-holiday-year.ts';
import { readHolidayCalendar } from './read-holiday-calendar.ts';
import { remindCalendarEnd } from './remind-calendar-end.ts';

const SAMPLE_2027 = fs.readFileSync(path.join(import.meta.dirname, '../../../docs/holidays-2027.sample.yaml'), 'utf8');

describeOnEachEngine('loading a year of the holiday calendar', (store) => {
  test('admins are reminded once, from 60 days before the loaded calendar ends', async () => {
    assert.equal((await remindCalendarEnd(store().db, '2026-10-31')).isReminded, false, '61 days before 2026-12-31');
    assert.deepEqual(await remindCalendarEnd(store().db, '2026-11-01'), {
      lastCoveredDay: '2026-12-31',
      isReminded: true,
    });
    assert.equal(
      (await remindCalendarEnd(store().db, '2026-11-02')).isReminded,
      false,
      'the same end date is reminded once',
    );
    const messages = await store()
      .db.selectFrom('staff_messages')
      .select(['role', 'title', 'body'])
      .where('topic', '=', 'calendar')
      .execute();
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.role, 'admin');
    assert.equal(messages[0]!.title, '请载入 2027 年节假日安排');
    assert.ok(messages[0]!.body.startsWith('已载入的节假日安排只到 2026-12-31（还有 60 天）。'), messages[0]!.body);
  });

  test('loading 2027 recomputes the open objection and request deadlines counted across it, audits it and tells the enterprise', async () => {
    const db = store().db;
    const enterprise = await db
      .insertInto('enterprises')
      .values({
        uscc: makeUscc(`91420703${makeOrganizationCode('MA000071')}`),
        name: '鄂州日历科技有限公司',
        source: 'import',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Accepted 2026-12-17: fifteen working days counted on weekends only in 2027 end on 2027-01-07 (1 January counted).
    const objection = await db
      .insertInto('objections')
      .values({
        enterprise_id: enterprise.id,
        evaluation_id: 1,
        reason: '评价有误',
        state: 'accepted',
        accepted_on: '2026-12-17',
        due_on: '2027-01-07',
        submitted_by: '企业',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const key = createSecretKey(Buffer.alloc(32, 7));
    const filed = await fileRequest(
      db,
      {
        requestType: 'request',
        category: 'utilities',
        title: '园区停水',
        body: '本周停水两次',
        phone: '13900002222',
        actor: '访客',
      },
      () => key,
      { today: '2026-12-28' },
    );
    assert.deepEqual([filed.dueOn, filed.isDeadlineCovered], ['2027-01-04', false]);

    const loaded = await loadHolidayYear(db, { text: SAMPLE_2027, actor: '王五' });
    assert.equal(loaded.year, 2027);
    assert.deepEqual(
      loaded.recomputed.map((item) => [item.subjectType, item.previousDueOn, item.dueOn, item.isCovered]),
      [
        ['objection', '2027-01-07', '2027-01-08', true],
        ['request', '2027-01-04', '2027-01-05', true],
      ],
    );
    const row = await db
      .selectFrom('objections')
      .select('due_on')
      .where('id', '=', objection.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.due_on, '2027-01-08');
    const inbox = await db
      .selectFrom('notifications')
      .select('body')
      .where('enterprise_id', '=', enterprise.id)
      .execute();
    assert.deepEqual(
      inbox.map((message) => message.body),
      [`2027 年节假日安排已载入，异议申请（编号 ${objection.id}）的办理期限由 2027-01-07 调整为 2027-01-08。`],
    );
    const audit = await db
      .selectFrom('audit_events')
      .select(['action', 'actor', 'subject_id'])
      .where('action', 'in', ['holiday_year.loaded', 'deadline.recomputed'])
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((event) => [event.action, event.actor, event.subject_id]),
      [
        ['holiday_year.loaded', '王五', '2027'],
        ['deadline.recomputed', '王五', String(objection.id)],
        ['deadline.recomputed', '王五', String(filed.id)],
      ],
    );
    const year = await db
      .selectFrom('holiday_years')
      .select(['source', 'loaded_by'])
      .where('year', '=', 2027)
      .executeTakeFirstOrThrow();
    assert.deepEqual(year, { source: 'loaded', loaded_by: '王五' });
  });

  test('a deadline keeps the limit in force on the day its case was filed when the calendar is reloaded; a case filed after a change gets the new limit', async () => {
    const db = store().db;
    // A change of the review and answer limits from 2026-11-01 (test only: the shipped file has none).
    const changed = structuredClone(loadWorkflowDeadlinesFile());
    changed.objection_review_working_days.values.push({ effective_from: '2026-11-01', value: 20, reference: '测试' });
    changed.request_answer_working_days.values.push({ effective_from: '2026-11-01', value: 10, reference: '测试' });
    injectWorkflowDeadlinesFileForTests(changed);
    try {
      const enterprise = await db
        .insertInto('enterprises')
        .values({
          uscc: makeUscc(`91420703${makeOrganizationCode('MA000072')}`),
          name: '鄂州时限科技有限公司',
          source: 'import',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      /** An objection filed (in the district) on `filedAt`, accepted 2026-12-28, with a deadline not yet recomputed. */
      const objection = async (filedAt: string) =>
        (
          await db
            .insertInto('objections')
            .values({
              enterprise_id: enterprise.id,
              evaluation_id: 1,
              reason: '评价有误',
              state: 'accepted',
              accepted_on: '2026-12-28',
              due_on: '2027-01-01',
              submitted_by: '企业',
              created_at: filedAt,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      const before = await objection('2026-10-30T02:00:00Z');
      const after = await objection('2026-11-20T02:00:00Z');
      const key = createSecretKey(Buffer.alloc(32, 8));
      const request = (today: string) =>
        fileRequest(
          db,
          {
            requestType: 'request',
            category: 'utilities',
            title: '园区停电',
            body: '本周停电',
            phone: '13900003333',
            actor: '访客',
          },
          () => key,
          { today },
        );
      const filedAfter = await request('2026-12-28');

      await loadHolidayYear(db, { text: SAMPLE_2027, actor: '王五' });
      const calendar = await readHolidayCalendar(db);
      const dueOf = async (id: number) =>
        (await db.selectFrom('objections').select('due_on').where('id', '=', id).executeTakeFirstOrThrow()).due_on;
      assert.equal(
        await dueOf(before),
        addWorkingDays(calendar, '2026-12-28', 15).date,
        'filed before: 15 working days',
      );
      assert.equal(await dueOf(after), addWorkingDays(calendar, '2026-12-28', 20).date, 'filed after: 20 working days');
      const answer = await db
        .selectFrom('requests')
        .select('due_on')
        .where('id', '=', filedAfter.id)
        .executeTakeFirstOrThrow();
      assert.equal(answer.due_on, addWorkingDays(calendar, '2026-12-28', 10).date, 'filed after: 10 working days');
      assert.notEqual(answer.due_on, addWorkingDays(calendar, '2026-12-28', 5).date);
    } finally {
      injectWorkflowDeadlinesFileForTests(undefined);
    }
  });

  test('a file with 调休 days on weekdays is refused with the row, field and reason, and nothing is loaded', async () => {
    const bad = SAMPLE_2027.replace('year: 2027', 'year: 2028').replace(/2027-/g, '2028-');
    await assert.rejects(
      loadHolidayYear(store().db, { text: bad, actor: '王五' }),
      (error: { code: string; userMessage: string }) => {
        assert.equal(error.code, 'INVALID_INPUT');
        assert.equal(
          error.userMessage,
          '节假日安排文件有误：调休上班日第 2 项字段“workdays”：2028-05-08 不是周六或周日，调休上班日只能是周末；' +
            '调休上班日第 3 项字段“workdays”：2028-09-26 不是周六或周日，调休上班日只能是周末；调休上班日第 4 项字段“workdays”：2028-10-09 不是周六或周日，调休上班日只能是周末',
        );
        return true;
      },
    );
    assert.equal(
      await store().db.selectFrom('holiday_years').select('year').where('year', '=', 2028).executeTakeFirst(),
      undefined,
    );
  });
});
