import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { startDemoPlatform, type DemoPlatform } from './start-demo-platform.ts';

/**
 * The set-up every browser test file shares: before its tests, a demo platform and a browser are started and handed
 * to `onStart`; after them, both are closed. Hooks a file registers after this call run after it, so a file's own
 * `before` already has the platform and its own `after` runs once the browser is closed.
 */
export function useDemoPlatformInBrowser(
  onStart: (started: { platform: DemoPlatform; browser: Browser }) => void,
  options: Parameters<typeof startDemoPlatform>[0] = {},
): void {
  let platform: DemoPlatform | undefined;
  let browser: Browser | undefined;
  before(async () => {
    platform = await startDemoPlatform(options);
    browser = await launchBrowser();
    onStart({ platform, browser });
  });
  after(async () => {
    await browser?.close();
    await platform?.close();
  });
}
