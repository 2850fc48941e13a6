import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { logIn, openContext, saveScreenshot, chooseOption } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

describe('the admin console on the demo district', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  test('an administrator logs in, lands on the 工作台 and sees the grade distribution of every enterprise', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await page.goto('/admin');
    await page.waitForURL(/\/login\?next=%2Fadmin/);
    await saveScreenshot(page, 'admin-dashboard', '01-login');
    await logIn(page, platform, 'admin');
    assert.equal(new URL(page.url()).pathname, '/admin');
    await measurePage(page, { name: '工作台', role: 'admin', route: '/admin', open: '/admin' }).catch(async (error) => {
      await saveScreenshot(page, 'admin-dashboard', '99-not-usable');
      throw error;
    });
    await page.getByRole('img', { name: '信用等级分布柱状图' }).waitFor();
    const total = await page
      .locator('.ant-statistic')
      .filter({ hasText: '企业总数' })
      .locator('.ant-statistic-content')
      .innerText();
    const registry = await platform.store.db
      .selectFrom('enterprises')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(total.replace(/,/g, '')), Number(registry.count));
    assert.match(await page.getByTestId('current-user').innerText(), /系统管理员/);
    await saveScreenshot(page, 'admin-dashboard', '02-dashboard');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await page.goto('/admin');
    await page.waitForURL(/\/login\?next=/);
    await context.close();
  });

  test('an administrator finds an enterprise by a part of its name, reads its records and evaluation trace, and downloads its report', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'admin');
    await measurePage(page, {
      name: '企业库',
      role: 'admin',
      route: '/admin/enterprises',
      open: () => page.getByRole('menuitem', { name: '企业库' }).click(),
    });
    const target = await platform.store.db
      .selectFrom('enterprises')
      .select(['uscc', 'name'])
      .where('source', '=', 'registry')
      .orderBy('id')
      .offset(7)
      .limit(1)
      .executeTakeFirstOrThrow();
    const keyword = target.name.slice(2, 6);
    await page.getByPlaceholder('企业名称关键词或统一社会信用代码').fill(keyword);
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === keyword);
    // The table still shows the unfiltered page until the search answers: wait for the enterprise itself to appear.
    const found = page.locator('.ant-table-row td:first-child a').getByText(target.name, { exact: true });
    await found
      .waitFor({ timeout: 15_000 })
      .catch(() => assert.fail(`the enterprise named ${target.name} is found by “${keyword}”`));
    await saveScreenshot(page, 'admin-enterprises', '01-search');

    // Narrowed to the enterprise's own grade it stays in the list, and the address keeps both search and filter.
    const evaluation = await platform.store.db
      .selectFrom('evaluations')
      .innerJoin('enterprises', 'enterprises.id', 'evaluations.enterprise_id')
      .select('evaluations.grade')
      .where('enterprises.uscc', '=', target.uscc)
      .orderBy('evaluations.as_of', 'desc')
      .orderBy('evaluations.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const grade = evaluation?.grade ?? 'none';
    await chooseOption(
      page,
      page.getByRole('combobox', { name: '按信用等级筛选' }),
      grade === 'none' ? '尚未评价' : `${grade} 级`,
    );
    await page.waitForURL((url) => url.searchParams.get('grade') === grade && url.searchParams.get('q') === keyword);
    await found.waitFor({ timeout: 15_000 });

    await page.getByRole('link', { name: target.name, exact: true }).click();
    await page.getByTestId('enterprise-name').waitFor();
    assert.equal(await page.getByTestId('enterprise-name').innerText(), target.name);
    await page.locator('[data-record-id]').first().waitFor();
    await saveScreenshot(page, 'admin-enterprises', '02-records');
    await page.getByRole('tab', { name: '评价与轨迹' }).click();
    await page.getByTestId('evaluation-score').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载信用报告（PDF）' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^企业信用报告-.+\.pdf$/);
    const file = await download.path();
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    await saveScreenshot(page, 'admin-enterprises', '03-evaluation-trace');
    await context.close();
  });

  test('a wrong password is refused with the server’s Chinese message next to the form', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password');
    await page.locator('button[type=submit]').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /用户名或密码/);
    await saveScreenshot(page, 'admin-dashboard', '03-wrong-password');
    await context.close();
  });
});
