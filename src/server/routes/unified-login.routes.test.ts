import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import {
  signInAtProvider,
  startOidcTestProvider,
  type OidcTestProvider,
} from '../../../test/support/oidc-test-provider.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';
import { UNIFIED_LOGIN_COOKIE } from './unified-login.routes.ts';

const CALLBACK = 'http://127.0.0.1:9/api/auth/oidc/callback';
const UNREGISTERED = makeUscc(`91420703${makeOrganizationCode('MA4A0099')}`);

describeOnEachEngine('unified login through an OpenID provider', (current) => {
  let fixture: ServerFixture;
  let provider: OidcTestProvider;
  before(async () => {
    const accounts: Record<string, Record<string, string>> = {
      'legal-unregistered': { name: '外省某公司', uscc: UNREGISTERED },
      'legal-invalid': { name: '代码有误的公司', uscc: '91420703MA4A00990X' },
      'staff-wang': { name: '王审核' },
    };
    provider = await startOidcTestProvider({ redirectUri: CALLBACK, accounts });
    fixture = await createServerFixture(current(), { unifiedLogin: provider.settings });
    // The provider reads its accounts when someone signs in: the fixture's enterprises are known by then.
    accounts['legal-a'] = { name: '鄂州甲科技有限公司', uscc: fixture.enterpriseA };
    accounts['legal-b'] = { name: '鄂州乙光电有限公司', uscc: fixture.enterpriseB };
  });
  after(async () => {
    await fixture?.close();
    await provider?.close();
  });

  /** Start → provider login and consent as `accountId` → callback; returns the callback's answer and the flow cookie. */
  const logInThroughProvider = async (accountId: string) => {
    const start = await fixture.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    assert.equal(start.statusCode, 302);
    const flowCookie = start.cookies.find((cookie) => cookie.name === UNIFIED_LOGIN_COOKIE)?.value;
    assert.ok(flowCookie, 'the browser holds the login in progress in a cookie');
    const callbackUrl = await signInAtProvider(start.headers.location as string, accountId);
    const callback = await fixture.app.inject({
      method: 'GET',
      url: `${callbackUrl.pathname}${callbackUrl.search}`,
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    return { callback, flowCookie, callbackUrl };
  };
  const sessionOf = (response: { cookies: Array<{ name: string; value: string }> }) =>
    response.cookies.find((cookie) => cookie.name === SESSION_COOKIE && cookie.value)?.value;
  const me = async (session: string) =>
    (await fixture.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: session } })).json();
  const lastEvent = async (action: string) =>
    current()
      .db.selectFrom('audit_events')
      .select(['actor', 'payload'])
      .where('action', '=', action)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
  const enterpriseAccounts = async (uscc: string) =>
    current().db.selectFrom('users').select(['username', 'display_name']).where('uscc', '=', uscc).execute();

  test('the login page is told unified login is on, and the start sends the browser to the provider with PKCE, state and nonce', async () => {
    const status = (await fixture.app.inject({ method: 'GET', url: '/api/auth/oidc' })).json();
    assert.equal(status.isEnabled, true);
    assert.match(status.refusals.uscc_unknown, /不在本平台企业名录/);
    const start = await fixture.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const target = new URL(start.headers.location as string);
    assert.equal(target.origin, provider.issuer);
    assert.equal(target.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(target.searchParams.get('code_challenge'));
    assert.ok(target.searchParams.get('state'));
    assert.ok(target.searchParams.get('nonce'));
    assert.equal(target.searchParams.get('redirect_uri'), CALLBACK);
  });

  test('an enterprise without an account consents on its first login, gets its account and lands logged in as itself', async () => {
    assert.deepEqual(await enterpriseAccounts(fixture.enterpriseB), []);
    const { callback, flowCookie } = await logInThroughProvider('legal-b');
    assert.equal(callback.statusCode, 302);
    assert.equal(callback.headers.location, '/login/unified-consent');
    assert.equal(sessionOf(callback), undefined, 'no session before consent');
    assert.deepEqual(await enterpriseAccounts(fixture.enterpriseB), [], 'no account before consent');

    const consent = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/oidc/consent',
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal(consent.statusCode, 200);
    assert.equal(consent.json().enterpriseName, '鄂州乙光电有限公司');
    assert.equal(consent.json().uscc, fixture.enterpriseB);
    assert.equal(consent.json().hasAccount, false);
    assert.ok(consent.json().items.some((item: string) => item.startsWith('统一社会信用代码')));

    const accepted = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/consent',
      payload: { isAccepted: true },
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal(accepted.statusCode, 200);
    const session = sessionOf(accepted);
    assert.ok(session, 'the same session cookie as a password login');
    const self = await me(session);
    assert.equal(self.role, 'enterprise');
    assert.equal(self.uscc, fixture.enterpriseB);
    assert.equal(self.mustChangePassword, false);
    assert.deepEqual(await enterpriseAccounts(fixture.enterpriseB), [
      { username: fixture.enterpriseB, display_name: '鄂州乙光电有限公司' },
    ]);
    const login = await lastEvent('auth.logged_in');
    assert.equal(login.actor, fixture.enterpriseB);
    assert.equal((login.payload as { method: string }).method, 'unified');
    assert.equal((await lastEvent('auth.unified_consent_given')).actor, `统一身份认证（${fixture.enterpriseB}）`);

    // The second time there is nothing to consent to: the callback opens the session itself.
    const again = await logInThroughProvider('legal-b');
    assert.equal(again.callback.headers.location, '/login');
    assert.equal((await me(sessionOf(again.callback) as string)).uscc, fixture.enterpriseB);
    assert.equal((await enterpriseAccounts(fixture.enterpriseB)).length, 1, 'still one account');
  });

  test('an enterprise that already has an account is linked to it, not given a second one', async () => {
    const before = await enterpriseAccounts(fixture.enterpriseA);
    assert.equal(before.length, 1);
    const { flowCookie } = await logInThroughProvider('legal-a');
    const consent = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/oidc/consent',
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal(consent.json().hasAccount, true);
    const accepted = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/consent',
      payload: { isAccepted: true },
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal((await me(sessionOf(accepted) as string)).username, before[0].username);
    assert.deepEqual(await enterpriseAccounts(fixture.enterpriseA), before);
  });

  test('an enterprise that declines consent gets no account and no session, and is told so in Chinese', async () => {
    const enterpriseCount = async () =>
      (await current().db.selectFrom('users').select('id').where('role', '=', 'enterprise').execute()).length;
    const countBefore = await enterpriseCount();
    // A's identity was linked by the previous test; removing the link (as only a test may) makes its next login a first one.
    await current().db.deleteFrom('unified_identities').where('subject', '=', fixture.enterpriseA).execute();
    const { flowCookie } = await logInThroughProvider('legal-a');
    const declined = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/consent',
      payload: { isAccepted: false },
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal(declined.statusCode, 403);
    assert.match(declined.json().error.message, /未同意授权/);
    assert.equal(sessionOf(declined), undefined);
    assert.equal(await enterpriseCount(), countBefore);
    const reused = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/oidc/consent',
      payload: { isAccepted: true },
      cookies: { [UNIFIED_LOGIN_COOKIE]: flowCookie },
    });
    assert.equal(reused.statusCode, 403, 'a declined flow cannot be accepted afterwards');
  });

  test('an enterprise outside the register, or with an invalid code, is sent back to the login page with the reason', async () => {
    const unknown = await logInThroughProvider('legal-unregistered');
    assert.equal(unknown.callback.headers.location, '/login?unifiedLoginRefusal=uscc_unknown');
    assert.equal(sessionOf(unknown.callback), undefined);
    const failed = await lastEvent('auth.login_failed');
    assert.deepEqual(
      [
        failed.actor,
        (failed.payload as { reason: string; method: string }).reason,
        (failed.payload as { method: string }).method,
      ],
      [UNREGISTERED, 'uscc_unknown', 'unified'],
    );
    const invalid = await logInThroughProvider('legal-invalid');
    assert.equal(invalid.callback.headers.location, '/login?unifiedLoginRefusal=uscc_invalid');
    assert.deepEqual(await enterpriseAccounts(UNREGISTERED), []);
  });

  test('staff log in only once the administrator has linked their government identity to an account', async () => {
    const unmapped = await logInThroughProvider('staff-wang');
    assert.equal(unmapped.callback.headers.location, '/login?unifiedLoginRefusal=staff_unmapped&subject=staff-wang');

    const reviewer = await current()
      .db.selectFrom('users')
      .select('id')
      .where('username', '=', 'reviewer')
      .executeTakeFirstOrThrow();
    const refused = await fixture.injectAs('reviewer', {
      method: 'PUT',
      url: `/api/users/${reviewer.id}/unified-identity`,
      payload: { subject: 'staff-wang' },
    });
    assert.equal(refused.statusCode, 403, 'nobody links their own identity');
    const linked = await fixture.injectAs('admin', {
      method: 'PUT',
      url: `/api/users/${reviewer.id}/unified-identity`,
      payload: { subject: 'staff-wang' },
    });
    assert.equal(linked.statusCode, 200);
    assert.equal(linked.json().identity.subject, 'staff-wang');
    const list = (await fixture.injectAs('admin', { method: 'GET', url: '/api/unified-identities' })).json();
    assert.ok(list.items.some((item: { userId: number; subject: string }) => item.userId === reviewer.id));

    const mapped = await logInThroughProvider('staff-wang');
    assert.equal(mapped.callback.headers.location, '/login');
    const self = await me(sessionOf(mapped.callback) as string);
    assert.deepEqual([self.username, self.role], ['reviewer', 'reviewer']);

    const unlinked = await fixture.injectAs('admin', {
      method: 'PUT',
      url: `/api/users/${reviewer.id}/unified-identity`,
      payload: { subject: null },
    });
    assert.equal(unlinked.json().identity, null);
    const after = await logInThroughProvider('staff-wang');
    assert.match(after.callback.headers.location as string, /staff_unmapped/);
  });

  test('a password login is recorded as the same event, with its own method', async () => {
    await fixture.logIn('reviewer');
    assert.equal(((await lastEvent('auth.logged_in')).payload as { method: string }).method, 'password');
  });

  test('a callback without the browser’s cookie, or replayed, opens no session', async () => {
    const { callbackUrl, callback } = await logInThroughProvider('legal-b');
    assert.ok(sessionOf(callback));
    const replayed = await fixture.app.inject({ method: 'GET', url: `${callbackUrl.pathname}${callbackUrl.search}` });
    assert.equal(replayed.headers.location, '/login?unifiedLoginRefusal=expired');
    assert.equal(sessionOf(replayed), undefined);
  });
});

describeOnEachEngine('unified login not configured', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current(), { unifiedLogin: null });
  });
  after(async () => {
    await fixture?.close();
  });

  test('the login page offers only passwords, and the start explains that unified login is off', async () => {
    assert.equal((await fixture.app.inject({ method: 'GET', url: '/api/auth/oidc' })).json().isEnabled, false);
    const start = await fixture.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    assert.equal(start.headers.location, '/login?unifiedLoginRefusal=not_configured');
  });
});
