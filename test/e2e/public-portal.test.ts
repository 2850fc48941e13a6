import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { listPublicRecords } from '../../src/services/public-portal/list-public-records.ts';
import { issueReport } from '../../src/services/report/issue-report.ts';
import { findCurrentGrades } from '../../src/store/evaluation.repository.ts';
import { openContext, saveScreenshot, buttonLabelled } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';
import { loadSigningKey } from '../../src/services/crypto/signing-key.ts';

const SHOTS = 'public-portal';

/** The public portal (000 §二(九)) on the demo district, as an anonymous visitor sees it in a desktop browser. */
describe('the public portal on the demo district, without logging in', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let report: { number: string; code: string; enterpriseName: string; grade: string };
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    const enterprise = await platform.store.db
      .selectFrom('enterprises')
      .select('uscc')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const issued = await issueReport(
      platform.store.db,
      { secret: platform.secretKey, signing: loadSigningKey(platform.dataDir) },
      { uscc: enterprise.uscc, audience: 'public', issuedBy: 'e2e' },
    );
    report = {
      number: issued.number,
      code: issued.verification.code,
      enterpriseName: issued.enterprise.name,
      grade: issued.evaluation.grade,
    };
  });

  const visitor = async (): Promise<Page> => (await openContext(browser, platform)).newPage();

  test('an anonymous visitor lands on the home page with the grade distribution and the latest honest cases', async () => {
    const page = await visitor();
    await measurePage(page, { name: '公众门户首页', role: 'anonymous', route: '/public', open: '/' });
    assert.equal(new URL(page.url()).pathname, '/public', 'the root sends the anonymous public to the public portal');
    await page.getByRole('img', { name: '信用等级分布柱状图' }).waitFor();
    assert.equal(await page.getByTestId('honest-case').count(), 3, 'the three latest of the seeded cases');
    await saveScreenshot(page, SHOTS, '01-home');
    await page.context().close();
  });

  test('an anonymous visitor verifies a report by its number and code, and a wrong code is refused in Chinese', async () => {
    const page = await visitor();
    await measurePage(page, { name: '报告核验', role: 'anonymous', route: '/public/verify', open: '/public/verify' });
    await page.getByLabel('报告编号').fill(report.number);
    await page.getByLabel('验证码').fill(report.code);
    await buttonLabelled(page, '核验').click();
    await page.getByText('核验通过', { exact: true }).waitFor();
    const passed = await page.locator('.ant-result').innerText();
    assert.ok(passed.includes(report.enterpriseName) && passed.includes(`${report.grade} 级`), passed);
    await saveScreenshot(page, SHOTS, '02-verify-passed');

    await page.getByLabel('验证码').fill('000000');
    await buttonLabelled(page, '核验').click();
    const refused = page.getByRole('alert');
    await refused.waitFor();
    assert.match(await refused.innerText(), /核验未通过.*没有编号为.*验证码与之相符的信用报告/s);
    assert.equal(await page.locator('.ant-result').count(), 0, 'the earlier success is gone');
    await saveScreenshot(page, SHOTS, '03-verify-refused');
    await page.context().close();
  });

  test('an anonymous visitor searches 信用公示 by name, reads the grade and the penalties still published', async () => {
    const db = platform.store.db;
    const [penalty] = (await listPublicRecords(db, { kind: 'administrative_penalty', limit: 1, offset: 0 })).items;
    assert.ok(penalty, 'the demo district has penalties within their publicity window');
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', penalty.uscc)
      .executeTakeFirstOrThrow();
    const grade = (await findCurrentGrades(db, [enterprise.id])).get(enterprise.id)!.grade;

    const page = await visitor();
    await measurePage(page, {
      name: '信用公示',
      role: 'anonymous',
      route: '/public/disclosure',
      open: '/public/disclosure',
    });
    await saveScreenshot(page, SHOTS, '04-disclosure');
    await page.getByRole('searchbox', { name: '查询企业信用' }).fill(penalty.enterpriseName);
    await page.getByRole('searchbox', { name: '查询企业信用' }).press('Enter');
    const gradeRow = page.locator('.ant-table-row').filter({ hasText: penalty.uscc });
    await gradeRow.waitFor();
    assert.equal(await gradeRow.locator('[data-grade]').getAttribute('data-grade'), grade);
    await saveScreenshot(page, SHOTS, '05-disclosure-grade');

    await page.getByRole('tab', { name: '行政许可与行政处罚' }).click();
    await page.getByText('行政处罚', { exact: true }).first().click();
    await page.locator('.ant-segmented-item-selected').filter({ hasText: '行政处罚' }).waitFor();
    const penaltyRow = page.locator('.ant-table-row').filter({ hasText: penalty.decisionNumber! });
    await penaltyRow.waitFor();
    await penaltyRow.locator('.ant-table-row-expand-icon').click();
    await page.locator('.ant-descriptions').filter({ hasText: '行政处罚决定书文号' }).waitFor();
    assert.ok(
      !(await page.locator('main[data-route]').innerText()).includes('法定代表人'),
      'no personal data on the page',
    );
    await saveScreenshot(page, SHOTS, '06-disclosure-penalties');
    await page.context().close();
  });

  test('an anonymous visitor opens 模型说明 from the menu and finds the weights, the grade table, the parameters and the full text', async () => {
    const page = await visitor();
    await page.goto('/public');
    await page.getByRole('img', { name: '信用等级分布柱状图' }).waitFor();
    await measurePage(page, {
      name: '模型说明',
      role: 'anonymous',
      route: '/public/model',
      open: () => page.getByRole('menuitem', { name: '模型说明' }).click(),
    });
    await page.getByRole('img', { name: '评价维度权重条形图' }).waitFor();
    const grades = page.locator('.ant-card').filter({ hasText: '等级表' });
    assert.deepEqual(
      await grades.locator('[data-grade]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-grade'))),
      ['A', 'B', 'C', 'D'],
    );
    const dimensions = page.locator('.ant-card').filter({ hasText: '评价维度与指标' }).locator('.ant-table-row');
    assert.equal(await dimensions.count(), 9);
    await page.getByText('模型编制说明全文').click();
    await saveScreenshot(page, SHOTS, '07-model');
    await page.getByRole('heading', { name: '5. 否决项(一票否决)' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, SHOTS, '08-model-readme', { fullPage: false });
    await page.context().close();
  });

  test('抽查结果 and 典型案例 are open to everyone and paged', async () => {
    const page = await visitor();
    await measurePage(page, {
      name: '抽查结果',
      role: 'anonymous',
      route: '/public/inspections',
      open: '/public/inspections',
    });
    assert.match(await page.locator('.ant-pagination-total-text').innerText(), /共 [1-9][\d,]* 条/);
    await saveScreenshot(page, SHOTS, '09-inspections');
    await measurePage(page, { name: '典型案例', role: 'anonymous', route: '/public/cases', open: '/public/cases' });
    assert.ok((await page.getByTestId('honest-case').count()) >= 1);
    await saveScreenshot(page, SHOTS, '10-cases');
    await page.context().close();
  });
});
