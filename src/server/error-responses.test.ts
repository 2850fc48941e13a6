import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { PUBLIC } from './access.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { buildServer } from './build-server.ts';
import { createServerFixture, type ServerFixture } from './server-test-fixture.ts';

/** Every error is `{ error: { code, message } }` with a Chinese message and nothing else. */
function assertErrorShape(
  response: { statusCode: number; headers: Record<string, unknown>; json(): any },
  status: number,
  code: string,
): string {
  assert.equal(response.statusCode, status);
  assert.match(String(response.headers['content-type']), /^application\/json/);
  const body = response.json();
  assert.deepEqual(Object.keys(body), ['error']);
  assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message']);
  assert.equal(body.error.code, code);
  assert.match(body.error.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
  return body.error.message;
}

describeOnEachEngine('error responses', (current) => {
  let fixture: ServerFixture;
  before(async () => {
    fixture = await createServerFixture(current(), { limits: { bodyBytes: 4096 } });
  });
  after(async () => {
    await fixture?.close();
  });

  test('400: an invalid query or body names the field and the reason in Chinese', async () => {
    const admin = await fixture.logIn('admin');
    const badLimit = await fixture.app.inject({
      method: 'GET',
      url: '/api/users?limit=abc',
      cookies: { [SESSION_COOKIE]: admin },
    });
    assert.equal(
      assertErrorShape(badLimit, 400, 'INVALID_INPUT'),
      '请求参数有误：查询参数字段“每页条数”应为数字（收到“NaN”）',
    );
    const tooMany = await fixture.app.inject({
      method: 'GET',
      url: '/api/users?limit=500',
      cookies: { [SESSION_COOKIE]: admin },
    });
    assert.match(assertErrorShape(tooMany, 400, 'INVALID_INPUT'), /查询参数字段“每页条数”/);
    const missing = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin' },
    });
    assert.equal(assertErrorShape(missing, 400, 'INVALID_INPUT'), '请求参数有误：请求体字段“密码”为必填项');
    const badRole = await fixture.app.inject({
      method: 'POST',
      url: '/api/users',
      cookies: { [SESSION_COOKIE]: admin },
      payload: { username: 'x1', displayName: '某', role: 'king', password: 'long-enough-1' },
    });
    assert.match(assertErrorShape(badRole, 400, 'INVALID_INPUT'), /请求体字段“角色”/);
    const notJson = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    assert.equal(assertErrorShape(notJson, 400, 'INVALID_INPUT'), '请求体不是有效的 JSON');
    const badUscc = await fixture.app.inject({
      method: 'GET',
      url: '/api/enterprises/abc',
      cookies: { [SESSION_COOKIE]: admin },
    });
    assert.match(
      assertErrorShape(badUscc, 400, 'INVALID_INPUT'),
      /路径参数字段“统一社会信用代码”统一社会信用代码应为 18 位/,
    );
  });

  test('401: a protected route without a login, or with a malformed Authorization header', async () => {
    assert.equal(
      assertErrorShape(await fixture.app.inject({ method: 'GET', url: '/api/enterprises' }), 401, 'UNAUTHENTICATED'),
      '请先登录',
    );
    const malformed = await fixture.app.inject({
      method: 'GET',
      url: '/api/enterprises',
      headers: { authorization: 'Basic YWRtaW46eA==' },
    });
    assert.equal(assertErrorShape(malformed, 401, 'UNAUTHENTICATED'), 'Authorization 请求头格式应为“Bearer <令牌>”');
    const unknownToken = await fixture.app.inject({
      method: 'GET',
      url: '/api/enterprises',
      headers: { authorization: 'Bearer xpt_made-up' },
    });
    assert.equal(assertErrorShape(unknownToken, 401, 'UNAUTHENTICATED'), 'API 令牌无效或已吊销');
  });

  test('a public route still answers with an expired or unknown session cookie', async () => {
    const response = await fixture.app.inject({
      method: 'GET',
      url: '/api/catalog/departments',
      cookies: { [SESSION_COOKIE]: 'stale' },
    });
    assert.equal(response.statusCode, 200);
  });

  test('403: a role the route does not serve, and data outside the account scope', async () => {
    const bank = await fixture.logIn('bank');
    assert.match(
      assertErrorShape(
        await fixture.app.inject({ method: 'GET', url: '/api/users', cookies: { [SESSION_COOKIE]: bank } }),
        403,
        'FORBIDDEN',
      ),
      /金融机构/,
    );
    const enterprise = await fixture.logIn('enterprise');
    const other = await fixture.app.inject({
      method: 'GET',
      url: `/api/enterprises/${fixture.enterpriseB}`,
      cookies: { [SESSION_COOKIE]: enterprise },
    });
    assert.equal(assertErrorShape(other, 403, 'FORBIDDEN'), '企业用户只能查看本企业的信息');
  });

  test('404: an unknown route and an unknown resource', async () => {
    assert.equal(
      assertErrorShape(await fixture.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' }), 404, 'NOT_FOUND'),
      '不存在的接口：GET /api/nothing-here',
    );
    const admin = await fixture.logIn('admin');
    const missing = await fixture.app.inject({
      method: 'GET',
      url: '/api/records/999999',
      cookies: { [SESSION_COOKIE]: admin },
    });
    assert.equal(assertErrorShape(missing, 404, 'NOT_FOUND'), '信用记录 999999 不存在');
  });

  test('413: a body over the size limit is refused before it is read in full', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(10_000) },
    });
    assert.equal(assertErrorShape(response, 413, 'PAYLOAD_TOO_LARGE'), '请求体过大：上限为 4 KB');
  });

  test('415: a body that is not JSON', async () => {
    const response = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=admin',
    });
    assertErrorShape(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('500: an unexpected failure says so in Chinese and leaks no stack trace or internal message', async () => {
    const app = await buildServer(current(), { dataDir: fixture.dataDir });
    app.get('/boom', { config: { access: PUBLIC } }, async () => {
      throw new Error('secret internal detail at /srv/xinping/src/x.ts:12');
    });
    const response = await app.inject({ method: 'GET', url: '/boom' });
    const message = assertErrorShape(response, 500, 'INTERNAL');
    assert.equal(message, '服务器内部错误，请稍后重试；如持续出现请联系平台管理员');
    assert.ok(!response.body.includes('secret') && !response.body.includes('.ts'));
    await app.close();
  });
});

describeOnEachEngine('rate limits', (current) => {
  test('429: logins per address are limited', async () => {
    const fixture = await createServerFixture(current(), { limits: { loginsPerIpPerMinute: 3 } });
    try {
      const attempt = () =>
        fixture.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'nobody', password: 'whatever-wrong' },
        });
      for (let index = 0; index < 3; index += 1) assert.equal((await attempt()).statusCode, 401);
      const limited = await attempt();
      assert.match(assertErrorShape(limited, 429, 'RATE_LIMITED'), /^请求过于频繁，请 \d+ 秒后再试$/);
      assert.ok(Number(limited.headers['retry-after']) > 0);
    } finally {
      await fixture.close();
    }
  });

  test('429: queries are limited per account', async () => {
    const fixture = await createServerFixture(current(), { limits: { requestsPerMinute: 3 } });
    try {
      const session = await fixture.logIn('reviewer');
      const other = await fixture.logIn('inspector');
      const query = (cookie: string) =>
        fixture.app.inject({ method: 'GET', url: '/api/enterprises', cookies: { [SESSION_COOKIE]: cookie } });
      for (let index = 0; index < 3; index += 1) assert.equal((await query(session)).statusCode, 200);
      assertErrorShape(await query(session), 429, 'RATE_LIMITED');
      assert.equal((await query(other)).statusCode, 200, 'another account has its own allowance');
    } finally {
      await fixture.close();
    }
  });
});
