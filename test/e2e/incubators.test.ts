import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { logIn, openContext, saveScreenshot } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import { waitUntilUsable } from './support/measure-page.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SHOTS = 'incubators';
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

/** What a user must never read: clause seeds, repository files, snake_case codes, raw JSON. */
const DEVELOPER_TEXT = /§|\.yaml|README|DOMAIN\.md|\b[a-z]+_[a-z_]+\b|\{"/;

describe('孵化载体 in the console', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  const pageErrors: string[] = [];
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  async function openAs(size: Size): Promise<Page> {
    const context = await openContext(browser, platform, size);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await page.setViewportSize(SIZES[size]);
    await logIn(page, platform, 'admin');
    return page;
  }

  async function readable(page: Page): Promise<string> {
    const text = await page.locator('main[data-route]').innerText();
    assert.doesNotMatch(text, DEVELOPER_TEXT, `${page.url()} shows developer text`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(width <= 0, `${page.url()} is ${width} px wider than the screen`);
    return text;
  }

  for (const size of ['desktop', 'phone'] as const) {
    test(`an official reads the 17 incubators, one incubator's page and the yearly ranking with its trace (${SIZES[size].width} px)`, async () => {
      const page = await openAs(size);
      await page.goto('/admin/incubators');
      await waitUntilUsable(page, '/admin/incubators');
      const rows = page.locator('main[data-route] .ant-table-row');
      await rows.first().waitFor();
      assert.equal(await rows.count(), 17, 'the 17 incubators of the district');
      const list = await readable(page);
      assert.match(list, /华容区科技企业孵化器[\s\S]*国家级/);
      assert.match(list, /\d+年第 \d+ 名|\d+ 年第 \d+ 名/, 'the latest yearly rank is shown');
      await saveScreenshot(page, SHOTS, `list-${SIZES[size].width}`);

      await page.getByRole('link', { name: '华容区科技企业孵化器' }).click();
      await page.locator('main[data-route]').getByText('季度趋势').waitFor();
      await page.locator('main[data-route] canvas').first().waitFor();
      const detail = await readable(page);
      assert.match(detail, /在孵企业（\d+ 家）/);
      assert.match(detail, /已毕业或迁出（[1-9]\d* 家）[\s\S]*毕业/, 'the demo has graduates');
      assert.match(detail, /风险提示/);
      assert.doesNotMatch(detail, /INC\d{2}/, 'the incubator is named, not shown by the platform’s internal code');
      await saveScreenshot(page, SHOTS, `incubator-${SIZES[size].width}`);

      await page.goto('/admin/incubators/evaluations');
      await waitUntilUsable(page, '/admin/incubators/evaluations');
      const ranking = page.locator('main[data-route] .ant-table-row');
      await ranking.first().waitFor();
      assert.equal(await ranking.count(), 17);
      await page.locator('main[data-route] .ant-table-row-expand-icon').first().click();
      const trace = page.locator('main[data-route] .ant-table-expanded-row').first();
      await trace.getByText('在孵企业信用平均分').waitFor();
      const traced = await trace.innerText();
      for (const label of ['入驻率', '新增在孵企业数', '毕业企业数', '在孵企业优秀等级占比', '孵化服务成效'])
        assert.match(traced, new RegExp(label));
      assert.match(traced, /成都高新区优化营商环境行动方案/, 'each indicator names its basis in words');
      await readable(page);
      await saveScreenshot(page, SHOTS, `ranking-${SIZES[size].width}`);
      await page.context().close();
      assert.deepEqual(pageErrors, []);
    });
  }
});
