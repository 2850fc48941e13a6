import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser } from 'playwright-core';
import { createUser } from '../../src/services/accounts/create-user.ts';
import { SESSION_COOKIE } from '../../src/server/authenticate.ts';
import { logIn, openContext, openedDialog, saveScreenshot } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import { DEMO_PASSWORD, type DemoPlatform } from './support/start-demo-platform.ts';

const TEST = 'admin-review';

/** YYYY-MM-DD, `days` before today in China. */
function daysAgo(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - days * 86_400_000),
  );
}

describe('审核 in the admin console on the demo district', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let enterprise: { uscc: string; name: string; score: number };
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    // An enterprise graded B just below A (84) with no honour yet and no veto: a national honour adds 20 points to
    // its 荣誉表彰 dimension (weight 0.05), one point in all (models/huarong-sci-tech/v1/parameters/honors.yaml).
    const candidates = await sql<{ uscc: string; name: string; score: number }>`
      select e.uscc, e.name, ev.score from enterprises e
      join lateral (select grade, score, vetoes from evaluations where enterprise_id = e.id order by as_of desc, id desc limit 1) ev on true
      where ev.grade = 'B' and ev.score >= 83.05 and ev.score < 83.95 and coalesce(cardinality(ev.vetoes), 0) = 0
        and not exists (select 1 from records r where r.enterprise_id = e.id and r.kind = 'honor')
      order by ev.score desc limit 1`.execute(platform.store.db);
    assert.ok(candidates.rows[0], 'the demo district has an enterprise just below grade A');
    enterprise = { ...candidates.rows[0], score: Number(candidates.rows[0].score) };

    // The enterprise declares a national honour through the API, with its certificate as an attachment.
    await createUser(
      platform.store.db,
      'e2e',
      {
        username: 'e2e-enterprise',
        displayName: enterprise.name,
        role: 'enterprise',
        uscc: enterprise.uscc,
        password: DEMO_PASSWORD,
      },
      { isDemo: true },
    );
    const login = await fetch(`${platform.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'e2e-enterprise', password: DEMO_PASSWORD }),
    });
    assert.equal(login.status, 200);
    const cookie = login.headers
      .getSetCookie()
      .find((value) => value.startsWith(`${SESSION_COOKIE}=`))!
      .split(';')[0];
    const post = async (url: string, body: unknown) => {
      const response = await fetch(`${platform.url}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 201, await response.clone().text());
      return response.json();
    };
    const proof = await post('/api/attachments', {
      fileName: '获奖证书.pdf',
      contentBase64: Buffer.from('%PDF-1.7 certificate of the national award').toString('base64'),
    });
    await post('/api/declarations', {
      kind: 'honor',
      fields: {
        荣誉名称: '国家科学技术进步奖',
        荣誉级别: '国家级',
        荣誉类型: '科技奖励',
        授予单位: '国务院',
        授予日期: daysAgo(30),
      },
      attachments: [proof.sha256],
    });
  });

  test('a reviewer accepts and approves an enterprise’s declared honour and sees its grade change from B to A', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'reviewer');
    await measurePage(page, { name: '工作台', role: 'reviewer', route: '/admin', open: '/admin' });
    await page.getByRole('img', { name: '信用指数走势折线图' }).or(page.getByText('尚无可公布的指数')).waitFor();
    await saveScreenshot(page, TEST, '01-dashboard');

    await measurePage(page, {
      name: '企业详情',
      role: 'reviewer',
      route: '/admin/enterprises/:uscc',
      open: `/admin/enterprises/${enterprise.uscc}`,
    });
    assert.equal(await page.getByTestId('enterprise-grade').locator('[data-grade]').getAttribute('data-grade'), 'B');
    await page.getByRole('tab', { name: '评价与轨迹' }).click();
    await page.getByTestId('evaluation-score').waitFor();
    await saveScreenshot(page, TEST, '02-enterprise-before');

    await measurePage(page, {
      name: '自主申报审核',
      role: 'reviewer',
      route: '/admin/review/declarations',
      open: '/admin/review/declarations',
    });
    const row = page.locator('.ant-table-row').filter({ hasText: enterprise.name });
    await row.waitFor();
    await saveScreenshot(page, TEST, '03-declarations');
    await row.getByRole('button', { name: '受理' }).click();
    await (await openedDialog(page)).getByRole('button', { name: /确认受理/ }).click();
    await row.getByRole('button', { name: '审核通过' }).waitFor();
    await row.getByRole('button', { name: '审核通过' }).click();
    await (await openedDialog(page)).getByRole('button', { name: /确认审核通过/ }).click();
    const notice = page.getByTestId('decision-outcome').filter({ hasText: '已审核通过' });
    await notice.waitFor();
    assert.match(await notice.innerText(), /已重新评价：分数 \d+\.\d{2} → \d+\.\d{2}，等级 B → A/);
    await saveScreenshot(page, TEST, '04-approved');

    await page.locator('.ant-segmented-item').filter({ hasText: '全部' }).click();
    await row.getByText('已通过').waitFor();
    await row.getByRole('link', { name: enterprise.name }).click();
    await page.getByTestId('enterprise-name').waitFor();
    const gradeTag = page.getByTestId('enterprise-grade').locator('[data-grade]');
    await gradeTag.waitFor();
    assert.equal(await gradeTag.getAttribute('data-grade'), 'A');
    await page.getByText('国家科学技术进步奖').or(page.getByText('荣誉表彰').first()).first().waitFor();
    await saveScreenshot(page, TEST, '05-enterprise-after');
    await context.close();
  });
});
