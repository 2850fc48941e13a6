import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import type { Role } from '../../../src/domain/roles.ts';
import { DEMO_PASSWORD, type DemoPlatform } from './start-demo-platform.ts';

/** Debian's Chromium (scripts/test.sh installs `chromium fonts-noto-cjk`); `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = process.env.XINPING_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A desktop (1366×800) or phone (375×812, touch) browser context, in Chinese, at the platform's URL. */
export async function openContext(
  browser: Browser,
  platform: DemoPlatform,
  device: 'desktop' | 'phone' = 'desktop',
): Promise<BrowserContext> {
  const phone = device === 'phone';
  const context = await browser.newContext({
    baseURL: platform.url,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: phone ? { width: 375, height: 812 } : { width: 1366, height: 800 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    acceptDownloads: true,
  });
  // A script error in the page is a failure of the page: show it next to the test's own output.
  context.on('weberror', (error) =>
    process.stderr.write(`[浏览器页面错误] ${error.error().stack ?? error.error().message}\n`),
  );
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return context;
}

const openContexts = new Set<BrowserContext>();
const FAILURES_DIR = path.resolve(import.meta.dirname, '../../../test-output/failures');

// Evidence for a failed browser test: every page still open gets a screenshot and its text as the user saw them at
// the moment of failure (and its HTML, for what the screenshot cannot tell), in test-output/failures/<test>/, named in
// the test's output.
afterEach(async (t) => {
  // `passed` is there since Node 20.13; @types/node 20 does not declare it yet.
  if ((t as unknown as { passed: boolean }).passed) return;
  const folder = path.join(FAILURES_DIR, t.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80));
  fs.mkdirSync(folder, { recursive: true });
  const pages = [...openContexts].flatMap((context) => context.pages());
  for (const [index, page] of pages.entries()) {
    const base = path.join(folder, `page-${index + 1}`);
    try {
      await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 });
      const text = await page.evaluate(() => document.body.innerText, undefined);
      fs.writeFileSync(`${base}.txt`, `${page.url()}\n\n${text}\n`);
      fs.writeFileSync(`${base}.html`, await page.content());
      process.stderr.write(`[失败现场] ${path.relative(process.cwd(), base)}.png / .txt / .html\n`);
    } catch (error) {
      process.stderr.write(`[失败现场] 第 ${index + 1} 个页面无法保存： ${(error as Error).message}\n`);
    }
  }
});

/** Logs in through the login page as the demo account of a role, and waits for the role's home page. */
export async function logIn(page: Page, platform: DemoPlatform, role: Role): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(platform.account(role).username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/**
 * A button by its label as the user reads it. Ant Design renders a two-character label as “查 询” (a space inserted),
 * and while a button's loading icon is leaving, the icon's name (“loading”) still starts the button's accessible name:
 * the label is matched at the end of the name, with or without the space. (An exact “查询” missed the tracking form's
 * button for 30 s under load, while the page showed it ready: the icon had not yet left.)
 */
export function buttonLabelled(page: Page | Locator, label: string) {
  const pattern = [...label].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ?');
  return page.getByRole('button', { name: new RegExp(`(^|\\s)${pattern}$`) });
}

/**
 * Confirms the open Popconfirm with its button. The popover zooms in: a click aimed while it is still moving can land
 * beside the button and leave the popover open (seen as a plan that was never drawn or published while the page showed
 * the popover for 30 s), so the click waits until the popover has entered (see `waitUntilEntered`: waiting for its
 * animations alone passes before they have started).
 */
export async function confirmPopconfirm(page: Page, label: string): Promise<void> {
  const popover = await openedPopconfirm(page);
  await buttonLabelled(popover, label).click();
  await popover.waitFor({ state: 'hidden' });
}

/** The Popconfirm just opened, once it has finished zooming in (for a test that fills it before confirming). */
export async function openedPopconfirm(page: Page): Promise<Locator> {
  const popover = page.locator('.ant-popconfirm').filter({ visible: true }).last();
  await waitUntilEntered(page, popover);
  return popover;
}

/**
 * The modal dialog just opened (the one named `name`, or the last visible one), once it has finished zooming in. A
 * click on its button while it is still zooming can land where the button is not yet and be lost: seen as the
 * reviewer's 确认审核通过 dialog still open 30 s after the click, with the button never busy and nothing sent, the
 * dialog's classes at the click still `ant-zoom-appear ant-zoom-appear-active`. The wait is on the motion classes as
 * well as the animations: before `-active` is added the keyframes are not yet attached, so no animation is running.
 */
export async function openedDialog(page: Page, name?: string): Promise<Locator> {
  const dialog = page
    .getByRole('dialog', name === undefined ? {} : { name })
    .filter({ visible: true })
    .last();
  await waitUntilEntered(page, dialog);
  return dialog;
}

/**
 * Waits until an element that moves in (a modal, a drawer's panel, a popover, a dropdown) is where it will stay: its
 * motion classes gone (`…-appear`, `…-enter`, `-active` included) and its own animations finished.
 */
export async function waitUntilEntered(page: Page, element: Locator): Promise<void> {
  await element.waitFor();
  await page.waitForFunction(
    (node) =>
      node !== null &&
      !/-(appear|enter)\b/.test(node.className) &&
      node.getAnimations().every((animation) => animation.playState === 'finished'),
    await element.elementHandle(),
  );
}

/**
 * Chooses an option of an antd Select opened by clicking `field` (typing `search` first, for a searchable select):
 * the first option whose text matches. The option is clicked once the dropdown has slid in: on a busy machine a click
 * during the slide-in landed on an option that was still moving and was lost, leaving the field empty (seen in a
 * failure screenshot: 请选择检查结果 under an empty select).
 */
export async function chooseOption(
  page: Page,
  field: Locator,
  option: string | RegExp,
  search?: string,
): Promise<void> {
  await field.click();
  if (search !== undefined) await page.keyboard.type(search);
  const dropdown = page.locator('.ant-select-dropdown').filter({ visible: true }).last();
  await waitUntilEntered(page, dropdown);
  await dropdown.locator('.ant-select-item-option', { hasText: option }).first().click();
  await dropdown.waitFor({ state: 'hidden' });
}

/**
 * Waits until a table (or, on a phone, its list of cards) inside `scope` shows the answer to the search or filter just
 * made: nothing in `scope` is loading and every row names `text`. antd keeps the previous rows on screen while the new
 * ones load, and a search answers some time after the click, so a row naming `text` may still be an old one (seen as
 * 20 rows counted under an audit search that answers one). `scope` must stay in the page while it reloads (a card).
 */
export async function waitForRowsNaming(
  page: Page,
  scope: Locator,
  text: string,
  rows = '.ant-table-row',
): Promise<void> {
  await scope.waitFor();
  try {
    await page.waitForFunction(
      ({ node, text, rows }) => {
        if (node === null || node.querySelector('[data-loading="true"], .ant-spin-spinning')) return false;
        const shown = [...node.querySelectorAll(rows)];
        return shown.length > 0 && shown.every((row) => row.textContent?.includes(text));
      },
      { node: await scope.elementHandle(), text, rows },
    );
  } catch (error) {
    const shown = await scope.locator(rows).allInnerTexts();
    throw new Error(`the rows never all named “${text}”; ${shown.length} shown: ${shown.slice(0, 3).join(' | ')}`, {
      cause: error,
    });
  }
}

/**
 * Waits until every finite animation and transition in the page has ended (a table fading in after loading, a drawer
 * sliding in, a bar filling), so that a screenshot shows what a person sees. Two frames first: a transition starts on
 * the frame after the change that causes it. Endless animations (spinners) are not waited for.
 */
export async function waitForAnimationsToEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState !== 'paused' &&
            animation.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY,
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}

/**
 * Saves a screenshot to test-output/screenshots/<test>/<step>.png and returns its path, once the page's finite
 * animations have ended (a table fading in, a panel half open), so what is saved is what a person sees.
 */
export async function saveScreenshot(
  page: Page,
  test: string,
  step: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const file = path.resolve(import.meta.dirname, '../../../test-output/screenshots', test, `${step}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await waitForAnimationsToEnd(page);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
