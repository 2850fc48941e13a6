import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { DEMO_PASSWORD } from '../services/accounts/create-demo-accounts.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { createServerFixture, type ServerFixture } from './server-test-fixture.ts';

describeOnEachEngine('accounts over HTTP', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current());
  });
  after(async () => {
    await fixture?.close();
  });

  const auditActions = async () =>
    (await current().db.selectFrom('audit_events').select('action').orderBy('seq').execute()).map((row) => row.action);

  test('a user logs in with the right password, gets an httpOnly SameSite=Lax session cookie, and /me names the account', async () => {
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'reviewer', password: DEMO_PASSWORD },
    });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().user.role, 'reviewer');
    assert.equal(login.json().user.password_hash, undefined);
    const cookie = login.cookies.find((item) => item.name === SESSION_COOKIE)!;
    assert.ok(cookie, 'the session cookie is set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');

    const me = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: cookie.value },
    });
    assert.equal(me.statusCode, 200);
    assert.deepEqual(
      { ...me.json<Record<string, unknown>>(), id: 0 },
      {
        id: 0,
        username: 'reviewer',
        displayName: '信用办审核员（演示）',
        role: 'reviewer',
        roleLabel: '审核员',
        departmentCode: null,
        uscc: null,
        via: 'session',
        mustChangePassword: false,
      },
    );
    assert.ok((await auditActions()).includes('auth.logged_in'));
  });

  test('usernames are matched without regard to case', async () => {
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'Reviewer', password: DEMO_PASSWORD },
    });
    assert.equal(login.statusCode, 200);
  });

  test('after logout the same cookie no longer works and the browser is told to drop it', async () => {
    const session = await fixture.logIn('inspector');
    const logout = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { [SESSION_COOKIE]: session },
    });
    assert.equal(logout.statusCode, 204);
    const cleared = logout.cookies.find((item) => item.name === SESSION_COOKIE);
    assert.equal(cleared?.value, '');
    const me = await fixture.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: session } });
    assert.equal(me.statusCode, 401);
    assert.equal(me.json().error.message, '登录已失效，请重新登录');
    assert.ok((await auditActions()).includes('auth.logged_out'));
  });

  test('a wrong password and an unknown user get the same Chinese message, which does not say which part was wrong', async () => {
    const wrongPassword = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bank', password: 'not-the-password' },
    });
    const unknownUser = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody-here', password: 'not-the-password' },
    });
    for (const response of [wrongPassword, unknownUser]) {
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), { error: { code: 'UNAUTHENTICATED', message: '用户名或密码错误' } });
      assert.equal(response.cookies.length, 0);
    }
    const failures = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'auth.login_failed')
      .execute();
    const reasons = failures.map((row) => (row.payload as { reason: string }).reason);
    assert.ok(
      reasons.includes('wrong_password') && reasons.includes('unknown_user'),
      'the audit trail keeps the real reason',
    );
  });

  test('a disabled account cannot log in, and its open sessions and tokens stop working at once', async () => {
    const admin = await fixture.logIn('admin');
    const association = await fixture.logIn('association');
    const created = await fixture.app.inject({
      method: 'POST',
      url: '/api/tokens',
      cookies: { [SESSION_COOKIE]: association },
      payload: { name: '协会系统' },
    });
    const token = created.json().token as string;
    const associationId = (
      await current()
        .db.selectFrom('users')
        .select('id')
        .where('username', '=', 'association')
        .executeTakeFirstOrThrow()
    ).id;

    const disable = await fixture.app.inject({
      method: 'PATCH',
      url: `/api/users/${associationId}`,
      cookies: { [SESSION_COOKIE]: admin },
      payload: { disabled: true },
    });
    assert.equal(disable.statusCode, 200);
    assert.equal(disable.json().disabled, true);

    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'association', password: DEMO_PASSWORD },
    });
    assert.equal(login.statusCode, 403);
    assert.equal(login.json().error.message, '账号已停用，请联系平台管理员');
    const bySession = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { [SESSION_COOKIE]: association },
    });
    assert.equal(bySession.statusCode, 401);
    assert.equal(bySession.json().error.message, '账号已停用，请联系平台管理员');
    const byToken = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(byToken.statusCode, 401);

    const enable = await fixture.app.inject({
      method: 'PATCH',
      url: `/api/users/${associationId}`,
      cookies: { [SESSION_COOKIE]: admin },
      payload: { disabled: false },
    });
    assert.equal(enable.json().disabled, false);
    assert.equal(
      (await fixture.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: association } }))
        .statusCode,
      200,
    );
  });

  test('an administrator cannot disable their own account', async () => {
    const admin = await fixture.logIn('admin');
    const me = (
      await fixture.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: admin } })
    ).json();
    const response = await fixture.app.inject({
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      cookies: { [SESSION_COOKIE]: admin },
      payload: { disabled: true },
    });
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().error.code, 'PRECONDITION_FAILED');
  });

  test('a token is shown once, works as its owner with Authorization: Bearer, is listed without its secret, and stops working when revoked', async () => {
    const session = await fixture.logIn('bank');
    const created = await fixture.app.inject({
      method: 'POST',
      url: '/api/tokens',
      cookies: { [SESSION_COOKIE]: session },
      payload: { name: '银行对接系统' },
    });
    assert.equal(created.statusCode, 201);
    const { token, id, scopes } = created.json();
    assert.match(token, /^xpt_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(scopes, ['read'], 'tokens are read-only unless asked otherwise');

    const me = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().username, 'bank');
    assert.equal(me.json().via, 'token');

    const listed = await fixture.app.inject({
      method: 'GET',
      url: '/api/tokens',
      cookies: { [SESSION_COOKIE]: session },
    });
    const entry = listed.json().items.find((item: { id: number }) => item.id === id);
    assert.ok(entry.lastUsedAt, 'last use is recorded');
    assert.ok(token.startsWith(entry.prefix));
    assert.ok(!listed.body.includes(token), 'the secret is never listed');
    const stored = await current()
      .db.selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(stored).includes(token), 'only a hash of the secret is stored');

    const revoke = await fixture.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${id}`,
      cookies: { [SESSION_COOKIE]: session },
    });
    assert.equal(revoke.statusCode, 204);
    const after = await fixture.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(after.statusCode, 401);
    assert.deepEqual(after.json(), { error: { code: 'UNAUTHENTICATED', message: 'API 令牌无效或已吊销' } });
    const actions = await auditActions();
    assert.ok(actions.includes('token.created') && actions.includes('token.revoked'));
  });

  test('a read-only token cannot write, and no token can create tokens or manage accounts', async () => {
    const session = await fixture.logIn('admin');
    const readOnly = (
      await fixture.app.inject({
        method: 'POST',
        url: '/api/tokens',
        cookies: { [SESSION_COOKIE]: session },
        payload: { name: '只读', scopes: ['read'] },
      })
    ).json();
    const readWrite = (
      await fixture.app.inject({
        method: 'POST',
        url: '/api/tokens',
        cookies: { [SESSION_COOKIE]: session },
        payload: { name: '读写', scopes: ['read', 'write'] },
      })
    ).json();

    const revokeWithReadOnly = await fixture.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${readWrite.id}`,
      headers: { authorization: `Bearer ${readOnly.token}` },
    });
    assert.equal(revokeWithReadOnly.statusCode, 403);
    assert.equal(revokeWithReadOnly.json().error.message, '此 API 令牌为只读令牌，不能修改数据');

    const mint = await fixture.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${readWrite.token}` },
      payload: { name: '再造一个' },
    });
    assert.equal(mint.statusCode, 403);
    assert.equal(mint.json().error.message, '此操作只能在登录会话中进行，不能使用 API 令牌');
    const addUser = await fixture.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${readWrite.token}` },
      payload: { username: 'sneaky', displayName: '不该出现', role: 'admin', password: 'long-enough-1' },
    });
    assert.equal(addUser.statusCode, 403);

    const revokeWithReadWrite = await fixture.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${readOnly.id}`,
      headers: { authorization: `Bearer ${readWrite.token}` },
    });
    assert.equal(revokeWithReadWrite.statusCode, 204);
  });

  test("one account cannot see or revoke another account's tokens, but an administrator can", async () => {
    const bank = await fixture.logIn('bank');
    const dept = await fixture.logIn('department_operator');
    const admin = await fixture.logIn('admin');
    const banksToken = (
      await fixture.app.inject({
        method: 'POST',
        url: '/api/tokens',
        cookies: { [SESSION_COOKIE]: bank },
        payload: { name: '银行' },
      })
    ).json();

    const listedByDept = (
      await fixture.app.inject({ method: 'GET', url: '/api/tokens', cookies: { [SESSION_COOKIE]: dept } })
    ).json();
    assert.ok(
      !listedByDept.items.some((item: { id: number }) => item.id === banksToken.id),
      'the bank’s token is not listed to the department',
    );
    assert.deepEqual(
      listedByDept.items.filter((item: { owner: string }) => item.owner !== 'dept'),
      [],
    );
    const revokeByDept = await fixture.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${banksToken.id}`,
      cookies: { [SESSION_COOKIE]: dept },
    });
    assert.equal(revokeByDept.statusCode, 404);

    const listedByAdmin = (
      await fixture.app.inject({ method: 'GET', url: '/api/tokens', cookies: { [SESSION_COOKIE]: admin } })
    ).json();
    assert.ok(listedByAdmin.items.some((item: { id: number }) => item.id === banksToken.id));
    assert.equal(
      (
        await fixture.app.inject({
          method: 'DELETE',
          url: `/api/tokens/${banksToken.id}`,
          cookies: { [SESSION_COOKIE]: admin },
        })
      ).statusCode,
      204,
    );
  });

  test('an administrator creates an account bound to a department, and the binding is checked with Chinese messages', async () => {
    const admin = await fixture.logIn('admin');
    const create = (payload: object) =>
      fixture.app.inject({ method: 'POST', url: '/api/users', cookies: { [SESSION_COOKIE]: admin }, payload });
    const ok = await create({
      username: 'tax-clerk',
      displayName: '税务局报送员',
      role: 'department_operator',
      departmentCode: 'tax',
      password: 'tax-password-1',
    });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json().departmentCode, 'tax');

    const duplicate = await create({
      username: 'TAX-clerk',
      displayName: '重复',
      role: 'reviewer',
      password: 'tax-password-1',
    });
    assert.equal(duplicate.statusCode, 409);
    assert.equal(duplicate.json().error.message, '字段 username：用户名“TAX-clerk”已被使用');
    const unbound = await create({
      username: 'no-dept',
      displayName: '无部门',
      role: 'department_operator',
      password: 'long-enough-1',
    });
    assert.deepEqual(unbound.json(), {
      error: { code: 'INVALID_INPUT', message: '字段 departmentCode：数据报送单位账号必须绑定一个部门' },
    });
    const unknownEnterprise = await create({
      username: 'ghost',
      displayName: '不存在的企业',
      role: 'enterprise',
      uscc: '91420703MA4A9999XX',
      password: 'long-enough-1',
    });
    assert.equal(
      unknownEnterprise.json().error.message,
      '字段 uscc：统一社会信用代码“91420703MA4A9999XX”不在企业名录中',
    );
    const weak = await create({ username: 'weak', displayName: '弱密码', role: 'reviewer', password: '12345678901' });
    assert.equal(
      weak.json().error.message,
      '字段 password：口令不符合要求：至少包含大写字母、小写字母、数字、其他字符中的 3 类（现有 1 类）',
    );

    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'tax-clerk', password: 'tax-password-1' },
    });
    assert.equal(login.statusCode, 200);
    assert.equal(login.json().mustChangePassword, true, 'an initial password set by the administrator must be changed');
    const changes = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'user.created')
      .execute();
    assert.ok(changes.some((row) => (row.payload as { username: string }).username === 'tax-clerk'));
    assert.ok(!JSON.stringify(changes).includes('tax-password-1'), 'passwords never reach the audit trail');
  });

  test('the account list names the enterprise each enterprise account is bound to', async () => {
    const admin = await fixture.logIn('admin');
    const listed = await fixture.app.inject({
      method: 'GET',
      url: '/api/users?role=enterprise',
      cookies: { [SESSION_COOKIE]: admin },
    });
    assert.equal(listed.statusCode, 200);
    const items = listed.json().items as Array<{ uscc: string; enterpriseName: string | null }>;
    assert.ok(items.length > 0, 'the fixture has an enterprise account');
    for (const item of items) {
      const enterprise = await current()
        .db.selectFrom('enterprises')
        .select('name')
        .where('uscc', '=', item.uscc)
        .executeTakeFirstOrThrow();
      assert.equal(item.enterpriseName, enterprise.name);
    }
  });

  test('passwords are stored as salted scrypt hashes with their parameters', async () => {
    const rows = await current()
      .db.selectFrom('users')
      .select('password_hash')
      .where('username', 'in', ['admin', 'bank'])
      .execute();
    for (const row of rows)
      assert.match(row.password_hash, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    assert.notEqual(
      rows[0]!.password_hash,
      rows[1]!.password_hash,
      'the same demo password hashes differently for each user',
    );
  });
});
