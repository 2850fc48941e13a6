import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import type { Role } from '../../domain/roles.ts';
import { createServerFixture, OTHER_DEPARTMENT, type ServerFixture } from '../server-test-fixture.ts';

/** Measures by category of dishonesty and the departments' feedback, over HTTP. */
describeOnEachEngine('measures and their feedback over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'department_operator', 'reviewer'] as const)
      sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (role: Role, method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, sessions.get(role));

  test('an enterprise never evaluated but with a published 一般 penalty gets the supervision restriction of 一般失信, naming the penalty', async () => {
    const response = await call(
      'department_operator',
      'GET',
      `/api/enterprises/${fixture.enterpriseA}/measures?scene=supervision`,
    );
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.grade, null);
    assert.deepEqual(
      body.measures.map((measure: { label: string }) => measure.label),
      ['提高抽查比例和频次'],
    );
    const [category] = body.measures[0].triggeredBy.categories;
    assert.equal(category.label, '一般失信');
    assert.deepEqual(
      category.records.map((record: { kindLabel: string; departmentCode: string }) => [
        record.kindLabel,
        record.departmentCode,
      ]),
      [['行政处罚', 'scjg']],
      'the tax penalty has ended its publicity and does not count',
    );
    assert.match(body.measures[0].referenceText, /\S/);
    assert.doesNotMatch(body.measures[0].referenceText, /\b00\d §|DOMAIN\.md/, 'the basis is named in words');
  });

  test('the measure catalog names each measure’s basis by the document’s title and clause', async () => {
    const { measures } = (await call('reviewer', 'GET', '/api/measures')).json();
    const greenChannel = measures.find((measure: { code: string }) => measure.code === 'green_channel');
    assert.ok(greenChannel, 'the catalog lists the green channel');
    assert.match(greenChannel.reference, /^00\d §/);
    assert.match(greenChannel.referenceText, /^《[^》]+》第/);
  });

  test('a department operator reports a measure applied for its own department, sees it counted, and cannot report for another department', async () => {
    const reported = await call('department_operator', 'POST', '/api/measures/feedback', {
      measure: 'heightened_supervision',
      uscc: fixture.enterpriseA,
      appliedOn: todayInDistrict(),
      result: 'applied',
      note: '列入本季度重点检查对象',
    });
    assert.equal(reported.statusCode, 201, reported.body);
    assert.equal(reported.json().departmentCode, 'scjg');

    const usage = (await call('department_operator', 'GET', '/api/measures/usage')).json();
    const row = usage.items.find((item: { code: string }) => item.code === 'heightened_supervision');
    assert.deepEqual([row.answers, row.feedbacks, row.applied], [1, 1, 1]);

    const elsewhere = await call('department_operator', 'POST', '/api/measures/feedback', {
      measure: 'heightened_supervision',
      uscc: fixture.enterpriseA,
      departmentCode: OTHER_DEPARTMENT,
      appliedOn: todayInDistrict(),
      result: 'applied',
    });
    assert.equal(elsewhere.statusCode, 403);

    const sheet = await call('reviewer', 'GET', '/api/measures/feedback.xlsx');
    assert.equal(sheet.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.rawPayload as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow((line) => rows.push((line.values as unknown[]).slice(1)));
    assert.deepEqual(rows[0], [
      '措施',
      '统一社会信用代码',
      '企业名称',
      '实施部门',
      '实施日期',
      '结果',
      '说明',
      '反馈人',
    ]);
    assert.deepEqual(
      rows.slice(1).map((line) => [line[0], line[2], line[5]]),
      [['提高抽查比例和频次', '鄂州甲科技有限公司', '已实施']],
    );
  });

  test('a feedback for an unknown measure or enterprise is refused with a message naming the field', async () => {
    const unknownMeasure = await call('admin', 'POST', '/api/measures/feedback', {
      measure: 'no_such_measure',
      uscc: fixture.enterpriseA,
      departmentCode: 'scjg',
      appliedOn: todayInDistrict(),
      result: 'applied',
    });
    assert.equal(unknownMeasure.statusCode, 400);
    assert.match(unknownMeasure.json().error.message, /措施（measure）“no_such_measure”不在信用激励与约束措施目录中/);
    const unknownEnterprise = await call('admin', 'POST', '/api/measures/feedback', {
      measure: 'heightened_supervision',
      uscc: '91420703MA4AXXXX00',
      departmentCode: 'scjg',
      appliedOn: todayInDistrict(),
      result: 'applied',
    });
    assert.equal(unknownEnterprise.statusCode, 400);
    assert.match(
      unknownEnterprise.json().error.message,
      /企业（uscc）：未找到统一社会信用代码为 91420703MA4AXXXX00 的企业/,
    );
  });
});
