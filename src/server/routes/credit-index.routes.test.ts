import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { closeIndexMonth } from '../../services/credit-index/close-index-month.ts';
import { createIndexDistrict } from '../../services/credit-index/index-test-support.ts';
import { loadCreditIndexMethod } from '../../services/credit-index/credit-index-method.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/** The credit index on the portal: public series, the method next to the numbers, the workbook. */
describeOnEachEngine('the credit index over HTTP', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current());
    const district = await createIndexDistrict(current().db);
    await district.storeJanuary();
    await district.storeEvaluation(0, { asOf: '2025-02-12', score: 78, grade: 'B' });
    for (const month of ['2025-01', '2025-02']) await closeIndexMonth(current().db, month, { operator: '测试' });
  });
  after(async () => {
    await fixture?.close();
  });
  const get = (url: string) => fixture.injectAs('anonymous', { method: 'GET', url });

  test('anyone reads the series by industry: published groups with their numbers, the small group withheld, the method linked', async () => {
    const response = await get('/api/credit-index?dimension=industry_section&from=2025-01&to=2025-02');
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.baseMonth, '2025-01');
    assert.equal(body.method.href, '/api/credit-index/method');
    assert.match(body.method.summary, /指数 = 100 × 本月综合测度 ÷ 基期（2025-01）综合测度/);
    assert.match(body.method.summary, /0\.2 × 100 × （1 − 失信面）/, 'the reversed component is named in the formula');
    assert.deepEqual(
      body.months.map((month: { month: string; status: string }) => [month.month, month.status]),
      [
        ['2025-01', 'closed'],
        ['2025-02', 'closed'],
      ],
    );
    const [manufacturing, software] = body.series;
    assert.equal(manufacturing.group, 'C');
    assert.equal(manufacturing.points.length, 2);
    assert.ok(
      manufacturing.points.length > 0 &&
        manufacturing.points.every(
          (point: Record<string, unknown>) =>
            point.withheld === true && point.value === null && point.enterprises === null && point.meanScore === null,
        ),
    );
    assert.equal(software.label, '信息传输、软件和信息技术服务业');
    assert.deepEqual(
      software.points.map((point: { value: number }) => point.value),
      [100, 99.42],
    );
    assert.equal(software.points[0].enterprises, 12);
  });

  test('the month under way is provisional', async () => {
    const body = (await get('/api/credit-index')).json();
    const last = body.months.at(-1);
    assert.equal(last.status, 'provisional');
    assert.equal(body.series[0].points.at(-1).status, 'provisional');
    assert.equal(body.months[0].month, '2025-01', 'the series starts at the earliest closed month or the base month');
  });

  test('the method is published with its parameters, references, digest and full text', async () => {
    const response = await get('/api/credit-index/method');
    assert.equal(response.statusCode, 200);
    const method = response.json();
    assert.equal(method.digest, loadCreditIndexMethod().digest);
    assert.deepEqual(
      method.components.map((component: { code: string; weight: number }) => [component.code, component.weight]),
      [
        ['mean_score', 0.5],
        ['good_share', 0.3],
        ['poor_share', 0.2],
      ],
    );
    assert.equal(method.minGroupSize, 10);
    const base = method.references.find((reference: { topic: string }) => reference.topic === '基期');
    assert.equal(base.reference.slice(0, 9), '001 §三（二）', 'as the catalog writes it');
    assert.match(
      base.referenceText,
      /^《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第三部分第（二）项/,
    );
    assert.match(method.text, /^# 华容区科创企业信用指数 编制说明/);
    assert.match(method.readableText, /《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》/);
  });

  test('the method text a reader sees names no file, interface, command or code of the platform, and no clause by its number in the repository', async () => {
    const method = (await get('/api/credit-index/method')).json();
    const developerPatterns = [
      /§/,
      /\.ya?ml\b/i,
      /README/,
      /DOMAIN\.md/,
      /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/,
      /\b(?:GET|POST)\s+\//,
      /\/api\//,
      /\b(?:models|catalog|docs|src)\//,
      /\bxinping\s+[a-z]/,
      /`/,
      /\b00\d\s/,
      /\b(?:provisional|closed|backfill|decimals|digest)\b/,
    ];
    for (const text of [method.text, method.readableText])
      for (const pattern of developerPatterns) assert.doesNotMatch(text, pattern);
    for (const reference of method.references)
      for (const pattern of developerPatterns.slice(0, 5)) assert.doesNotMatch(reference.referenceText, pattern);
  });

  test('a month settled before the text was revised still verifies against the published method: its digest is the one the method publishes now', async () => {
    const method = (await get('/api/credit-index/method')).json();
    // The digest every month settled before the revision of 2026-12-07 carries (the method's parameters are unchanged).
    assert.equal(method.digest, '0b021a0efc7b2186a2ea3534c5ba0f764feea4414e9dc4cefd35b0b25920b0c8');
    const series = (await get('/api/credit-index?from=2025-01&to=2025-02')).json();
    assert.deepEqual(
      series.months.map((month: { month: string; status: string; methodDigest: string }) => [
        month.month,
        month.status,
        month.methodDigest,
      ]),
      [
        ['2025-01', 'closed', method.digest],
        ['2025-02', 'closed', method.digest],
      ],
    );
    assert.match(method.readableText, /## 九、本说明的修订[\s\S]*参数、公式和方法摘要\s*均未改变/);
  });

  test('the workbook holds the rows of the series and the method on a second sheet', async () => {
    const response = await get('/api/credit-index.xlsx?dimension=industry_section&from=2025-01&to=2025-02');
    assert.equal(response.statusCode, 200);
    assert.match(
      String(response.headers['content-disposition']),
      /filename\*=UTF-8''%E4%BF%A1%E7%94%A8%E6%8C%87%E6%95%B0\.xlsx/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as never);
    const rows: unknown[][] = [];
    workbook.getWorksheet('信用指数')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    assert.deepEqual(rows[0]!.slice(0, 8), [
      '月份',
      '状态',
      '数据来源',
      '维度',
      '分组代码',
      '分组名称',
      '指数',
      '综合测度',
    ]);
    assert.deepEqual(
      rows.slice(1).map((row) => row.slice(0, 7)),
      [
        ['2025-01', '已结算', '评价结果', '行业门类', 'C', '制造业', '不公布（少于 10 家）'],
        ['2025-01', '已结算', '评价结果', '行业门类', 'I', '信息传输、软件和信息技术服务业', 100],
        ['2025-02', '已结算', '评价结果', '行业门类', 'C', '制造业', '不公布（少于 10 家）'],
        ['2025-02', '已结算', '评价结果', '行业门类', 'I', '信息传输、软件和信息技术服务业', 99.42],
      ],
    );
    const method: unknown[] = [];
    workbook.getWorksheet('编制方法')!.eachRow((row) => method.push(...(row.values as unknown[]).slice(1)));
    assert.ok(method.includes(loadCreditIndexMethod().digest));
    assert.ok(
      method.some((cell) => typeof cell === 'string' && cell.includes('指数 = 100 × 本月综合测度 ÷ 基期综合测度')),
    );
    assert.ok(
      method.some((cell) => typeof cell === 'string' && cell.startsWith('《鄂州市华容区健全信用评价创新试点')),
      'the references by the documents’ titles',
    );
    assert.ok(!method.some((cell) => typeof cell === 'string' && /§|\.ya?ml\b/.test(cell)), 'no repository reference');
  });

  test('a bad query is refused in Chinese, naming the field', async () => {
    const dimension = await get('/api/credit-index?dimension=city');
    assert.equal(dimension.statusCode, 400);
    assert.match(
      dimension.json().error.message,
      /查询参数字段“分组维度”应为以下之一：全区（默认）、行政区划、行业门类、行业大类、梯次培育库层级/,
    );
    const month = await get('/api/credit-index?from=2025-13');
    assert.equal(month.statusCode, 400);
    assert.match(month.json().error.message, /查询参数字段“起始日期”.*应为 YYYY-MM 格式的月份/);
    const reversed = await get('/api/credit-index?from=2025-03&to=2025-01');
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.json().error.message, /起始月份 2025-03 晚于截止月份 2025-01/);
  });
});
