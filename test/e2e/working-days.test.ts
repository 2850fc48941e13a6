import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { logIn, openContext } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SAMPLE_2027 = fs.readFileSync(path.join(import.meta.dirname, '../../docs/holidays-2027.sample.yaml'), 'utf8');

/** 节假日安排: an administrator loads the next year in the console, a bad file first. */
describe('loading a holiday year in the console', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  test('a file with a 调休 day on a weekday is refused with the row and field, and the corrected file is loaded and listed', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'admin');
    await page.goto(`${platform.url}/admin/working-days`);
    await page.getByText('已载入的年度（日历覆盖至 2026-12-31）').waitFor();

    const box = page.getByLabel('安排文件内容');
    await box.fill(SAMPLE_2027.replace('[2027-02-20,', '[2027-02-17,'));
    await page.getByRole('button', { name: '检查并载入' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: '未载入' });
    await refusal
      .getByText('调休上班日第 1 项字段“workdays”：2027-02-17 不是周六或周日，调休上班日只能是周末')
      .waitFor();

    await box.fill(SAMPLE_2027);
    await page.getByRole('button', { name: '检查并载入' }).click();
    await page.getByText('已载入的年度（日历覆盖至 2027-12-31）').waitFor();
    const row = page.locator('tr', { hasText: '示例安排' });
    const text = await row.innerText();
    // Named by the person who loaded it, not the account.
    const loader = platform.account('admin').displayName;
    assert.ok(
      text.startsWith('2027') && text.includes('春节 02-05~02-13（9 天）') && text.includes(`${loader}，`),
      text,
    );
    await context.close();
  });
});
