import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chooseOption, logIn, openContext, saveScreenshot, waitUntilEntered } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { assertFitsPhone } from './support/phone-layout.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const TEST = 'enterprise-portal';

/** A real PNG photo of a certificate-like pattern (what a phone camera would hand the file input), made here. */
function makePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = y * (width * 3 + 1) + 1 + x * 3;
      const isBorder = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
      rows[offset] = isBorder ? 200 : 250;
      rows[offset + 1] = isBorder ? 30 : 240 - (y % 40);
      rows[offset + 2] = isBorder ? 30 : 220;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Opens the calendar of a date field, lets `choose` click a day in it, and waits until the calendar has closed. */
async function pickDate(page: Page, label: string, choose: (calendar: Locator) => Promise<void>): Promise<void> {
  await page.getByLabel(label).click();
  const calendar = page.locator('.ant-picker-dropdown').filter({ visible: true }).last();
  // A click while the calendar is still sliding in can miss its target on a busy machine: let it settle first.
  await waitUntilEntered(page, calendar);
  await choose(calendar);
  await calendar.waitFor({ state: 'hidden' });
}

describe('the enterprise portal on a phone', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    context = await openContext(browser, platform, 'phone');
    page = await context.newPage();
    await logIn(page, platform, 'enterprise');
  });

  test('an enterprise lands on 我的信用 and reads its grade, the composition of its score, its report and its records', async () => {
    assert.equal(new URL(page.url()).pathname, '/enterprise/grade', 'my credit is the enterprise’s home');
    await measurePage(page, {
      name: '我的信用',
      role: 'enterprise',
      route: '/enterprise/grade',
      open: '/enterprise/grade',
    });
    const { uscc } = platform.account('enterprise');
    const grade = await platform.store.db
      .selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select(['v.grade', 'v.score'])
      .where('e.uscc', '=', uscc!)
      .orderBy('v.as_of', 'desc')
      .orderBy('v.id', 'desc')
      .executeTakeFirstOrThrow();
    await page.getByLabel(`信用等级 ${grade.grade}`).waitFor();
    assert.match(await page.getByTestId('grade-card').innerText(), new RegExp(`${Number(grade.score)} 分`));
    await page.getByRole('img', { name: /各维度得分/ }).waitFor();
    await assertFitsPhone(page, '我的信用');
    await saveScreenshot(page, TEST, '01-grade');
    await page.getByRole('button', { name: /基本情况/ }).click();
    await page.getByText('成立年限').first().waitFor();
    await saveScreenshot(page, TEST, '02-grade-indicators');

    await measurePage(page, {
      name: '信用报告',
      role: 'enterprise',
      route: '/enterprise/grade/report',
      open: () => page.getByRole('button', { name: '信用报告' }).click(),
    });
    assert.match(await page.getByTestId('report-number').innerText(), /^XP-\d{6}-\d{8}-\d+$/);
    await assertFitsPhone(page, '信用报告');
    await saveScreenshot(page, TEST, '03-report');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 PDF' }).click();
    assert.match((await download).suggestedFilename(), /^企业信用报告-XP-.*\.pdf$/);

    await measurePage(page, {
      name: '我的记录',
      role: 'enterprise',
      route: '/enterprise/records',
      open: () => page.getByRole('button', { name: '我的记录' }).click(),
    });
    await page.getByRole('button', { name: /行政许可/ }).click();
    await page.getByRole('button', { name: '提出异议' }).first().waitFor();
    await assertFitsPhone(page, '我的记录');
    await saveScreenshot(page, TEST, '04-records');
  });

  test('an enterprise declares an honour with a photo taken on the phone and sees it waiting for review', async () => {
    await measurePage(page, {
      name: '办事',
      role: 'enterprise',
      route: '/enterprise/services',
      open: () => page.getByRole('button', { name: '办事' }).click(),
    });
    await assertFitsPhone(page, '办事');
    await saveScreenshot(page, TEST, '05-services');
    await measurePage(page, {
      name: '自主申报',
      role: 'enterprise',
      route: '/enterprise/services/declarations',
      open: () => page.getByRole('button', { name: /自主申报/ }).click(),
    });

    // Submitting an empty form names each missing field beside it.
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('请填写荣誉名称').waitFor();
    await page.getByText('请上传证明材料（拍照或选择文件）').waitFor();

    // The camera button is an <input type=file accept="image/*" capture>: the phone hands it the photo.
    const camera = page.locator('input[type=file][capture]');
    assert.equal(await camera.getAttribute('accept'), 'image/*');
    await camera.setInputFiles({ name: '荣誉证书.png', mimeType: 'image/png', buffer: makePng(320, 240) });
    await page.getByText(/已上传 · /).waitFor();

    // A problem only the server sees (a certificate valid until before it was issued) is shown under that field.
    await page.locator('label.ant-radio-button-wrapper', { hasText: '专业资质' }).click();
    await page.getByLabel('资质名称').fill('建筑业企业资质');
    await page.getByLabel('证书编号').fill('D342087654');
    await page.getByLabel('发证机关').fill('鄂州市住房和城乡建设局');
    await pickDate(page, '发证日期', (calendar) => calendar.getByText('今天').click());
    await pickDate(page, '有效期至', async (calendar) => {
      await calendar.locator('.ant-picker-header-prev-btn').click();
      await calendar.locator('td.ant-picker-cell-in-view').first().click();
    });
    await page.getByRole('button', { name: '提交申报' }).click();
    const validTo = page.locator('.ant-form-item').filter({ has: page.getByLabel('有效期至') });
    await validTo.locator('.ant-form-item-explain-error').waitFor();
    assert.match(
      await validTo.locator('.ant-form-item-explain-error').innerText(),
      /^截止日期 \d{4}-\d{2}-\d{2} 早于发证日期 \d{4}-\d{2}-\d{2}$/,
    );
    await saveScreenshot(page, TEST, '06-declaration-server-error');

    await page.locator('label.ant-radio-button-wrapper', { hasText: '荣誉表彰' }).click();
    await page.getByLabel('荣誉名称').fill('华容区科技创新先进单位');
    await chooseOption(page, page.getByLabel('荣誉级别'), '区级');
    await chooseOption(page, page.getByLabel('荣誉类型'), '科技奖励');
    await page.getByLabel('授予单位').fill('华容区人民政府');
    await pickDate(page, '授予日期', (calendar) => calendar.getByText('今天').click());
    await assertFitsPhone(page, '自主申报');
    await saveScreenshot(page, TEST, '07-declaration-form');

    await page.getByRole('button', { name: '提交申报' }).click();
    const mine = page.getByRole('list', { name: '我的申报' });
    await mine.waitFor();
    const card = mine.locator('li').first();
    assert.match(await card.innerText(), /荣誉表彰：华容区科技创新先进单位/);
    assert.match(await card.innerText(), /已提交/);
    assert.match(await card.innerText(), /等待受理/);
    await saveScreenshot(page, TEST, '08-declaration-pending');

    const declaration = await platform.store.db
      .selectFrom('declarations')
      .select(['state', 'attachments'])
      .where('id', '=', Number(await card.getAttribute('data-case-id')))
      .executeTakeFirstOrThrow();
    assert.equal(declaration.state, 'submitted');
    const attachment = await platform.store.db
      .selectFrom('attachments')
      .select(['media_type', 'file_name'])
      .where('sha256', '=', declaration.attachments[0])
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      attachment,
      { media_type: 'image/png', file_name: '荣誉证书.png' },
      'the photo reached the server as a PNG attached to the declaration',
    );
  });

  test('an enterprise files an objection against a record and sees it listed with its deadline', async () => {
    await page.getByRole('button', { name: '我的记录' }).click();
    await page.getByRole('button', { name: /行政许可/ }).click();
    await measurePage(page, {
      name: '异议申请',
      role: 'enterprise',
      route: '/enterprise/services/objections',
      open: () => page.getByRole('button', { name: '提出异议' }).first().click(),
    });
    const chosen = await page.locator('.ant-select-selection-item').first().innerText();
    assert.match(chosen, /^行政许可 · \d{4}-\d{2}-\d{2}$/, 'the record chosen in 我的记录 is preselected');
    await page.getByText(/须在 \d{4}-\d{2}-\d{2} 前提出/).waitFor();
    await page.getByLabel('异议理由').fill('该许可已于 2025 年变更，有效期登记有误。');
    await page
      .locator('input[type=file]:not([capture])')
      .setInputFiles({ name: '变更通知书.png', mimeType: 'image/png', buffer: makePng(200, 140) });
    await page.getByText(/已上传 · /).waitFor();
    await assertFitsPhone(page, '异议申请');
    await saveScreenshot(page, TEST, '09-objection-form');
    await page.getByRole('button', { name: '提交异议申请' }).click();
    const mine = page.getByRole('list', { name: '我的异议' });
    await mine.waitFor();
    const card = mine.locator('li').first();
    assert.match(await card.innerText(), /行政许可/);
    assert.match(await card.innerText(), /已提交/);
    assert.match(await card.innerText(), /受理后 15 个工作日内办结/, 'before acceptance: the period that will apply');
    await saveScreenshot(page, TEST, '10-objection-submitted');

    // The credit office accepts it; the deadline starts and the enterprise sees the day.
    const id = Number(await card.getAttribute('data-case-id'));
    const reviewer = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: platform.account('reviewer').username, password: 'xinping-demo' },
    });
    const cookie = reviewer.cookies.map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const accepted = await platform.app.inject({
      method: 'POST',
      url: `/api/objections/${id}/decision`,
      payload: { action: 'accept' },
      headers: { cookie },
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const listed = (
      await platform.app.inject({ method: 'GET', url: '/api/objections?state=accepted', headers: { cookie } })
    )
      .json()
      .items.find((item: { id: number }) => item.id === id);
    await measurePage(page, {
      name: '我的异议',
      role: 'enterprise',
      route: '/enterprise/services/objections',
      open: '/enterprise/services/objections?tab=mine',
    });
    const deadline = page.locator(`li[data-case-id="${id}"] [data-due-on]`);
    assert.equal(await deadline.getAttribute('data-due-on'), listed.deadline.dueOn);
    assert.equal(
      await deadline.innerText(),
      `办结时限 ${listed.deadline.dueOn}（还剩 ${listed.deadline.workingDaysLeft} 个工作日）`,
    );
    assert.match(await page.locator(`li[data-case-id="${id}"]`).innerText(), /已受理/);
    await assertFitsPhone(page, '我的异议');
    await saveScreenshot(page, TEST, '11-objection-deadline');
  });

  test('an enterprise reads its messages and the unread count in the tab bar goes down', async () => {
    const badge = page.locator('nav .ant-badge-count');
    await badge.waitFor();
    const before = Number(await badge.getAttribute('title').then((title) => /\d+/.exec(title ?? '')?.[0] ?? '0'));
    assert.ok(before > 0, 'filing the declaration and the objection sent messages');
    await measurePage(page, {
      name: '消息',
      role: 'enterprise',
      route: '/enterprise/inbox',
      open: () => page.getByRole('button', { name: /消息/ }).click(),
    });
    const unread = page.locator('li[data-read="false"]').first();
    const title = await unread.locator('strong').first().innerText();
    await unread.locator('button').click();
    await page.locator('li[data-read="true"]').filter({ hasText: title }).first().waitFor();
    await page.waitForFunction(
      (count) =>
        Number(/\d+/.exec(document.querySelector('nav .ant-badge-count')?.getAttribute('title') ?? '')?.[0] ?? '0') ===
        count - 1,
      before,
    );
    await assertFitsPhone(page, '消息');
    await saveScreenshot(page, TEST, '12-inbox');

    await measurePage(page, {
      name: '信用修复',
      role: 'enterprise',
      route: '/enterprise/services/repairs',
      open: '/enterprise/services/repairs',
    });
    assert.equal(
      await page.locator('main[data-route] .ant-alert-error').count(),
      0,
      '信用修复 shows the repairable records, not an error',
    );
    await assertFitsPhone(page, '信用修复');
    await saveScreenshot(page, TEST, '13-repairs');
    await measurePage(page, {
      name: '信用承诺',
      role: 'enterprise',
      route: '/enterprise/services/commitments',
      open: '/enterprise/services/commitments',
    });
    assert.equal(
      await page.locator('main[data-route] .ant-alert-error').count(),
      0,
      '信用承诺 shows the commitment form, not an error',
    );
    await assertFitsPhone(page, '信用承诺');
    await saveScreenshot(page, TEST, '14-commitments');
  });

  test('an enterprise runs its 信用体检 and sees what a chosen change would do to its score, marked as a simulation', async () => {
    await measurePage(page, {
      name: '信用体检',
      role: 'enterprise',
      route: '/enterprise/services/checkup',
      open: '/enterprise/services/checkup',
    });
    const suggestions = page.getByTestId('checkup-suggestion');
    await suggestions.first().waitFor();
    const first = suggestions.first();
    assert.match(
      await first.locator('.ant-tag').first().innerText(),
      /^\+\d+\.\d{2} 分$/,
      'each item says how much it adds',
    );
    await first.locator('.ant-checkbox-wrapper').click();
    await page.getByRole('button', { name: '试算所选 1 项' }).click();
    const result = page.getByTestId('checkup-result');
    await result.getByText('这是试算，不是正式评价结果，不会保存，也不改变任何记录。').waitFor();
    const scores = await result.locator('.ant-statistic-content-value').allInnerTexts();
    assert.equal(scores.length, 2, scores.join(' | '));
    assert.ok(Number(scores[1]) > Number(scores[0]), `the simulated score is higher: ${scores.join(' → ')}`);
    await assertFitsPhone(page, '信用体检');
    await saveScreenshot(page, TEST, '15-checkup');
  });
});
