import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { samplePenaltyRow } from '../../src/services/import/sample-files.ts';
import { logIn, openContext } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import { DEMO_PASSWORD, type DemoPlatform } from './support/start-demo-platform.ts';

/** 接口报送回执: what a department's system pushed, as the department's operator reads it in the console. */
describe('push receipts in the department console', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  test('a push by the department’s system is listed with its receipt, and the refused row shows its field and reason', async () => {
    const operator = platform.account('department_operator');
    const login = await fetch(`${platform.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: operator.username, password: DEMO_PASSWORD }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers
      .getSetCookie()
      .map((value) => value.split(';')[0])
      .join('; ');
    const token = await fetch(`${platform.url}/api/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: '报送系统', scopes: ['read', 'write'] }),
    });
    assert.equal(token.status, 201);
    const pushed = await fetch(`${platform.url}/api/v1/departments/scjg/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await token.json()).token}` },
      body: JSON.stringify({
        rows: [
          { idempotencyKey: 'e2e-cf-901', kind: 'administrative_penalty', record: samplePenaltyRow(901) },
          { idempotencyKey: 'e2e-ns-1', kind: 'tax_credit_rating', record: { 企业名称: '某公司' } },
        ],
      }),
    });
    const receipt = await pushed.json();
    assert.deepEqual([receipt.accepted, receipt.refused], [1, 1]);

    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'department_operator');
    await page.goto(`${platform.url}/admin/imports/receipts`);
    const row = page.locator('tr', { hasText: `${receipt.receiptId}` }).filter({ hasText: '（令牌' });
    await row.waitFor();
    await row.locator('.ant-table-row-expand-icon').click();
    await page.getByText(`记录 ${receipt.rows[0].recordId} 第 1 版（新增）`).waitFor();
    await page.getByText(/^第2行字段 kind：.*不是“纳税信用等级”的报送单位/).waitFor();
    await context.close();
  });
});
