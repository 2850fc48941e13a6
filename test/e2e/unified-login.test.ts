import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openContext, saveScreenshot } from './support/browser.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';
import { startOidcTestProvider, type OidcTestProvider } from '../support/oidc-test-provider.ts';
import { makeOrganizationCode, makeUscc } from '../../src/domain/uscc.ts';

const TEST = 'unified-login';

/** The XINPING_OIDC_* variables a deployment sets (unified-login-settings.ts), pointing at the test provider. */
function configureFromEnvironment(provider: OidcTestProvider): Record<string, string> {
  const { settings } = provider;
  return {
    XINPING_OIDC_ISSUER: settings.issuer,
    XINPING_OIDC_CLIENT_ID: settings.clientId,
    XINPING_OIDC_CLIENT_SECRET: settings.clientSecret ?? '',
    XINPING_OIDC_REDIRECT_URI: settings.redirectUri,
    XINPING_OIDC_USCC_CLAIM: settings.usccClaim,
    XINPING_OIDC_SCOPE: settings.scope,
  };
}

describe('unified login in the browser', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let provider: OidcTestProvider;
  let context: BrowserContext;
  let page: Page;
  let enterprise: { uscc: string; name: string; grade: string };
  const accounts: Record<string, Record<string, string>> = {};
  const variables: string[] = [];
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));
  before(async () => {
    // A demo enterprise with a grade and no account on the platform yet.
    enterprise = await platform.store.db
      .selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select(['e.uscc', 'e.name', 'v.grade'])
      .where('e.uscc', 'not in', platform.store.db.selectFrom('users').select('uscc').where('uscc', 'is not', null))
      .orderBy('e.id')
      .orderBy('v.as_of', 'desc')
      .orderBy('v.id', 'desc')
      .executeTakeFirstOrThrow();
    accounts['legal-person'] = { name: enterprise.name, uscc: enterprise.uscc };
    provider = await startOidcTestProvider({ redirectUri: `${platform.url}/api/auth/oidc/callback`, accounts });
    // The server reads XINPING_OIDC_* when unified login is first asked about, as a deployment does.
    for (const [name, value] of Object.entries(configureFromEnvironment(provider))) {
      process.env[name] = value;
      variables.push(name);
    }
    context = await openContext(browser, platform, 'phone');
    page = await context.newPage();
  });
  after(async () => {
    for (const name of variables) delete process.env[name];
    await context?.close();
    await provider?.close();
  });

  test('an enterprise logs in through the identity service, consents once, and lands on its own 我的信用', async () => {
    await page.goto('/login');
    await page.getByRole('link', { name: '政务服务网统一身份认证登录' }).click();

    // The identity service's own login and consent pages (oidc-provider's development interactions).
    await page.locator('input[name=login]').fill('legal-person');
    await page.locator('input[name=password]').fill('any-password');
    await page.locator('button[type=submit]').click();
    await page.locator('button[type=submit]', { hasText: 'Continue' }).click();

    await page.waitForURL((url) => url.pathname === '/login/unified-consent');
    await page.getByRole('heading', { name: '授权使用统一身份认证信息' }).waitFor();
    // The heading is there at once; the enterprise and the buttons come with the consent the page asks the server for.
    await page.getByRole('button', { name: /同意授权并登录/ }).waitFor();
    const consentText = await page.locator('main').innerText();
    assert.match(consentText, new RegExp(enterprise.name));
    assert.match(consentText, new RegExp(enterprise.uscc));
    assert.match(consentText, /创建企业账号并登录/);
    await saveScreenshot(page, TEST, '01-consent');
    await page.getByRole('button', { name: /同意授权并登录/ }).click();

    await page.waitForURL((url) => url.pathname === '/enterprise/grade');
    await page.getByLabel(`信用等级 ${enterprise.grade}`).waitFor();
    assert.match(await page.getByTestId('grade-card').innerText(), new RegExp(enterprise.name));
    await saveScreenshot(page, TEST, '02-grade');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    assert.deepEqual([me.role, me.uscc], ['enterprise', enterprise.uscc]);
  });

  test('an enterprise outside the register reads the refusal in Chinese on the login page', async () => {
    const outside = makeUscc(`91420703${makeOrganizationCode('MA4Y9998')}`);
    assert.equal(
      await platform.store.db.selectFrom('enterprises').select('id').where('uscc', '=', outside).executeTakeFirst(),
      undefined,
    );
    accounts.outsider = { name: '外地某公司', uscc: outside };
    const fresh = await context.browser()!.newContext({ baseURL: platform.url, locale: 'zh-CN' });
    const other = await fresh.newPage();
    try {
      await other.goto('/login');
      await other.getByRole('link', { name: '政务服务网统一身份认证登录' }).click();
      await other.locator('input[name=login]').fill('outsider');
      await other.locator('input[name=password]').fill('any-password');
      await other.locator('button[type=submit]').click();
      await other.locator('button[type=submit]', { hasText: 'Continue' }).click();
      await other.waitForURL((url) => url.pathname === '/login' && url.search.includes('unifiedLoginRefusal'));
      const alert = other.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /统一身份认证登录未成功[\s\S]*不在本平台企业名录中/);
    } finally {
      await fresh.close();
    }
  });
});
