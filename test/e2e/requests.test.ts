import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buttonLabelled, chooseOption, logIn, openContext, saveScreenshot } from './support/browser.ts';
import { measurePage } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SHOTS = 'requests';
/** A real 1×1 PNG: the server recognises attachments by their content. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('企呼我应 and the reform task board in the browser', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  test('an enterprise files a request on a phone, the department answers it, the enterprise rates it 不满意 and sees it reopened, and a reviewer reads the analysis, the board and the bulletin PDF', async () => {
    const title = `办理营业执照变更登记一直没有回复 ${Date.now()}`;

    // The enterprise, on a 375-px phone, files a request with a photo.
    const phone = await openContext(browser, platform, 'phone');
    const enterprisePage = await phone.newPage();
    await logIn(enterprisePage, platform, 'enterprise');
    await measurePage(enterprisePage, {
      name: '企呼我应（企业）',
      role: 'enterprise',
      route: '/enterprise/requests',
      open: '/enterprise/requests',
    });
    await saveScreenshot(enterprisePage, SHOTS, '01-enterprise-my-requests');
    await measurePage(enterprisePage, {
      name: '提交诉求（企业）',
      role: 'enterprise',
      route: '/enterprise/requests/new',
      open: () => enterprisePage.getByRole('button', { name: '提交诉求' }).click(),
    });
    await chooseOption(enterprisePage, enterprisePage.getByLabel('诉求类别'), '审批');
    await enterprisePage.getByLabel('标题').fill(title);
    await enterprisePage
      .getByLabel('诉求内容')
      .fill('上月提交的营业执照经营范围变更登记，至今未收到办理结果，请帮助查询进度。');
    await enterprisePage
      .locator('input[type=file]')
      .setInputFiles({ name: '受理回执.png', mimeType: 'image/png', buffer: PHOTO });
    await enterprisePage.locator('.ant-upload-list-item-done').waitFor();
    await saveScreenshot(enterprisePage, SHOTS, '02-enterprise-filing-form');
    await enterprisePage
      .getByRole('button', { name: '提 交' })
      .or(enterprisePage.getByRole('button', { name: '提交', exact: true }))
      .click();
    await enterprisePage.getByText('已提交').waitFor();
    const filed = await enterprisePage.getByTestId('filed-request').innerText();
    assert.match(
      filed,
      /华容区市场监督管理局/,
      'the routing rules send a 营业执照 approval request to the market regulator',
    );
    const trackingCode = (await enterprisePage.getByTestId('tracking-code').innerText()).trim();
    assert.match(trackingCode, /^QH/);
    await saveScreenshot(enterprisePage, SHOTS, '03-enterprise-filed');
    const stored = await platform.store.db
      .selectFrom('requests')
      .select(['id', 'department_code', 'attachments'])
      .where('tracking_code', '=', trackingCode)
      .executeTakeFirstOrThrow();
    assert.equal(stored.department_code, 'scjg');
    assert.equal(stored.attachments.length, 1);
    const width = await enterprisePage.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the filing page fits a 375-px screen (scroll width ${width})`);

    // The market regulator's operator accepts and answers it in the console.
    const desktop = await openContext(browser, platform, 'desktop');
    const operatorPage = await desktop.newPage();
    await logIn(operatorPage, platform, 'department_operator');
    await measurePage(operatorPage, {
      name: '诉求办理',
      role: 'department_operator',
      route: '/admin/requests',
      open: '/admin/requests',
    });
    await saveScreenshot(operatorPage, SHOTS, '04-operator-case-list');
    await measurePage(operatorPage, {
      name: '诉求详情',
      role: 'department_operator',
      route: '/admin/requests/:id',
      open: () => operatorPage.getByRole('link', { name: title }).click(),
    });
    assert.equal(new URL(operatorPage.url()).pathname, `/admin/requests/${stored.id}`);
    await operatorPage
      .getByRole('button', { name: '受 理' })
      .or(operatorPage.getByRole('button', { name: '受理', exact: true }))
      .click();
    const answer = '经核查，您的变更登记材料已于本周审核通过，新营业执照可到政务服务大厅市场监管窗口领取。';
    await operatorPage.getByLabel('答复内容').fill(answer);
    await saveScreenshot(operatorPage, SHOTS, '05-operator-answering');
    await operatorPage.getByRole('button', { name: '提交答复' }).click();
    await operatorPage.getByTestId('request-answer').waitFor();
    const answered = await operatorPage.getByTestId('request-answer').innerText();
    assert.match(answered, /新营业执照/);
    // 答复人 is the official's name, not the account.
    assert.ok(answered.includes(`答复人：${platform.account('department_operator').displayName}`), answered);
    await saveScreenshot(operatorPage, SHOTS, '06-operator-answered');

    // The enterprise reads the answer and rates it 不满意: the case is reopened for rectification.
    await measurePage(enterprisePage, {
      name: '诉求详情（企业）',
      role: 'enterprise',
      route: '/enterprise/requests/:id',
      open: `/enterprise/requests/${stored.id}`,
    });
    assert.match(await enterprisePage.getByTestId('request-answer').innerText(), /新营业执照/);
    await enterprisePage.getByRole('radio', { name: '不满意', exact: true }).check();
    await enterprisePage.getByLabel('不满意的原因').fill('窗口说还没有收到审核结果，请核实。');
    await saveScreenshot(enterprisePage, SHOTS, '07-enterprise-rating');
    await enterprisePage.getByRole('button', { name: '提交评价' }).click();
    const outcome = enterprisePage.getByRole('status').filter({ hasText: '重新交承办部门整改' });
    await outcome.waitFor();
    await enterprisePage.locator('.ant-descriptions').getByText('整改中').waitFor();
    await saveScreenshot(enterprisePage, SHOTS, '08-enterprise-reopened');
    const reopened = await platform.store.db
      .selectFrom('requests')
      .select(['state', 'reopen_count', 'rating'])
      .where('id', '=', stored.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(reopened, { state: 'rectifying', reopen_count: 1, rating: 'dissatisfied' });

    // The operator sees the case back with a rectification deadline.
    await operatorPage.reload();
    await operatorPage.getByLabel('整改答复').waitFor();
    await saveScreenshot(operatorPage, SHOTS, '09-operator-rectifying');

    // A reviewer opens 分析研判 and the board, and downloads the bulletin as PDF.
    const reviewerContext = await openContext(browser, platform, 'desktop');
    const reviewerPage = await reviewerContext.newPage();
    await logIn(reviewerPage, platform, 'reviewer');
    await measurePage(reviewerPage, {
      name: '分析研判',
      role: 'reviewer',
      route: '/admin/requests/analysis',
      open: '/admin/requests/analysis',
    });
    await reviewerPage.getByRole('img', { name: '诉求量、超期率与满意率的月度趋势图' }).waitFor();
    await reviewerPage.getByRole('img', { name: '按承办部门的诉求量图' }).waitFor();
    const volume = await reviewerPage
      .locator('.ant-statistic')
      .filter({ hasText: '诉求量' })
      .locator('.ant-statistic-content')
      .innerText();
    assert.ok(Number(volume) >= 1, 'this month counts at least the request filed above');
    await saveScreenshot(reviewerPage, SHOTS, '10-reviewer-analysis');
    const xlsx = reviewerPage.waitForEvent('download');
    await reviewerPage.getByRole('button', { name: /导出 Excel/ }).click();
    assert.match((await xlsx).suggestedFilename(), /^诉求分析研判-.*\.xlsx$/);

    await measurePage(reviewerPage, {
      name: '任务看板',
      role: 'reviewer',
      route: '/admin/reform-tasks',
      open: '/admin/reform-tasks',
    });
    await reviewerPage.getByRole('img', { name: '各实施阶段任务推进状态堆叠条形图' }).waitFor();
    const total = await reviewerPage
      .locator('.ant-statistic')
      .filter({ hasText: '任务总数' })
      .locator('.ant-statistic-content')
      .innerText();
    assert.equal(
      Number(total),
      34,
      'the board counts both lists of the policy documents: 16 tasks of 000 附件2 and 18 of 001 附件',
    );
    await saveScreenshot(reviewerPage, SHOTS, '11-reviewer-board');

    await measurePage(reviewerPage, {
      name: '进度通报',
      role: 'reviewer',
      route: '/admin/reform-tasks/bulletin',
      open: () => reviewerPage.getByRole('link', { name: '进度通报' }).first().click(),
    });
    await reviewerPage
      .frameLocator('iframe[title="重点任务推进情况通报"]')
      .getByRole('heading', { level: 1 })
      .waitFor();
    await saveScreenshot(reviewerPage, SHOTS, '12-reviewer-bulletin');
    const pdfDownload = reviewerPage.waitForEvent('download');
    await reviewerPage.getByRole('button', { name: '下载 PDF' }).click();
    const pdf = await pdfDownload;
    assert.match(pdf.suggestedFilename(), /^重点任务推进情况通报-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = fs.readFileSync(await pdf.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok(bytes.length > 10_000, `the bulletin PDF has content (${bytes.length} bytes)`);

    await Promise.all([phone.close(), desktop.close(), reviewerContext.close()]);
  });

  test('a department operator reports progress on a task it leads, and is told why it may not report on one it is not named in', async () => {
    const context = await openContext(browser, platform, 'desktop');
    const page = await context.newPage();
    await logIn(page, platform, 'department_operator');
    await measurePage(page, {
      name: '任务清单',
      role: 'department_operator',
      route: '/admin/reform-tasks/list',
      open: '/admin/reform-tasks/list',
    });
    assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 20, 'the first page of the 34 tasks');
    await saveScreenshot(page, SHOTS, '13-operator-task-list');

    // 000-06 is led by 区发改经信局 with 区税务局 and 区财政局: the market regulator is not named.
    await measurePage(page, {
      name: '任务详情',
      role: 'department_operator',
      route: '/admin/reform-tasks/list/:code',
      open: '/admin/reform-tasks/list/000-06',
    });
    await page.getByRole('textbox', { name: '推进情况' }).fill('已完成信用承诺制度的梳理。');
    await buttonLabelled(page, '报送').click();
    const refusal = page.getByRole('form', { name: '报送推进情况' }).getByRole('alert');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /区市场监管局不是重点任务 000-06 的牵头单位或责任单位/);
    await saveScreenshot(page, SHOTS, '14-operator-report-refused');

    // 001-04 is led by 区市场监管局: the report is taken and listed.
    await page.goto('/admin/reform-tasks/list/001-04');
    await page.getByRole('textbox', { name: '推进情况' }).fill('信用修复“一件事”办理流程已上线试运行。');
    await page.getByRole('radio', { name: '推进中' }).check();
    await page.getByLabel('完成进度（%）').fill('60');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '上线截图.png', mimeType: 'image/png', buffer: PHOTO });
    await page.locator('.ant-upload-list-item-done').waitFor();
    await buttonLabelled(page, '报送').click();
    await page.locator('.ant-table-row').filter({ hasText: '已上线试运行' }).waitFor();
    await saveScreenshot(page, SHOTS, '15-operator-reported');
    const report = await platform.store.db
      .selectFrom('reform_task_reports')
      .select(['unit_code', 'status', 'percent', 'attachments'])
      .where('task_code', '=', '001-04')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...report, attachments: report.attachments.length },
      { unit_code: 'scjg', status: 'in_progress', percent: 60, attachments: 1 },
    );

    await measurePage(page, {
      name: '督办',
      role: 'department_operator',
      route: '/admin/requests/escalated',
      open: '/admin/requests/escalated',
    });
    await saveScreenshot(page, SHOTS, '16-operator-escalated');
    await context.close();
  });

  test('a visitor files a request with a phone number, gets a tracking code and follows the case with it', async () => {
    const context = await openContext(browser, platform, 'phone');
    const page = await context.newPage();
    await measurePage(page, {
      name: '企呼我应（公众）',
      role: 'anonymous',
      route: '/public/requests',
      open: '/public/requests',
    });
    await chooseOption(page, page.getByLabel('诉求类别'), '水电气');
    await page.getByLabel('标题').fill('园区停电未提前通知');
    await page.getByLabel('诉求内容').fill('本周二园区突然停电四小时，没有提前通知，影响生产。');
    await page.getByLabel('手机号码').fill('13912345678');
    await buttonLabelled(page, '提交').click();
    const trackingCode = (await page.getByTestId('tracking-code').innerText()).trim();
    assert.match(trackingCode, /^QH/);
    await saveScreenshot(page, SHOTS, '17-visitor-filed');

    await page.getByRole('button', { name: '查询进度' }).click();
    await page.getByLabel('手机号码').fill('13900000000');
    await buttonLabelled(page, '查询').click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /未找到/, 'a wrong phone number finds nothing');
    await page.getByLabel('手机号码').fill('13912345678');
    await buttonLabelled(page, '查询').click();
    await page.getByText('园区停电未提前通知').waitFor();
    assert.match(await page.locator('.ant-descriptions').filter({ hasText: '状态' }).innerText(), /待受理/);
    await saveScreenshot(page, SHOTS, '18-visitor-tracked');
    await context.close();
  });
});
