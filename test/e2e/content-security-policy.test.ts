import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Role } from '../../src/domain/roles.ts';
import { logIn, openContext } from './support/browser.ts';
import { waitUntilUsable } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

/**
 * The strict Content-Security-Policy must not break the web application: pages of every kind
 * (charts, tables, forms, the API reference) load in Chromium without a single CSP violation.
 */
const PAGES: Array<{ role: Role | 'anonymous'; routes: string[] }> = [
  { role: 'anonymous', routes: ['/public', '/public/disclosure', '/public/model', '/public/verify', '/login'] },
  {
    role: 'admin',
    routes: ['/admin', '/admin/grade-use/credit-index', '/admin/reform-tasks/bulletin', '/admin/model', '/admin/users'],
  },
  { role: 'audit_admin', routes: ['/admin/audit'] },
  { role: 'enterprise', routes: ['/enterprise/grade', '/enterprise/records', '/enterprise/requests/new'] },
  { role: 'bank', routes: ['/bank/whitelist'] },
];

describe('the web application under its Content-Security-Policy', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  /** A page that records every CSP violation, from the console and from the DOM event. */
  async function watchedPage(violations: string[]): Promise<Page> {
    const context = await openContext(browser, platform);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|CSP violation/.test(message.text()))
        violations.push(`${page.url()}: ${message.text()}`);
    });
    return page;
  }

  test('every kind of page loads and renders without a CSP violation', async () => {
    const violations: string[] = [];
    let visited = 0;
    for (const { role, routes } of PAGES) {
      const page = await watchedPage(violations);
      if (role !== 'anonymous') await logIn(page, platform, role);
      for (const route of routes) {
        await page.goto(route);
        await waitUntilUsable(page, route);
        visited += 1;
      }
      await page.context().close();
    }
    const docs = await watchedPage(violations);
    await docs.goto('/docs');
    await docs.locator('.swagger-ui .opblock').first().waitFor();
    await docs.context().close();
    assert.equal(visited, PAGES.flatMap((group) => group.routes).length);
    assert.deepEqual(violations, []);
  });
});
