import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../support/stores.ts';
import { DEMO_PASSWORD } from '../../src/services/accounts/create-demo-accounts.ts';
import { SESSION_COOKIE } from '../../src/server/authenticate.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { isCostlyRoute } from '../../src/server/cost-limits.ts';
import type { ServerOptions, ZodApp } from '../../src/server/server-context.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';
import { loadSecretKey } from '../../src/services/import/protect-personal.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../../src/services/import/sample-files.ts';

/**
 * Replays the header, input, origin, proxy and cost probes of docs/security.md against a built server. Each probe
 * asserts what the attacker would have seen: the status, the platform's Chinese error body, and the effect.
 */
const CHINESE = /[\u4e00-\u9fa5]/;

describeOnEachEngine('HTTP hardening', (current) => {
  let fixture: ServerFixture;
  let document: {
    paths: Record<
      string,
      Record<string, { parameters?: Array<{ in: string; name: string }>; 'x-access'?: Record<string, string> }>
    >;
  };
  const extraApps: ZodApp[] = [];

  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current()); // reports need a published model
    document = (await fixture.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  after(async () => {
    for (const app of extraApps) await app.close();
    await fixture?.close();
  });

  /** Another server on the same database, with other options (limits, proxies). */
  async function otherServer(options: ServerOptions): Promise<ZodApp> {
    const app = await buildServer(current(), {
      dataDir: fixture.dataDir,
      secretKey: loadSecretKey(fixture.dataDir, {}),
      ...options,
    });
    extraApps.push(app);
    return app;
  }
  const usernameOf = (role: string) => fixture.accounts.find((account) => account.role === role)!.username;
  const assertPlatformError = (response: { statusCode: number; body: string }, status: number) => {
    assert.equal(response.statusCode, status, response.body);
    const body = JSON.parse(response.body);
    assert.deepEqual(Object.keys(body), ['error']);
    assert.match(body.error.message, CHINESE);
    assert.doesNotMatch(response.body, /FST_|fastify|Bad Request|statusCode/i);
  };

  test('the web app, the API and a credit report carry a CSP with frame-ancestors none and no-referrer; generated HTML is sandboxed', async () => {
    const session = await fixture.logIn('admin');
    for (const url of ['/', '/api/auth/me', '/docs', `/api/enterprises/${fixture.enterpriseA}/report`]) {
      const response = await fixture.app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: session } });
      const policy = String(response.headers['content-security-policy']);
      assert.match(policy, /frame-ancestors 'none'/, url);
      assert.match(policy, /script-src 'self'(;|$)/, `${url}: no inline or eval script`);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(response.headers['x-frame-options'], 'DENY', url);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
    }
    const html = await fixture.app.inject({
      method: 'GET',
      url: `/api/enterprises/${fixture.enterpriseA}/report?format=html`,
      cookies: { [SESSION_COOKIE]: session },
    });
    assert.equal(html.statusCode, 200);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(
      String(html.headers['content-security-policy']),
      /^sandbox;.*default-src 'none'.*frame-ancestors 'none'/,
    );
  });

  test('a NUL byte, a lone surrogate or broken percent-encoding in any query parameter or path of any GET route answers 400 in Chinese', async () => {
    const session = await fixture.logIn('admin');
    let probed = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const operation = operations.get;
      if (!operation) continue;
      const url = path.replace(/\{[^}]+\}/g, '1');
      const names = [
        ...(operation.parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => parameter.name),
        'unknown',
      ];
      for (const name of names) {
        for (const value of ['%00', 'a%00b', '%ED%A0%80', '%E0%A4%A', '%1F']) {
          assertPlatformError(
            await fixture.app.inject({
              method: 'GET',
              url: `${url}?${name}=${value}`,
              cookies: { [SESSION_COOKIE]: session },
            }),
            400,
          );
          probed += 1;
        }
      }
      assertPlatformError(
        await fixture.app.inject({ method: 'GET', url: `${url}/%00`, cookies: { [SESSION_COOKIE]: session } }),
        400,
      );
    }
    assert.ok(probed > 500, `only ${probed} probes: the OpenAPI document lost its routes?`);
    assertPlatformError(await fixture.app.inject({ method: 'GET', url: '/api/enterprises/%ED%A0%80' }), 400);
    assertPlatformError(await fixture.app.inject({ method: 'GET', url: '/%00' }), 400);
  });

  test('a body with NUL or a lone surrogate in any string, even a key, answers 400 naming the field', async () => {
    const session = await fixture.logIn('admin');
    const post = (payload: string) =>
      fixture.app.inject({
        method: 'POST',
        url: '/api/honest-cases',
        headers: { 'content-type': 'application/json' },
        payload,
        cookies: { [SESSION_COOKIE]: session },
      });
    const nul = await post('{"uscc":"x","title":"a\\u0000b","story":"s"}');
    assertPlatformError(nul, 400);
    assert.match(nul.json().error.message, /请求体字段“标题”含有不允许的字符/);
    assertPlatformError(await post('{"uscc":"x","title":"\\ud800","story":"s"}'), 400);
    assertPlatformError(await post('{"uscc":"x","title":"t","story":["\\udfff"]}'), 400);
    assertPlatformError(await post('{"a\\u0000":"x"}'), 400);
    assertPlatformError(await post('{"title": "unterminated'), 400);
  });

  test('malformed uploaded files (CSV quoting, truncated JSON, a broken workbook, bytes that are not UTF-8) answer 400 in Chinese', async () => {
    const session = await fixture.logIn('department_operator');
    const header = csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((name) => [name, name])));
    const row = csvLine(PENALTY_HEADERS, samplePenaltyRow(1));
    const files: Array<[string, Buffer]> = [
      ['unterminated.csv', Buffer.from(`${header}${row}"未闭合的引号，${row}`)],
      ['stray-quote.csv', Buffer.from(`${header}${row}"文号"x,${row}`)],
      ['truncated.json', Buffer.from('[{"subject_name":')],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004不是工作簿')],
      ['not-utf8.csv', Buffer.from([0xed, 0xa0, 0x80, 0x2c, 0x0a, 0x00])],
    ];
    for (const [fileName, content] of files) {
      const response = await fixture.app.inject({
        method: 'POST',
        url: '/api/imports/uploads',
        cookies: { [SESSION_COOKIE]: session },
        payload: { fileName, contentBase64: content.toString('base64'), kind: 'administrative_penalty' },
      });
      assertPlatformError(response, 400);
    }
  });

  test('a request Node cannot parse and a path that is not UTF-8 get the platform error body, not the framework one', async () => {
    const app = await otherServer({});
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as net.AddressInfo;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () =>
        socket.end('GET / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n'),
      );
      let text = '';
      socket.on('data', (chunk) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    assert.match(raw, /^HTTP\/1\.1 400/);
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    assert.equal(JSON.parse(body).error.code, 'INVALID_INPUT');
    assert.match(JSON.parse(body).error.message, CHINESE);
  });

  test('state-changing requests from a foreign Origin or without a JSON content type are refused; API clients without Origin still work', async () => {
    const session = await fixture.logIn('admin');
    const logout = (headers: Record<string, string>) =>
      fixture.app.inject({ method: 'POST', url: '/api/auth/logout', headers, cookies: { [SESSION_COOKIE]: session } });
    assertPlatformError(await logout({ origin: 'https://evil.example' }), 403);
    assertPlatformError(await logout({ origin: 'null' }), 403);
    assertPlatformError(await logout({ origin: 'http://localhost:80.evil.example' }), 403);
    assertPlatformError(await logout({ 'sec-fetch-site': 'cross-site' }), 403);
    assertPlatformError(await logout({ 'content-type': 'text/plain' }), 415);
    assertPlatformError(await logout({ 'content-type': 'application/x-www-form-urlencoded' }), 415);
    assertPlatformError(
      await fixture.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `username=${usernameOf('admin')}&password=${DEMO_PASSWORD}`,
      }),
      415,
    );
    assert.equal(
      (await fixture.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { [SESSION_COOKIE]: session } }))
        .statusCode,
      200,
      'the refused logouts did not log out',
    );
    // The platform's own page (same host) logs out fine.
    assert.equal((await logout({ origin: 'http://localhost:80' })).statusCode, 204);

    const minted = await fixture.injectAs('bank', {
      method: 'POST',
      url: '/api/tokens',
      payload: { name: '安全测试', scopes: ['read', 'write'] },
    });
    assert.equal(minted.statusCode, 201, minted.body);
    const subscribed = await fixture.app.inject({
      method: 'POST',
      url: '/api/subscriptions',
      headers: { authorization: `Bearer ${minted.json().token}` },
      payload: { name: '令牌订阅', eventTypes: ['list_updated'], delivery: 'pull' },
    });
    assert.equal(subscribed.statusCode, 201, subscribed.body);
    const allowed = await otherServer({ allowedOrigins: ['https://portal.example.gov.cn'] });
    const fromPortal = await allowed.inject({
      method: 'POST',
      url: '/api/subscriptions',
      headers: { origin: 'https://portal.example.gov.cn', authorization: `Bearer ${minted.json().token}` },
      payload: { name: '门户订阅', eventTypes: ['list_updated'], delivery: 'pull' },
    });
    assert.equal(fromPortal.statusCode, 201, 'a configured origin is allowed');
  });

  test('bank and department accounts cannot register webhooks to loopback, metadata, intranet addresses or URLs with credentials', async () => {
    const before = await current()
      .db.selectFrom('subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    const urls = [
      'http://127.0.0.1/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/hook',
      'http://0x7f.0.0.1/hook',
      'http://2130706433/hook',
      'http://localhost:8080/hook',
      'https://user:pass@hooks.example.com/hook',
    ];
    for (const role of ['bank', 'department_operator'] as const) {
      const session = await fixture.logIn(role);
      for (const url of urls) {
        const response = await fixture.app.inject({
          method: 'POST',
          url: '/api/subscriptions',
          cookies: { [SESSION_COOKIE]: session },
          payload: { name: '探测', eventTypes: ['negative_record'], delivery: 'webhook', url },
        });
        assertPlatformError(response, 400);
        assert.match(response.json().error.message, /^字段“Webhook 地址”：/, url);
      }
    }
    const after = await current()
      .db.selectFrom('subscriptions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.count), Number(before.count), 'nothing was registered');
  });

  test('X-Forwarded-For is believed only from a configured proxy: a client cannot dodge the login limit or forge its audited address', async () => {
    const direct = await otherServer({ limits: { loginsPerIpPerMinute: 2 } });
    const login = (app: ZodApp, remoteAddress: string, forwardedFor: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress,
        headers: { 'x-forwarded-for': forwardedFor },
        payload: { username: usernameOf('reviewer'), password: DEMO_PASSWORD },
      });
    const statuses = [];
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3'])
      statuses.push((await login(direct, '203.0.113.5', forged)).statusCode);
    assert.deepEqual(statuses, [200, 200, 429], 'a rotating X-Forwarded-For does not reset the per-address limit');
    const audited = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'auth.logged_in')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((audited.payload as { ip: string }).ip, '203.0.113.5', 'the audit trail records the real peer');

    const proxied = await otherServer({ limits: { loginsPerIpPerMinute: 2 }, trustedProxies: ['10.9.0.0/16'] });
    const viaProxy = [];
    for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
      viaProxy.push((await login(proxied, '10.9.1.1', `6.6.6.6, ${client}`)).statusCode);
    assert.deepEqual(viaProxy, [200, 200, 200], 'clients behind the trusted proxy are told apart');
    const lastAudited = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'auth.logged_in')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(
      (lastAudited.payload as { ip: string }).ip,
      '198.51.100.3',
      'the address the proxy saw, not what the client claimed before it',
    );
  });

  test('costly routes are limited per account and per address with a Chinese 429 and a retry time, without slowing other accounts', async () => {
    const limited = await otherServer({
      limits: { costlyPerAccountPerMinute: 3, costlyPerIpPerMinute: 5, loginsPerIpPerMinute: 100 },
    });
    const logIn = async (role: string) =>
      (
        await limited.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: usernameOf(role), password: DEMO_PASSWORD },
        })
      ).cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
    const enterprise = await logIn('enterprise');
    const report = () =>
      limited.inject({
        method: 'GET',
        url: `/api/enterprises/${fixture.enterpriseA}/report?format=pdf`,
        cookies: { [SESSION_COOKIE]: enterprise },
        remoteAddress: '203.0.113.10',
      });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await report()).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const refused = await report();
    assertPlatformError(refused, 429);
    assert.match(refused.json().error.message, /请 \d+ 秒后再试/);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    const reviewer = await logIn('reviewer');
    assert.equal(
      (
        await limited.inject({
          method: 'GET',
          url: '/api/auth/me',
          cookies: { [SESSION_COOKIE]: reviewer },
          remoteAddress: '203.0.113.10',
        })
      ).statusCode,
      200,
      'other requests go on',
    );

    const anonymous = [];
    for (let index = 0; index < 6; index += 1)
      anonymous.push(
        (
          await limited.inject({
            method: 'GET',
            url: '/api/public/inspection-results.xlsx',
            remoteAddress: '203.0.113.20',
          })
        ).statusCode,
      );
    assert.deepEqual(anonymous, [200, 200, 200, 200, 200, 429], 'anonymous exports are limited per address');
  });

  test('every export, PDF, report, bulletin and rejection file route in the API is a costly route', () => {
    const files = Object.entries(document.paths).filter(([path]) =>
      /\.xlsx$|\/pdf$|\/report$|\/bulletin$|\/rejections$/.test(path),
    );
    assert.ok(files.length >= 15, `only ${files.length} file routes found`);
    for (const [path] of files) assert.ok(isCostlyRoute('GET', path.replace(/\{([^}]+)\}/g, ':$1')), path);
    for (const route of [
      'POST /api/evaluation-runs',
      'POST /api/audit/verifications',
      'POST /api/whitelist/applicant-lookups',
    ]) {
      const [method, url] = route.split(' ') as [string, string];
      assert.ok(document.paths[url]?.[method.toLowerCase()], `${route} is still in the API`);
      assert.ok(isCostlyRoute(method, url), route);
    }
  });
});
