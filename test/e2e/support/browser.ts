import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Role } from '../../../src/domain/roles.ts';
import { DEMO_PASSWORD, type DemoPlatform } from './start-demo-platform.ts';

/** Debian's Chromium (scripts/test.sh installs `chromium fonts-noto-cjk`); `npx playwright install` cannot download here. */
export const CHROMIUM_PATH = process.env.XINPING_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** A desktop (1366×800) or phone (375×812, touch) browser context, in Chinese, at the platform's URL. */
export async function openContext(browser: Browser, platform: DemoPlatform, device: 'desktop' | 'phone' = 'desktop'): Promise<BrowserContext> {
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
  context.on('weberror', (error) => process.stderr.write(`[浏览器页面错误] ${error.error().stack ?? error.error().message}\n`));
  return context;
}

/** Logs in through the login page as the demo account of a role, and waits for the role's home page. */
export async function logIn(page: Page, platform: DemoPlatform, role: Role): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(platform.account(role).username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

/** Saves a screenshot to test-output/screenshots/<test>/<step>.png and returns its path. */
export async function saveScreenshot(page: Page, test: string, step: string, options: { fullPage?: boolean } = {}): Promise<string> {
  const file = path.resolve(import.meta.dirname, '../../../test-output/screenshots', test, `${step}.png`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}
