import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buttonLabelled, logIn, openContext, openedDialog, saveScreenshot } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import { assertFitsPhone } from './support/phone-layout.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SHOTS = 'financing';

/** 融资对接 on the demo district: the enterprise publishes a need on its phone, the demo bank answers and lends. */
describe('融资对接 in the browser', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let enterpriseName: string;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    const { uscc } = platform.account('enterprise');
    const row = await platform.store.db
      .selectFrom('enterprises')
      .select('name')
      .where('uscc', '=', uscc!)
      .executeTakeFirstOrThrow();
    enterpriseName = row.name;
  });

  test('an enterprise publishes a need secured by real estate on its phone; the demo bank answers it and reports the loan, which the enterprise then reads', async () => {
    const phone = await openContext(browser, platform, 'phone');
    const mobile = await phone.newPage();
    await logIn(mobile, platform, 'enterprise');
    await mobile.goto('/enterprise/services/financing');
    const form = mobile.getByRole('form', { name: '发布融资需求' });
    await form.getByLabel('融资金额（万元）').fill('260');
    await form.getByLabel('融资期限（月）').fill('36');
    await form.getByLabel('资金用途').fill('新建厂房二期');
    await form.getByLabel('不动产抵押').check();
    assert.equal(await form.getByRole('checkbox', { name: /同意向匹配的金融机构共享/ }).isChecked(), true);
    await buttonLabelled(form, '发布').click();
    const card = mobile.getByTestId('financing-need').filter({ hasText: '260 万元 · 36 个月' });
    await card.waitFor();
    assert.match(await card.innerText(), /厂房抵押贷/, 'the need matches the demo bank’s mortgage product');
    assert.match(await card.innerText(), /符合 担保方式：提供不动产抵押/);
    await assertFitsPhone(mobile, '融资对接');
    await saveScreenshot(mobile, SHOTS, '01-enterprise-published');

    const desktop = await openContext(browser, platform);
    const page = await desktop.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await logIn(page, platform, 'bank');
    await page.goto('/bank/financing');
    const match = page
      .getByTestId('financing-match')
      .filter({ hasText: enterpriseName })
      .filter({ hasText: '260 万元 · 36 个月' });
    await match.waitFor();
    assert.match(await match.innerText(), /匹配产品：厂房抵押贷/);
    assert.match(await match.innerText(), /待回应/);
    await saveScreenshot(page, SHOTS, '02-bank-sees-need');
    await buttonLabelled(match, '有意向').click();
    // The answer's tag, not the button just clicked, which bears the same words until the answer is saved.
    await match.locator('.ant-tag', { hasText: /^有意向$/ }).waitFor();
    await buttonLabelled(match, '已放款').click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('本机构业务编号').fill('演示-RZ-0001');
    await saveScreenshot(page, SHOTS, '03-bank-reports-loan');
    await buttonLabelled(dialog, '提交').click();
    await dialog.waitFor({ state: 'hidden' });
    await match.getByText(/已于 \d{4}-\d{2}-\d{2} 放款 260 万元（贷款报送第 \d+ 号）/).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.equal(overflow, 0, 'the bank page fits 1280 px');
    await saveScreenshot(page, SHOTS, '04-bank-loan-reported');

    await mobile.reload();
    await card.getByText(/已于 \d{4}-\d{2}-\d{2} 放款 260 万元/).waitFor();
    await assertFitsPhone(mobile, '融资对接（已放款）');
    await saveScreenshot(mobile, SHOTS, '05-enterprise-sees-loan');
    await phone.close();
    await desktop.close();
  });
});
