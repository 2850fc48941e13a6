import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { reportDigest } from '../../services/report/sign-report.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

describeOnEachEngine('the credit report over HTTP', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current());
  });
  const publish = () => ensurePublishedModel(current());

  test('while no model version is published, no report can be issued, and the answer says why', async () => {
    const response = await fixture.injectAs('admin', {
      method: 'GET',
      url: `/api/enterprises/${fixture.enterpriseA}/report`,
    });
    assert.equal(response.statusCode, 409);
    assert.match(response.json().error.message, /尚未发布评价模型/);
    await publish();
  });
  after(async () => {
    await fixture?.close();
  });
  const reportUrl = (query = '') => `/api/enterprises/${fixture.enterpriseA}/report${query}`;

  test('an administrator gets the full report as JSON, complete (its digest matches) and numbered', async () => {
    const response = await fixture.injectAs('admin', { method: 'GET', url: reportUrl('?asOf=2026-11-01') });
    assert.equal(response.statusCode, 200);
    const report = response.json();
    assert.equal(report.audience, 'full');
    assert.equal(report.enterprise.name, '鄂州甲科技有限公司');
    assert.equal(report.enterprise.legalRepresentative, '张*明');
    assert.equal(report.evaluation.asOf, '2026-11-01');
    assert.equal(response.headers['x-report-number'], report.number);
    assert.equal(reportDigest(report), report.verification.digest, 'nothing of the report was lost on the way');
    assert.ok(
      !response.body.includes('cipher') && !response.body.includes(fixture.personalIdNumber),
      'no personal data',
    );
  });

  test('the PDF and the HTML page come with their content types; the PDF is a download named after its number', async () => {
    const pdf = await fixture.injectAs('enterprise', { method: 'GET', url: reportUrl('?format=pdf') });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.match(
      String(pdf.headers['content-disposition']),
      /^attachment; filename="XP-420703-\d{8}-\d{6}\.pdf"; filename\*=UTF-8''/,
    );
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const html = await fixture.injectAs('reviewer', { method: 'GET', url: reportUrl('?format=html') });
    assert.equal(html.statusCode, 200);
    assert.equal(html.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(html.body, /^<!doctype html>/);
    assert.ok(html.body.includes('华市监罚〔2025〕1号'));
  });

  test('department operators and inspectors get the public version only; the enterprise gets only its own; banks are refused unless the enterprise is shared with them', async () => {
    const operator = await fixture.injectAs('department_operator', { method: 'GET', url: reportUrl() });
    assert.equal(operator.statusCode, 200);
    assert.equal(operator.json().audience, 'public');
    assert.equal(operator.json().enterprise.legalRepresentative, null);
    const full = await fixture.injectAs('inspector', { method: 'GET', url: reportUrl('?audience=full') });
    assert.equal(full.statusCode, 403);
    assert.equal(
      full.json().error.message,
      '数据报送单位、检查人员及未经企业授权的金融机构只能获取公示版信用报告（audience=public）',
    );
    const other = await fixture.injectAs('enterprise', {
      method: 'GET',
      url: `/api/enterprises/${fixture.enterpriseB}/report`,
    });
    assert.equal(other.statusCode, 403);
    assert.equal((await fixture.injectAs('bank', { method: 'GET', url: reportUrl() })).statusCode, 403);
    assert.equal((await fixture.injectAs('anonymous', { method: 'GET', url: reportUrl() })).statusCode, 401);
  });

  test('a bad format or date is refused with the field named in Chinese', async () => {
    const response = await fixture.injectAs('admin', { method: 'GET', url: reportUrl('?format=doc&asOf=2026-13') });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().error.message, /查询参数字段“格式”/);
    assert.match(response.json().error.message, /查询参数字段“基准日”应为 YYYY-MM-DD 格式的日期/);
  });

  test('anyone can verify a report by number and code without logging in, and learns only whom it was issued for, when, and the grade', async () => {
    const report = (await fixture.injectAs('admin', { method: 'GET', url: reportUrl() })).json();
    const verified = await fixture.app.inject({
      method: 'GET',
      url: `/verify/${report.number}?code=${report.verification.code}`,
    });
    assert.equal(verified.statusCode, 200);
    assert.deepEqual(Object.keys(verified.json()).sort(), [
      'enterpriseName',
      'grade',
      'gradeLabel',
      'issuedOn',
      'message',
      'number',
      'uscc',
    ]);
    assert.equal(verified.json().grade, report.evaluation.grade);

    const forged = await fixture.app.inject({
      method: 'GET',
      url: `/verify/${report.number}?code=${report.verification.code}&grade=${report.evaluation.grade === 'A' ? 'B' : 'A'}`,
    });
    assert.equal(forged.statusCode, 404);
    assert.match(forged.json().error.message, /所持报告已被改动/);
    const wrong = await fixture.app.inject({ method: 'GET', url: `/verify/${report.number}?code=0000-0000-0000-0000` });
    assert.equal(wrong.statusCode, 404);
    assert.match(wrong.json().error.message, /^核验未通过：没有编号为/);
    const missing = await fixture.app.inject({ method: 'GET', url: `/verify/${report.number}` });
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().error.message, /验证码/);
  });
});
