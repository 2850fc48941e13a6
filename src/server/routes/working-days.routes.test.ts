import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

const SAMPLE_2027 = fs.readFileSync(path.join(import.meta.dirname, '../../../docs/holidays-2027.sample.yaml'), 'utf8');

describeOnEachEngine('the holiday calendar console over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions: Record<string, string> = {};
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'reviewer'] as const) sessions[role] = await fixture.logIn(role);
  });
  after(async () => {
    await fixture?.close();
  });
  const as = (role: 'admin' | 'reviewer', request: InjectOptions) => fixture.injectAs(role, request, sessions[role]);

  test('a bad arrangement file is refused with the row, field and reason in Chinese, and the calendar still ends with 2026', async () => {
    const bad = SAMPLE_2027.replace('  - { name: 春节, from: 2027-02-05, to: 2027-02-13 }\n', '').replace(
      '[2027-02-20,',
      '[2027-02-17, 2027-01-02,',
    );
    const refused = await as('admin', { method: 'POST', url: '/api/working-days/years', payload: { text: bad } });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.equal(
      refused.json().error.message,
      '节假日安排文件有误：文件字段“holidays”：缺少法定节假日：春节（须列出全年的全部节假日）；' +
        '调休上班日第 1 项字段“workdays”：2027-02-17 不是周六或周日，调休上班日只能是周末；' +
        '调休上班日第 2 项字段“workdays”：2027-01-02 已在放假安排第 1 项（元旦）中出现，同一日期不能出现两次',
    );
    const broken = await as('admin', {
      method: 'POST',
      url: '/api/working-days/years',
      payload: { text: 'year: 2027\nholidays: [\n' },
    });
    assert.equal(broken.statusCode, 400);
    assert.match(broken.json().error.message, /^节假日安排文件有误：第 \d+ 行字段“-”：不是有效的 YAML 或 JSON 文件$/);
    const years = (await as('reviewer', { method: 'GET', url: '/api/working-days/years' })).json();
    assert.equal(years.lastCoveredDay, '2026-12-31');
    const year2024 = years.years.find((row: { year: number }) => row.year === 2024);
    assert.equal(year2024.referenceText, '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）');
  });

  test("an open objection's deadline says it is not covered until an admin loads 2027; a reviewer may read the calendar but not load it", async () => {
    const db = current().db;
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
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
    const deadlineOf = async () =>
      (await as('reviewer', { method: 'GET', url: '/api/objections?state=accepted' }))
        .json()
        .items.find((item: { id: number }) => item.id === objection.id).deadline;
    assert.deepEqual([(await deadlineOf()).dueOn, (await deadlineOf()).isCovered], ['2027-01-07', false]);
    const refused = await as('reviewer', {
      method: 'POST',
      url: '/api/working-days/years',
      payload: { text: SAMPLE_2027 },
    });
    assert.equal(refused.statusCode, 403);
    const loaded = await as('admin', {
      method: 'POST',
      url: '/api/working-days/years',
      payload: { text: SAMPLE_2027 },
    });
    assert.equal(loaded.statusCode, 200, loaded.body);
    assert.deepEqual([loaded.json().year, loaded.json().holidayDays, loaded.json().workdays], [2027, 29, 4]);
    assert.deepEqual(
      [(await deadlineOf()).dueOn, (await deadlineOf()).isCovered],
      ['2027-01-08', true],
      'the open objection was recomputed and is covered',
    );
    const years = (await as('reviewer', { method: 'GET', url: '/api/working-days/years' })).json();
    assert.equal(years.lastCoveredDay, '2027-12-31');
    const year = years.years.find((item: { year: number }) => item.year === 2027);
    assert.deepEqual(
      [year.source, year.holidays[1]],
      ['loaded', { name: '春节', from: '2027-02-05', to: '2027-02-13', days: 9 }],
    );
    assert.deepEqual(
      [year.loadedBy, year.loadedByName],
      ['admin', '系统管理员（演示）'],
      'the page names the person who loaded the year, next to the account',
    );
  });
});
