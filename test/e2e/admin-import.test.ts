import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  PENALTY_HEADERS,
  samplePenaltyRow,
  writeSampleXlsx,
  type SampleRow,
} from '../../src/services/import/sample-files.ts';
import { logIn, openContext, saveScreenshot } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const TEST = 'admin-import';
const USCC_COLUMN = '行政相对人代码_1(统一社会信用代码)';

describe('数据归集 in the admin console on the demo district', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let dir: string;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-e2e-files-'));
  });
  after(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an operator uploads an Excel file with a bad row, sees the row error in the preview, fixes the file, uploads it again and commits', async () => {
    // Three penalty decisions of 区市场监管局 (the demo operator's department) against demo enterprises; the second has a
    // mistyped code (wrong check character) in the file the operator first uploads.
    const enterprises = await platform.store.db
      .selectFrom('enterprises')
      .select(['uscc', 'name'])
      .where('source', '=', 'registry')
      .orderBy('id')
      .offset(100)
      .limit(3)
      .execute();
    const rows: SampleRow[] = enterprises.map((enterprise, index) =>
      samplePenaltyRow(index, {
        行政相对人名称: enterprise.name,
        [USCC_COLUMN]: enterprise.uscc,
        行政处罚决定书文号: `鄂华市监处罚〔2026〕E2E-${index + 1}号`,
        处罚决定日期: '2026/3/2',
      }),
    );
    const good = enterprises[1].uscc;
    const mistyped = good.slice(0, 17) + (good[17] === 'X' ? 'Y' : 'X');
    const bad = path.join(dir, '三月行政处罚.xlsx');
    await writeSampleXlsx(
      bad,
      PENALTY_HEADERS,
      rows.map((row, index) => (index === 1 ? { ...row, [USCC_COLUMN]: mistyped } : row)),
    );
    const fixed = path.join(dir, '三月行政处罚（已更正）.xlsx');
    await writeSampleXlsx(fixed, PENALTY_HEADERS, rows);

    const context = await openContext(browser, platform);
    const page = await context.newPage();
    await logIn(page, platform, 'department_operator');
    await measurePage(page, { name: '工作台', role: 'department_operator', route: '/admin', open: '/admin' });
    await measurePage(page, {
      name: '数据归集',
      role: 'department_operator',
      route: '/admin/imports',
      open: () => page.getByRole('menuitem', { name: '数据归集' }).click(),
    });
    await saveScreenshot(page, TEST, '01-import-page');

    await page.locator('input[type=file]').setInputFiles(bad);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorRow = errors.locator('tbody tr').first();
    assert.equal(
      await errorRow.locator('td').nth(0).innerText(),
      '3',
      'the bad row is row 3 as Excel numbers it (header = 1)',
    );
    assert.equal(await errorRow.locator('td').nth(1).innerText(), USCC_COLUMN);
    assert.match(await errorRow.locator('td').nth(2).innerText(), /校验/);
    assert.equal(await page.getByTestId('rejected-rows').innerText(), '1');
    assert.ok(
      await page.getByRole('button', { name: /全部入库/ }).isDisabled(),
      'a file with errors cannot be committed whole',
    );
    await saveScreenshot(page, TEST, '02-preview-with-row-error');
    const batchesBefore = await platform.store.db.selectFrom('import_batches').select('id').execute();
    assert.ok(
      !(await platform.store.db
        .selectFrom('records')
        .select('id')
        .where('natural_key', 'like', '鄂华市监处罚〔2026〕E2E-%')
        .executeTakeFirst()),
      'the preview stored nothing',
    );

    await page.getByRole('button', { name: '重新选择文件' }).click();
    await page.locator('input[type=file]').setInputFiles(fixed);
    await page.getByText('全部 3 行校验通过，可以入库。').waitFor();
    await saveScreenshot(page, TEST, '03-preview-clean');
    await page.getByRole('button', { name: /全部入库/ }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 60_000 });
    assert.match(await result.innerText(), /新增 3 条/);
    await page.locator('.ant-table-row').filter({ hasText: '三月行政处罚（已更正）.xlsx' }).first().waitFor();
    await saveScreenshot(page, TEST, '04-committed');

    const batch = await platform.store.db
      .selectFrom('import_batches')
      .selectAll()
      .where('file_name', '=', '三月行政处罚（已更正）.xlsx')
      .executeTakeFirstOrThrow();
    assert.equal(batch.status, 'committed');
    assert.equal(batch.department_code, 'scjg');
    assert.equal(batch.created_rows, 3);
    assert.equal(
      (await platform.store.db.selectFrom('import_batches').select('id').execute()).length,
      batchesBefore.length + 1,
    );
    await context.close();
  });
});
