import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { SESSION_COOKIE } from '../../src/server/authenticate.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { loadAccountSecurityPolicy } from '../../src/services/accounts/account-security-policy.ts';
import { DEMO_PASSWORD, createDemoAccounts } from '../../src/services/accounts/create-demo-accounts.ts';
import { prepareStartAccounts } from '../../src/services/accounts/prepare-start-accounts.ts';
import { claimDemoStore, readStoreKind } from '../../src/services/accounts/store-kind.ts';
import { delayAfter } from '../../src/services/accounts/throttle-logins.ts';
import { createTestStore, describeOnEachEngine, engines } from '../support/stores.ts';

/**
 * The probes of docs/security.md for passwords and sessions and for 三权分立, replayed over HTTP against a demo-account
 * fixture store, on both engines. Addresses are set per request (`remoteAddress`) to play an attacker and an owner.
 */
describeOnEachEngine('account security probes', (current) => {
  let fixture: ServerFixture;
  let counter = 0;
  before(async () => {
    fixture = await createServerFixture(current());
  });
  after(async () => {
    await fixture?.close();
  });

  const inject = (request: InjectOptions, session?: string) =>
    fixture.app.inject({ ...request, cookies: session ? { [SESSION_COOKIE]: session } : {} });
  const logIn = (username: string, password: string, remoteAddress = '127.0.0.1') =>
    fixture.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
  const cookieOf = (response: Awaited<ReturnType<typeof logIn>>) =>
    response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  /** A new account created by the 系统管理员, with an initial password (must be changed at first login). */
  async function newAccount(password = 'Initial-Pass-7'): Promise<{ id: number; username: string; password: string }> {
    const username = `probe-${(counter += 1)}`;
    const created = await inject(
      {
        method: 'POST',
        url: '/api/users',
        payload: { username, displayName: '探测账号', role: 'inspector', password },
      },
      await fixture.logIn('admin'),
    );
    assert.equal(created.statusCode, 201, created.body);
    return { id: created.json().id, username, password };
  }
  /** Logs in and replaces the initial password, returning a working session and the new password. */
  async function activated(account: {
    username: string;
    password: string;
  }): Promise<{ session: string; password: string }> {
    const password = `Changed-Pass-${(counter += 1)}`;
    const changed = await inject(
      {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: account.password, newPassword: password },
      },
      cookieOf(await logIn(account.username, account.password)),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    return { session: cookieOf(changed), password };
  }

  test('weak passwords are refused with every reason named: one repeated letter, ten spaces, the username, a common password', async () => {
    const admin = await fixture.logIn('admin');
    const create = (username: string, password: string) =>
      inject(
        { method: 'POST', url: '/api/users', payload: { username, displayName: '弱口令', role: 'reviewer', password } },
        admin,
      );
    const cases: Array<[string, string, RegExp]> = [
      ['weak-a', 'aaaaaaaaaa', /至少包含大写字母、小写字母、数字、其他字符中的 3 类（现有 1 类）/],
      ['weak-space', '          ', /现有 1 类）；首尾不能是空白字符/],
      ['zhangwei', 'Zhangwei-2026', /不能包含用户名/],
      ['weak-common', 'Woaini@1314', /属于常见弱口令/],
      ['weak-short', 'Ab1-', /至少 10 个字符/],
    ];
    for (const [username, password, reason] of cases) {
      const response = await create(username, password);
      assert.equal(response.statusCode, 400, `${JSON.stringify(password)} is refused`);
      assert.match(response.json().error.message, /^字段 password：口令不符合要求：/);
      assert.match(response.json().error.message, reason);
    }
    const users = await current()
      .db.selectFrom('users')
      .select('username')
      .where('username', 'like', 'weak-%')
      .execute();
    assert.deepEqual(users, [], 'no weak account was created');
  });

  test('an initial password must be changed first: everything but the change, me and logout answers 403, then all works', async () => {
    const account = await newAccount();
    const login = await logIn(account.username, account.password);
    assert.equal(login.json().mustChangePassword, true);
    const session = cookieOf(login);
    const refused = await inject({ method: 'GET', url: '/api/enterprises' }, session);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.message, '请先修改口令：初始口令、已重置或已过期的口令须修改后才能使用其他功能');
    assert.equal((await inject({ method: 'GET', url: '/api/auth/me' }, session)).json().mustChangePassword, true);
    const same = await inject(
      {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: account.password, newPassword: account.password },
      },
      session,
    );
    assert.match(same.json().error.message, /不能与最近 5 次使用过的口令相同/, 'the initial password cannot be kept');
    const changed = await inject(
      {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: account.password, newPassword: 'Brand-New-Pass-1' },
      },
      session,
    );
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(
      (await inject({ method: 'GET', url: '/api/enterprises' }, session)).statusCode,
      401,
      'the old session ended with the change',
    );
    assert.equal(
      (await inject({ method: 'GET', url: '/api/enterprises' }, cookieOf(changed))).statusCode,
      200,
      'the new session works',
    );
  });

  test('the last five passwords cannot be reused', async () => {
    const account = await newAccount();
    let { session, password } = await activated(account);
    const used = [account.password, password];
    for (let index = 0; index < 3; index += 1) {
      const next = `Rotated-Pass-${(counter += 1)}`;
      const changed = await inject(
        { method: 'POST', url: '/api/auth/password', payload: { currentPassword: password, newPassword: next } },
        session,
      );
      assert.equal(changed.statusCode, 200, changed.body);
      [session, password] = [cookieOf(changed), next];
      used.push(next);
    }
    // Five passwords so far (initial + 4); the initial one is the fifth most recent and still refused.
    const reuse = await inject(
      { method: 'POST', url: '/api/auth/password', payload: { currentPassword: password, newPassword: used[0] } },
      session,
    );
    assert.equal(reuse.statusCode, 400);
    assert.match(reuse.json().error.message, /^字段 newPassword：口令不符合要求：不能与最近 5 次使用过的口令相同$/);
  });

  test('a reset by the 系统管理员 ends every session and token of the account, and the reset password must be changed', async () => {
    const account = await newBankAccount();
    const { session, password } = await activated(account);
    const token = (await inject({ method: 'POST', url: '/api/tokens', payload: { name: '银行系统' } }, session)).json();
    const byToken = () =>
      fixture.app.inject({ method: 'GET', url: '/api/tokens', headers: { authorization: `Bearer ${token.token}` } });
    assert.equal((await byToken()).statusCode, 200);

    const reset = await inject(
      { method: 'PATCH', url: `/api/users/${account.id}`, payload: { password: 'Reset-Pass-99' } },
      await fixture.logIn('admin'),
    );
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().mustChangePassword, true);
    const afterReset = await inject({ method: 'GET', url: '/api/auth/me' }, session);
    assert.equal(afterReset.statusCode, 401);
    assert.equal(afterReset.json().error.message, '登录已失效，请重新登录');
    assert.equal((await byToken()).statusCode, 401, 'the reset revoked the API token');
    assert.equal((await logIn(account.username, password)).statusCode, 401, 'the old password no longer works');
    assert.equal((await logIn(account.username, 'Reset-Pass-99')).json().mustChangePassword, true);
    const revoked = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'auth.credentials_revoked')
      .execute();
    assert.ok(
      revoked.some(
        (row) =>
          (row.payload as { reason: string; tokens: number[] }).reason === 'password_reset' &&
          (row.payload as { tokens: number[] }).tokens.includes(token.id),
      ),
    );
  });

  async function newBankAccount(): Promise<{ id: number; username: string; password: string }> {
    const username = `probe-bank-${(counter += 1)}`;
    const created = await inject(
      {
        method: 'POST',
        url: '/api/users',
        payload: { username, displayName: '探测银行', role: 'bank', password: 'Initial-Pass-7' },
      },
      await fixture.logIn('admin'),
    );
    assert.equal(created.statusCode, 201, created.body);
    return { id: created.json().id, username, password: 'Initial-Pass-7' };
  }

  test('a role change by the 安全管理员 ends the sessions of the account', async () => {
    const account = await newAccount();
    const { session } = await activated(account);
    const changed = await inject(
      { method: 'PATCH', url: `/api/users/${account.id}`, payload: { role: 'reviewer' } },
      await fixture.logIn('security_admin'),
    );
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await inject({ method: 'GET', url: '/api/auth/me' }, session)).statusCode, 401);
  });

  test('a session idle longer than the policy allows ends, and says why', async () => {
    const account = await newAccount();
    const { session } = await activated(account);
    assert.equal((await inject({ method: 'GET', url: '/api/auth/me' }, session)).statusCode, 200);
    const idleMinutes = loadAccountSecurityPolicy().sessionIdleMinutes;
    const userId = account.id;
    await current()
      .db.updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - (idleMinutes + 1) * 60_000) })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    const idle = await inject({ method: 'GET', url: '/api/auth/me' }, session);
    assert.equal(idle.statusCode, 401);
    assert.equal(idle.json().error.message, '长时间未操作，登录已失效，请重新登录');
  });

  test('failed logins are delayed per account and address, the delay survives a restart, and the owner from another address still logs in', async () => {
    const rule = loadAccountSecurityPolicy().throttles.account_from_address;
    const account = await newAccount();
    const { password } = await activated(account);
    const attacker = '203.0.113.7';
    for (let attempt = 1; attempt <= rule.freeFailures + 1; attempt += 1) {
      assert.equal(
        (await logIn(account.username, `Wrong-Guess-${attempt}`, attacker)).statusCode,
        401,
        `guess ${attempt} is checked`,
      );
    }
    const delayed = await logIn(account.username, password, attacker);
    assert.equal(delayed.statusCode, 429, 'even the right password waits once the delay started');
    assert.match(delayed.json().error.message, /^登录失败次数过多，请 \d+ 秒后再试$/);
    assert.ok(
      Number(delayed.headers['retry-after']) > 0 && Number(delayed.headers['retry-after']) <= rule.firstDelaySeconds,
    );

    // A restart: a new server on the same store still delays the attacker's address.
    const restarted = await buildServer(current(), {
      dataDir: fixture.dataDir,
      limits: { loginsPerIpPerMinute: 1000 },
    });
    try {
      const again = await restarted.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: account.username, password },
        remoteAddress: attacker,
      });
      assert.equal(again.statusCode, 429, 'the counters live in the database');
      const owner = await restarted.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: account.username, password },
        remoteAddress: '198.51.100.20',
      });
      assert.equal(owner.statusCode, 200, 'the owner from another address is not locked out');
    } finally {
      await restarted.close();
    }
  });

  test('a stolen session cannot guess the password through the password change: wrong current passwords count as failed logins', async () => {
    const rule = loadAccountSecurityPolicy().throttles.account_from_address;
    const account = await newAccount();
    const { session, password } = await activated(account);
    const change = (currentPassword: string) =>
      fixture.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword, newPassword: 'Never-Set-Pass-1' },
        cookies: { [SESSION_COOKIE]: session },
        remoteAddress: '203.0.113.9',
      });
    for (let attempt = 1; attempt <= rule.freeFailures + 1; attempt += 1) {
      const wrong = await change(`Wrong-Guess-${attempt}`);
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().error.message, '字段 currentPassword：当前口令不正确');
    }
    assert.equal((await change(password)).statusCode, 429, 'even the right current password waits');
  });

  test('guesses spread over many addresses only slow the owner by seconds, never lock the account', async () => {
    const { throttles } = loadAccountSecurityPolicy();
    const account = await newAccount();
    const { password } = await activated(account);
    // Enough distinct addresses to pass the account rule's free failures several times over.
    for (let index = 0; index < throttles.account.freeFailures + 4; index += 1) {
      const response = await logIn(account.username, 'Wrong-Guess-0', `192.0.2.${index + 1}`);
      assert.ok([401, 429].includes(response.statusCode));
    }
    const owner = await logIn(account.username, password, '198.51.100.30');
    if (owner.statusCode === 429)
      assert.ok(
        Number(owner.headers['retry-after']) <= throttles.account.maxDelaySeconds,
        'the owner waits at most the account rule’s maximum',
      );
    else assert.equal(owner.statusCode, 200);
    assert.equal(
      delayAfter(throttles.account, 1_000),
      throttles.account.maxDelaySeconds,
      'however many guesses, the account-wide delay stays capped',
    );
    const row = await current()
      .db.selectFrom('login_throttles')
      .select('blocked_until')
      .where('key', '=', `account:${account.username}`)
      .executeTakeFirst();
    assert.ok(row?.blocked_until, 'the account-wide counter is running');
  });

  test('三权分立: no account holds two administrator roles, the 系统管理员 neither grants roles nor creates administrators, nobody changes their own role, the 审计管理员 changes no account', async () => {
    const admin = await fixture.logIn('admin');
    const security = await fixture.logIn('security_admin');
    const auditor = await fixture.logIn('audit_admin');
    const account = await newAccount();
    const createAdmin = await inject(
      {
        method: 'POST',
        url: '/api/users',
        payload: {
          username: `probe-sa-${(counter += 1)}`,
          displayName: '冒充',
          role: 'security_admin',
          password: 'Initial-Pass-7',
        },
      },
      admin,
    );
    assert.equal(createAdmin.statusCode, 403);
    assert.match(createAdmin.json().error.message, /系统管理员不能创建安全管理员账号（三权分立）/);
    const grant = await inject(
      { method: 'PATCH', url: `/api/users/${account.id}`, payload: { role: 'audit_admin' } },
      admin,
    );
    assert.equal(grant.statusCode, 403);
    assert.equal(grant.json().error.message, '字段 role：系统管理员不能修改（角色由安全管理员调整）');
    const rename = await inject(
      { method: 'PATCH', url: `/api/users/${account.id}`, payload: { displayName: '改名' } },
      security,
    );
    assert.equal(rename.statusCode, 403, 'the 安全管理员 does not maintain accounts');
    const ids = Object.fromEntries(
      (await current().db.selectFrom('users').select(['id', 'username']).execute()).map((row) => [
        row.username,
        row.id,
      ]),
    );
    const self = await inject(
      { method: 'PATCH', url: `/api/users/${ids.security}`, payload: { role: 'admin' } },
      security,
    );
    assert.equal(self.statusCode, 409);
    assert.equal(self.json().error.message, '不能停用自己的账号或修改自己的角色，请由另一位管理员操作');
    assert.equal(
      (
        await inject(
          { method: 'PATCH', url: `/api/users/${account.id}`, payload: { displayName: '审计改名' } },
          auditor,
        )
      ).statusCode,
      403,
    );
    assert.equal(
      (await inject({ method: 'GET', url: '/api/audit/events' }, auditor)).statusCode,
      200,
      'the 审计管理员 reads the trail',
    );
    assert.equal(
      (await inject({ method: 'GET', url: '/api/audit/events' }, admin)).statusCode,
      403,
      'the 系统管理员 does not',
    );
    // One role column per account: granting a second administrator role replaces the first, it is never added.
    const promoted = await inject(
      { method: 'PATCH', url: `/api/users/${account.id}`, payload: { role: 'audit_admin' } },
      security,
    );
    assert.equal(promoted.json().role, 'audit_admin');
    const roles = await current()
      .db.selectFrom('users')
      .select(['username', 'role'])
      .where('role', 'in', ['admin', 'security_admin', 'audit_admin'])
      .execute();
    const byUser = new Map<string, string[]>();
    for (const row of roles) byUser.set(row.username, [...(byUser.get(row.username) ?? []), row.role]);
    assert.ok(byUser.size >= 4);
    for (const [username, held] of byUser) assert.equal(held.length, 1, `${username} holds one administrator role`);
  });

  test('the demo store is marked as one and its demo accounts need no password change', async () => {
    assert.equal(await readStoreKind(current().db), 'demo');
    assert.equal((await inject({ method: 'GET', url: '/api/platform' })).json().isDemo, true);
    assert.equal((await logIn('admin', DEMO_PASSWORD)).json().mustChangePassword, false);
  });
});

for (const engine of engines()) {
  test(`a production store refuses demo data and demo accounts, and starts with one administrator who must change the password [${engine}]`, async () => {
    const handle = await createTestStore(engine);
    try {
      const db = handle.store.db;
      const production = { NODE_ENV: 'production' };
      await assert.rejects(claimDemoStore(db, production), {
        code: 'PRECONDITION_FAILED',
        userMessage: /生产环境（NODE_ENV=production）不能使用演示数据和演示账号/,
      });
      const started = await prepareStartAccounts(db, production);
      assert.equal(started.kind, 'production');
      assert.ok(started.kind === 'production' && started.initialAdministrator);
      const users = await db.selectFrom('users').select(['username', 'role', 'must_change_password']).execute();
      assert.deepEqual(users, [{ username: 'admin', role: 'admin', must_change_password: true }]);
      assert.equal((await prepareStartAccounts(db, production)).kind, 'production', 'a second start creates nobody');
      assert.equal((await db.selectFrom('users').select('id').execute()).length, 1);
      await assert.rejects(createDemoAccounts(db, {}), { userMessage: '此数据库是生产库，不能生成演示数据或演示账号' });
      assert.equal(await readStoreKind(db), 'production');
    } finally {
      await handle.drop();
    }
  });

  test(`a demo store is refused under NODE_ENV=production [${engine}]`, async () => {
    const handle = await createTestStore(engine);
    try {
      await createDemoAccounts(handle.store.db, {});
      await assert.rejects(prepareStartAccounts(handle.store.db, { NODE_ENV: 'production' }), {
        code: 'PRECONDITION_FAILED',
      });
      assert.equal((await prepareStartAccounts(handle.store.db, {})).kind, 'demo');
    } finally {
      await handle.drop();
    }
  });
}
