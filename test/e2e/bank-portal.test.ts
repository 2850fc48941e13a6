import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { logIn, openContext, saveScreenshot, chooseOption } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';
import { todayInDistrict } from '../../src/domain/district-date.ts';

const SHOTS = 'bank-portal';

/** The bank portal (pushed lists, applicant look-up, loan feedback) on the demo district. */
describe('the bank portal on the demo district', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let listed: Array<{ uscc: string; name: string }>;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    // The platform seeds what `xinping start` does: the bank subscribed and the first list was pushed to it.
    const bank = platform.account('bank').username;
    listed = await platform.store.db
      .selectFrom('shared_list_entries as s')
      .innerJoin('users as u', 'u.id', 's.recipient_user_id')
      .innerJoin('enterprises as e', 'e.id', 's.enterprise_id')
      .innerJoin('whitelist_entries as w', 'w.enterprise_id', 's.enterprise_id')
      .select(['e.uscc', 'e.name'])
      .where('u.username', '=', bank)
      .where('s.list_code', '=', 'ip-pledge-whitelist')
      .where('s.withdrawn_at', 'is', null)
      .where('w.generation_id', '=', (eb) =>
        eb.selectFrom('whitelist_generations').select((inner) => inner.fn.max('id').as('id')),
      )
      .orderBy('w.rank')
      .execute();
  });

  test('a bank reads the whitelist pushed to it, exports it, reports a loan with field errors fixed, and sees the loan in its list', async () => {
    assert.ok(listed.length > 0, 'the demo whitelist was pushed to the demo bank');
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'bank');
    assert.equal(new URL(page.url()).pathname, '/bank/whitelist', 'a bank lands on its pushed list');
    await measurePage(page, { name: '推送名单', role: 'bank', route: '/bank/whitelist', open: '/bank/whitelist' });
    const rows = page.locator('main[data-route] .ant-table-row');
    assert.equal(await rows.count(), Math.min(listed.length, 20));
    assert.match(await rows.first().innerText(), new RegExp(listed[0]!.name));
    assert.match(await page.locator('.ant-pagination-total-text').innerText(), new RegExp(`共 ${listed.length} 条`));
    await saveScreenshot(page, SHOTS, '01-whitelist');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^知识产权质押融资白名单-第\d+期-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    assert.equal(fs.readFileSync(file).subarray(0, 2).toString(), 'PK', 'an xlsx workbook');

    // From the list to the loan form, with the borrower filled in.
    await measurePage(page, {
      name: '贷款反馈',
      role: 'bank',
      route: '/bank/loans',
      open: () => rows.first().getByRole('link', { name: '报送贷款' }).click(),
    });
    const form = page.locator('form');
    assert.equal(await form.getByLabel('借款企业统一社会信用代码').inputValue(), listed[0]!.uscc);
    await form
      .getByRole('button', { name: '报 送' })
      .or(form.getByRole('button', { name: '报送' }))
      .click();
    await page.getByText('请填写本机构的贷款业务编号').waitFor();
    await page.getByText('请填写贷款金额（万元）').waitFor();
    await saveScreenshot(page, SHOTS, '02-loan-required-fields');

    // A borrower the platform does not know: the server's reason appears under that field.
    const reference = `E2E-IPL-${Date.now()}`;
    await form.getByLabel('借款企业统一社会信用代码').fill('91420703MA4A9999X1');
    await form.getByLabel('本机构业务编号').fill(reference);
    await form.getByLabel('贷款金额（万元）').fill('300');
    await form.getByLabel('贷款期限（月）').fill('24');
    await form
      .getByRole('button', { name: '报 送' })
      .or(form.getByRole('button', { name: '报送' }))
      .click();
    const usccError = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('借款企业统一社会信用代码') })
      .locator('.ant-form-item-explain-error');
    await usccError.waitFor();
    assert.match(await usccError.innerText(), /统一社会信用代码/);
    await saveScreenshot(page, SHOTS, '03-loan-server-field-error');

    await form.getByLabel('借款企业统一社会信用代码').fill(listed[0]!.uscc);
    await form
      .getByRole('button', { name: '报 送' })
      .or(form.getByRole('button', { name: '报送' }))
      .click();
    const reported = page.locator('.ant-table-row').filter({ hasText: reference });
    await reported.waitFor();
    assert.match(await reported.innerText(), new RegExp(`${listed[0]!.name}[\\s\\S]*300[\\s\\S]*${todayInDistrict()}`));
    assert.match(await reported.innerText(), /是/, 'the borrower was on the whitelist on the day');
    await saveScreenshot(page, SHOTS, '04-loan-reported');

    // The bank's reports are found by reference and narrowed by status; the address keeps the search.
    await page.getByLabel('查找贷款报送').fill(reference);
    await page.getByLabel('查找贷款报送').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === reference);
    await page.locator('.ant-pagination-total-text', { hasText: '共 1 条' }).waitFor();
    assert.equal(await page.locator('main[data-route] .ant-table-row').count(), 1);
    await chooseOption(page, page.getByRole('combobox', { name: '按状态筛选' }), '已撤回');
    await page.getByText('没有符合查询和筛选条件的报送').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'withdrawn');

    const stored = await platform.store.db
      .selectFrom('loans')
      .select(['amount_wan', 'term_months', 'granted_on'])
      .where('bank_reference', '=', reference)
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { amount: Number(stored.amount_wan), term: stored.term_months, grantedOn: stored.granted_on },
      { amount: 300, term: 24, grantedOn: todayInDistrict() },
    );
    await context.close();
  });

  test('a bank looks up its applicants and sees, row by row, the patents and credit of each and why a row failed', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'bank');
    await measurePage(page, {
      name: '申请人查询',
      role: 'bank',
      route: '/bank/applicants',
      open: () => page.getByRole('menuitem', { name: '申请人查询' }).click(),
    });
    await page.getByLabel('统一社会信用代码列表').fill(`统一社会信用代码\n${listed[0]!.uscc}\nNOT-A-CODE`);
    await page.getByRole('button', { name: /查询 2 家/ }).click();
    const table = page.locator('.ant-card').filter({ hasText: '查询结果' });
    await table.waitFor();
    const rows = table.locator('.ant-table-row');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), new RegExp(listed[0]!.name));
    assert.match(await rows.nth(1).innerText(), /NOT-A-CODE[\s\S]*第 2 行：.*统一社会信用代码/);
    await saveScreenshot(page, SHOTS, '05-applicants');
    await context.close();
  });
});
