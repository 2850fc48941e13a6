import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_MODEL_DIR } from '../../src/services/evaluation/ensure-published-model.ts';
import {
  logIn,
  waitUntilEntered,
  openContext,
  openedDialog,
  saveScreenshot,
  buttonLabelled,
  confirmPopconfirm,
  chooseOption,
  waitForRowsNaming,
} from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SHOTS = 'console-model-audit';

/**
 * The admin console's 模型管理, 信用应用 and 审计 on the demo district: an administrator simulates a draft
 * model and reads the transition matrix, runs a 双随机 draw, searches the audit trail and verifies the chain.
 */
describe('the console for the model, grade use and the audit trail', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    // A draft the district prepared in its data directory: model v1 with the A line lowered from 84 to 80 points.
    const draft = path.join(platform.dataDir, 'models', 'huarong-sci-tech', 'v1-a80');
    fs.cpSync(DEFAULT_MODEL_DIR, draft, { recursive: true });
    const file = path.join(draft, 'model.yaml');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('version: v1\n', 'version: v1-a80\n')
        .replace('min_score: 84', 'min_score: 80'),
    );
  });

  async function adminPage(role: 'admin' | 'audit_admin' = 'admin'): Promise<Page> {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, role);
    return page;
  }

  test('an administrator simulates a draft model and sees the grade transition matrix and how many grades change', async () => {
    const page = await adminPage();
    await measurePage(page, { name: '模型管理', role: 'admin', route: '/admin/model', open: '/admin/model' });
    // Versions read as people name them (v1 版 under the model's title), never by the model's code.
    const published = page.locator('tr', { hasText: 'v1 版' }).filter({ hasText: '现行发布' });
    await published.waitFor();
    await saveScreenshot(page, SHOTS, '01-model-versions');

    await measurePage(page, {
      name: '模型版本',
      role: 'admin',
      route: '/admin/model/:modelId/:version',
      open: () => page.getByRole('link', { name: /（v1-a80 版）/ }).click(),
    });
    await page.getByRole('tab', { name: /参数/ }).click();
    await page.getByText('按成立年限(整年数)加分').first().waitFor();
    await saveScreenshot(page, SHOTS, '02-draft-parameters');

    await page.getByRole('button', { name: '模拟', exact: true }).click();
    await page.locator('[data-job-status="done"]').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: '模拟结果' }).click();
    await page.getByRole('img', { name: '等级迁移矩阵热力图' }).waitFor();
    const row = await platform.store.db
      .selectFrom('model_versions')
      .select(['status', 'simulation'])
      .where('version', '=', 'v1-a80')
      .executeTakeFirstOrThrow();
    const simulation = row.simulation as { movedCount: number; transitions: Record<string, Record<string, number>> };
    assert.equal(row.status, 'simulated');
    assert.ok(simulation.movedCount > 0, 'the demo district has B enterprises scoring 80–84');
    assert.equal(simulation.movedCount, simulation.transitions.B.A, 'a lower A line moves only B enterprises up to A');
    const shown = await page
      .locator('.ant-statistic')
      .filter({ hasText: '等级变化的企业' })
      .locator('.ant-statistic-content-value')
      .innerText();
    assert.equal(Number(shown.replace(/,/g, '')), simulation.movedCount);
    await page.locator('.ant-tag', { hasText: '已模拟' }).first().waitFor();
    await saveScreenshot(page, SHOTS, '03-simulation');
    await page.context().close();
  });

  test('an administrator creates a 双随机 plan, draws it, and sees the published seed and the enterprises drawn', async () => {
    const page = await adminPage();
    await measurePage(page, {
      name: '双随机抽查',
      role: 'admin',
      route: '/admin/grade-use/inspections',
      open: '/admin/grade-use/inspections',
    });
    await page.getByRole('button', { name: '创建抽查计划' }).click();
    const dialog = await openedDialog(page, '创建双随机抽查计划');
    await dialog.getByLabel('计划名称').fill('2026年第4期市场监管双随机抽查');
    await chooseOption(page, dialog.getByLabel('实施部门'), '市场监督管理局');
    const inspector = platform.account('inspector').username;
    await dialog.getByLabel('检查人员名录（账号）').fill(inspector);
    await page.keyboard.press('Enter');
    await dialog.getByLabel('每户检查人员数').fill('1');
    await dialog.getByLabel('随机种子').fill('华容-2026-第4期');
    await saveScreenshot(page, SHOTS, '04-new-plan');
    await dialog
      .getByRole('button', { name: '创 建' })
      .or(dialog.getByRole('button', { name: '创建' }))
      .click();
    await page.waitForURL(/\/admin\/grade-use\/inspections\/\d+$/);
    await page.getByTestId('plan-seed').waitFor();
    assert.equal(await page.getByTestId('plan-seed').innerText(), '华容-2026-第4期');

    await buttonLabelled(page, '摇号').click();
    await confirmPopconfirm(page, '摇号');
    await page.getByText('摇号结果').waitFor();
    const planId = Number(new URL(page.url()).pathname.split('/').pop());
    const visits = await platform.store.db
      .selectFrom('inspection_visits')
      .select('id')
      .where('plan_id', '=', planId)
      .execute();
    assert.ok(visits.length > 0, 'the default ratios draw some of the 2,004 enterprises');
    await page.getByText(`抽中企业（${visits.length} 家）`).waitFor();
    await page.locator('.ant-tag', { hasText: '已摇号' }).waitFor();
    const people = page.locator('.ant-descriptions-item', { hasText: '创建人' });
    assert.equal(
      await people.locator('.ant-descriptions-item-content').innerText(),
      platform.account('admin').displayName,
      'the plan names its creator as a person, not by the account',
    );
    const pool = await page.locator('.ant-descriptions-item', { hasText: '检查人员名录' }).innerText();
    assert.ok(pool.includes(platform.account('inspector').displayName), `the pool names its inspectors: ${pool}`);
    await saveScreenshot(page, SHOTS, '05-plan-drawn');
    await page.context().close();
  });

  test('the inspector drawn records a result, and publishing the plan puts it on the public portal', async () => {
    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'inspector');
    await measurePage(page, {
      name: '检查任务',
      role: 'inspector',
      route: '/admin/grade-use/visits',
      open: '/admin/grade-use/visits',
    });
    const first = page.locator('.ant-table-row').first();
    // The cell shows the name with the code under it; the dialog is titled by the name.
    const [enterprise] = (await first.locator('td').nth(1).innerText()).split('\n');
    await first.getByRole('button', { name: '录入结果' }).click();
    const dialog = await openedDialog(page, `录入检查结果：${enterprise}`);
    await chooseOption(page, dialog.getByLabel('检查结果'), '发现问题已责令改正');
    await dialog.getByLabel('检查情况').fill('未按规定公示年度报告，已责令改正');
    await saveScreenshot(page, SHOTS, '06-inspector-result');
    await dialog
      .getByRole('button', { name: '保 存' })
      .or(dialog.getByRole('button', { name: '保存' }))
      .click();
    await page
      .locator('.ant-table-row', { hasText: enterprise })
      .getByText(/发现问题已责令改正/)
      .waitFor();
    await context.close();

    const admin = await adminPage();
    const plan = await platform.store.db
      .selectFrom('inspection_plans')
      .select('id')
      .where('title', '=', '2026年第4期市场监管双随机抽查')
      .executeTakeFirstOrThrow();
    await admin.goto(`/admin/grade-use/inspections/${plan.id}`);
    await admin.getByRole('button', { name: '公示结果' }).click();
    await confirmPopconfirm(admin, '公示');
    await admin.getByText('已公示 1 条检查结果并记入信用记录').waitFor();
    await saveScreenshot(admin, SHOTS, '07-plan-published');
    const published = (await (await fetch(`${platform.url}/api/public/inspection-results`)).json()) as {
      items: Array<{ name: string; outcome: string }>;
    };
    assert.deepEqual(
      published.items.map((item) => [item.name, item.outcome]),
      [[enterprise, '发现问题已责令改正']],
    );
    await admin.context().close();
  });

  test('the 审计管理员 finds the draw in the audit trail, opens the event and verifies the whole chain', async () => {
    const page = await adminPage('audit_admin');
    await measurePage(page, { name: '审计', role: 'audit_admin', route: '/admin/audit', open: '/admin/audit' });
    await chooseOption(page, page.getByLabel('动作'), '双随机抽查计划已摇号', '已摇号');
    await buttonLabelled(page, '查询').click();
    // The unfiltered trail shown until the search answers holds the draw too, among twenty other events.
    const events = page.locator('.ant-card').filter({ hasText: '审计记录（最新在前）' });
    await waitForRowsNaming(page, events, '双随机抽查计划已摇号');
    assert.equal(await events.locator('.ant-table-row').count(), 1, 'only the draw of the previous test');
    await events.locator('.ant-table-row').locator('button').first().click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByText('前一事件哈希').waitFor();
    await drawer.getByText('"seed": "华容-2026-第4期"').waitFor();
    await saveScreenshot(page, SHOTS, '08-audit-event');
    // A click on the close button while the panel still slides in can miss it, and the drawer's mask then takes the
    // next click.
    await waitUntilEntered(page, page.locator('.ant-drawer-content-wrapper'));
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.locator('.ant-drawer-close')).first().click();

    await page.getByRole('button', { name: '校验审计链' }).click();
    const result = page.getByTestId('verification-result');
    await result.waitFor({ timeout: 60_000 });
    const head = await platform.store.db.selectFrom('audit_heads').select('seq').executeTakeFirstOrThrow();
    assert.match(
      await result.innerText(),
      new RegExp(`审计链完整，共校验 ${Number(head.seq).toLocaleString('zh-CN')} 条事件`),
    );
    await saveScreenshot(page, SHOTS, '09-audit-verified');
    await page.context().close();
  });

  test('分级监管 lists the demo enterprises whose SAMR risk class differs from their grade, with both dates, and exports them', async () => {
    const page = await adminPage();
    await page.goto(`/admin/grade-use/supervision`);
    const noDisturb = page.locator('.ant-card').filter({ hasText: '“免打扰”企业名单' });
    const listed = noDisturb.locator('.ant-table-row').first();
    await listed.waitFor();
    const industry = (await listed.locator('td').allInnerTexts())[2] ?? '';
    assert.match(industry, /^\p{Script=Han}/u, `the 免打扰 list names the industry, not its code: “${industry}”`);
    const card = page.locator('.ant-card').filter({ hasText: '市场监管风险分类与平台信用等级不一致的企业' });
    const first = card.locator('.ant-table-row').first();
    await first.waitFor();
    const text = await first.innerText();
    assert.match(text, /[ABCD] 类/, 'the SAMR class is shown');
    assert.match(text, /\d{4}-\d{2}-\d{2}/, 'with its classification date');
    assert.match(text, /评价基准日 \d{4}-\d{2}-\d{2}/, 'and the grade with its date');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), '风险分类与信用等级不一致的企业.xlsx');
    await saveScreenshot(page, SHOTS, '10-class-disagreements');
    await page.context().close();
  });

  test('the other console pages of 模型管理, 信用应用 and 用户与权限 become usable on the demo district', async () => {
    const page = await adminPage();
    const pages: Array<[string, string]> = [
      ['批量评价', '/admin/model/evaluation'],
      ['措施查询', '/admin/grade-use/measures'],
      ['分级监管', '/admin/grade-use/supervision'],
      ['检查任务', '/admin/grade-use/visits'],
      ['融资白名单', '/admin/grade-use/whitelist'],
      ['信用指数', '/admin/grade-use/credit-index'],
      ['政策匹配', '/admin/grade-use/policies'],
      ['用户与权限', '/admin/users'],
    ];
    for (const [name, route] of pages) {
      await measurePage(page, { name, role: 'admin', route, open: route });
      // "Usable" only means nothing is loading: a page whose API call failed shows its error instead and must not pass.
      assert.equal(
        await page.locator('main[data-route] .ant-alert-error').count(),
        0,
        `${name}: the page shows its data, not an error`,
      );
      if (route.endsWith('/credit-index')) {
        const method = await page.locator('.ant-card').filter({ hasText: '编制方法' }).last().innerText();
        assert.match(method, /编制说明/);
        assert.doesNotMatch(
          method,
          /§|\.ya?ml\b|README|DOMAIN\.md|\/api\/|\b(?:models|catalog)\/|\bxinping [a-z]|\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/,
          'the method text names no file, interface, command or code',
        );
      }
      await saveScreenshot(page, SHOTS, `10-${route.split('/').pop()}`);
    }
    await page.getByRole('tab', { name: '授权矩阵' }).click();
    await page.getByLabel('筛选接口').fill('model-versions');
    await page.keyboard.press('Enter');
    await page.getByText('GET /api/model-versions', { exact: true }).waitFor();
    await saveScreenshot(page, SHOTS, '11-authorization-matrix');
    await page.context().close();
  });
});
