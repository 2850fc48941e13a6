import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { todayInDistrict } from '../../src/domain/district-date.ts';
import { makeUscc } from '../../src/domain/uscc.ts';
import { createInspectionPlan, drawInspectionPlan } from '../../src/services/grade-use/inspection-plans.ts';
import { PENALTY_HEADERS, samplePenaltyRow, writeSampleXlsx } from '../../src/services/import/sample-files.ts';
import { storeAttachment } from '../../src/services/workflows/store-attachment.ts';
import { submitDeclaration } from '../../src/services/workflows/submit-declaration.ts';
import { buttonLabelled, logIn, openContext, saveScreenshot, chooseOption, openedDialog } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const TEST = 'screens-walk';
const USCC_COLUMN = '行政相对人代码_1(统一社会信用代码)';

/** Fails when a table is wider than the box it sits in (its columns would be cut or scroll sideways). */
async function widestTableOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      0,
      ...[...document.querySelectorAll('main .ant-table-content, main .ant-table-body')].map(
        (box) => (box as HTMLElement).scrollWidth - (box as HTMLElement).clientWidth,
      ),
    ),
  );
}

describe('each audience finishes its main task on the screens made for it', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let dir: string;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-e2e-screens-'));
  });
  after(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an operator downloads the template, uploads two files in a row with 继续上传, and the second, decided by the tax bureau, is flagged', async () => {
    const enterprises = await platform.store.db
      .selectFrom('enterprises')
      .select(['uscc', 'name'])
      .where('source', '=', 'registry')
      .orderBy('id')
      .offset(200)
      .limit(4)
      .execute();
    const rowOf = (index: number, overrides: Record<string, string> = {}) =>
      samplePenaltyRow(index, {
        行政相对人名称: enterprises[index].name,
        [USCC_COLUMN]: enterprises[index].uscc,
        行政处罚决定书文号: `鄂华市监处罚〔2026〕屏-${index + 1}号`,
        处罚决定日期: '2026/4/2',
        ...overrides,
      });
    const first = path.join(dir, '四月行政处罚.xlsx');
    await writeSampleXlsx(first, PENALTY_HEADERS, [rowOf(0), rowOf(1)]);
    const second = path.join(dir, '税务局转来的处罚.xlsx');
    await writeSampleXlsx(second, PENALTY_HEADERS, [
      rowOf(2, { 处罚机关: '国家税务总局鄂州市华容区税务局', 处罚机关统一社会信用代码: makeUscc('11420703MB0000002') }),
      rowOf(3),
    ]);

    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await logIn(page, platform, 'department_operator');
    await page.goto('/admin/imports');

    const chooseKind = async (label: string) => {
      await chooseOption(page, page.getByRole('combobox', { name: '记录类别' }), new RegExp(`^${label}$`), label);
    };
    await chooseKind('行政处罚');
    const [template] = await Promise.all([page.waitForEvent('download'), buttonLabelled(page, '下载报送模板').click()]);
    assert.equal(template.suggestedFilename(), '行政处罚报送模板.xlsx');

    await page.locator('input[type=file]').setInputFiles(first);
    await page.getByText('全部 2 行校验通过，可以入库。').waitFor();
    await page.getByRole('button', { name: /全部入库/ }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    assert.match(await page.getByTestId('import-result').innerText(), /新增 2 条/);
    await saveScreenshot(page, TEST, '01-first-file-committed-1280');

    await buttonLabelled(page, '继续上传').click();
    await page.locator('input[type=file]').setInputFiles(second);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    assert.match(
      await preview.innerText(),
      /税务局转来的处罚\.xlsx/,
      'the new file’s preview is shown, not the previous result',
    );
    const flagged = page.getByTestId('other-departments');
    assert.match(await flagged.innerText(), /国家税务总局鄂州市华容区税务局 1 行/);
    await saveScreenshot(page, TEST, '02-second-file-flagged-1280');
    await page.getByRole('button', { name: /全部入库/ }).click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    await page.locator('.ant-table-row').filter({ hasText: '税务局转来的处罚.xlsx' }).first().waitFor();
    assert.equal(await widestTableOverflow(page), 0, 'the batch history fits 1280 px without a sideways scroll');
    await saveScreenshot(page, TEST, '03-batch-history-1280');
    await context.close();
  });

  test('a reviewer approves a declaration seeing the declared level, the evidence image and the score change it made', async () => {
    const account = platform.account('enterprise');
    const enterprise = await platform.store.db
      .selectFrom('enterprises')
      .select(['id', 'uscc', 'name'])
      .where('uscc', '=', account.uscc!)
      .executeTakeFirstOrThrow();
    // A photo of the certificate, as a phone would take it: a real PNG the browser can show.
    const shooter = await browser.newPage({ viewport: { width: 320, height: 200 } });
    await shooter.setContent(
      '<body style="margin:0;background:#fffbe6;font:28px serif;display:flex;align-items:center;justify-content:center;height:200px">荣誉证书</body>',
    );
    const png = await shooter.screenshot();
    await shooter.close();
    const stored = await storeAttachment(platform.store.db, platform.dataDir, platform.secretKey.ring, {
      fileName: '证书.png',
      content: png,
      uploader: { actor: account.username, userId: null, enterpriseId: enterprise.id, departmentCode: null },
    });
    const declaration = await submitDeclaration(
      platform.store.db,
      {
        uscc: enterprise.uscc,
        actor: account.username,
        kind: 'honor',
        fields: {
          荣誉名称: '湖北省守合同重信用企业',
          荣誉级别: '省级',
          荣誉类型: '守合同重信用',
          授予单位: '湖北省市场监督管理局',
          授予日期: '2026-10-20',
        },
        attachments: [stored.sha256],
      },
      platform.secretKey,
    );

    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await logIn(page, platform, 'reviewer');
    await page.goto('/admin/review/declarations');
    const row = page.locator('tr.ant-table-row', { hasText: '湖北省守合同重信用企业' });
    await row.waitFor();
    assert.match(await row.innerText(), /省级/, 'the declared 荣誉级别 is in the row');
    assert.match(await row.innerText(), new RegExp(enterprise.name));
    assert.match(await row.innerText(), /\d+\.\d{2} 分/, 'the enterprise’s current score is in the row');
    const nameBox = await row.getByRole('link', { name: enterprise.name }).boundingBox();
    assert.ok(nameBox && nameBox.width > 100, `the 企业 column is readable (name ${nameBox?.width} px wide)`);
    assert.equal(await widestTableOverflow(page), 0, 'the review table fits 1280 px');

    await row.locator('.ant-table-row-expand-icon').click();
    const detail = page.getByTestId(`case-detail-${declaration.id}`);
    const image = detail.locator('[data-evidence="image"] img');
    await image.waitFor();
    await page.waitForFunction(
      (element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0,
      await image.elementHandle(),
    );
    assert.match(await detail.innerText(), /荣誉级别\s*省级/);
    await detail.locator('[data-evidence="image"] .ant-image').click();
    await page.locator('.ant-image-preview-img').waitFor();
    await saveScreenshot(page, TEST, '04-evidence-zoomed-1280', { fullPage: false });
    await page.keyboard.press('Escape');

    const decide = async (label: string) => {
      await row.getByRole('button', { name: new RegExp(`^${[...label].join(' ?')}$`) }).click();
      const dialog = await openedDialog(page);
      await dialog.getByRole('button', { name: new RegExp(`确认${label}`) }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await decide('受理');
    await page.getByTestId('decision-outcome').waitFor();
    await decide('审核通过');
    const outcome = page.getByTestId('decision-outcome');
    await outcome.filter({ hasText: '审核通过' }).waitFor({ timeout: 60_000 });
    const current = await platform.store.db
      .selectFrom('evaluations')
      .select(['score', 'grade'])
      .where('enterprise_id', '=', enterprise.id)
      .orderBy('as_of', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const text = await outcome.innerText();
    assert.match(
      text,
      new RegExp(`分数 \\d+\\.\\d{2} → ${Number(current.score).toFixed(2)}，等级 [A-E—]+ → ${current.grade}`),
      text,
    );
    await saveScreenshot(page, TEST, '05-declaration-approved-1280');
    await context.close();
  });

  test('an inspector on a phone lands on 我的检查任务, opens today’s visit and records a result with a photo', async () => {
    const inspector = platform.account('inspector');
    const today = todayInDistrict();
    const plan = await createInspectionPlan(platform.store.db, {
      departmentCode: 'scjg',
      title: '2026年第5期市场监管双随机抽查',
      seed: '屏幕-第5期',
      ratios: { D: 1 },
      inspectors: [inspector.username],
      inspectorsPerVisit: 1,
      checkItems: '营业执照、年度报告公示情况',
      legalBasis: '《市场监督管理行政处罚程序规定》第十八条',
      startsOn: today,
      dueOn: today,
      actor: 'scjg',
    });
    await drawInspectionPlan(platform.store.db, plan.id, 'scjg');
    const visit = await platform.store.db
      .selectFrom('inspection_visits')
      .select(['id', 'enterprise_id'])
      .where('plan_id', '=', plan.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await platform.store.db
      .updateTable('enterprises')
      .set({ address: '鄂州市华容区华容镇建设路 18 号' })
      .where('id', '=', visit.enterprise_id)
      .execute();

    const context = await openContext(browser, platform, 'phone');
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, platform, 'inspector');
    await page.waitForURL(/\/admin\/my-inspections$/);
    const card = page.locator(`section[data-group="today"] [data-visit-id="${visit.id}"]`);
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /鄂州市华容区华容镇建设路 18 号/);
    assert.match(text, /营业执照、年度报告公示情况/);
    assert.match(text, /《市场监督管理行政处罚程序规定》第十八条/);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= 390, `the page fits the phone (${scrollWidth} px)`);
    const header = await page.locator('header').first().boundingBox();
    const title = await page.locator('main').first().boundingBox();
    assert.ok(header && title && title.y >= header.y + header.height - 1, 'the header does not overlap the page');
    await saveScreenshot(page, TEST, '06-inspector-today-390');

    await card.getByRole('button', { name: /录入结果/ }).click();
    const dialog = await openedDialog(page);
    await chooseOption(page, dialog.getByLabel('检查结果'), '未发现问题');
    const shooter = await browser.newPage({ viewport: { width: 240, height: 160 } });
    await shooter.setContent('<body style="margin:0;background:#e6f4ff;font:24px sans-serif">经营场所</body>');
    const photo = path.join(dir, '现场.png');
    fs.writeFileSync(photo, await shooter.screenshot());
    await shooter.close();
    await dialog.locator('input[type=file][capture]').setInputFiles(photo);
    await dialog.getByText('现场.png').waitFor();
    await saveScreenshot(page, TEST, '07-inspector-result-390', { fullPage: false });
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await page.locator(`[data-visit-id="${visit.id}"]`, { hasText: '照片 1 张' }).waitFor();
    const stored = await platform.store.db
      .selectFrom('inspection_visits')
      .select(['outcome', 'photos'])
      .where('id', '=', visit.id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.outcome, '未发现问题');
    assert.equal(stored.photos.length, 1);
    await saveScreenshot(page, TEST, '08-inspector-done-390');
    await context.close();
  });
});
