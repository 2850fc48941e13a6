import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { DEMO_PASSWORD } from '../services/accounts/create-demo-accounts.ts';
import { jobsOf } from '../services/jobs/job-registry.ts';
import { openStore } from '../store/connect.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { buildServer } from './build-server.ts';
import { scrubPersonalData } from './log-options.ts';
import { createServerFixture, type ServerFixture } from './server-test-fixture.ts';

describeOnEachEngine('operations: probes, metrics and logs', (current) => {
  let fixture: ServerFixture;
  let logged = '';
  before(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logged += chunk;
        done();
      },
    });
    fixture = await createServerFixture(current(), { logger: { level: 'info', stream } });
  });
  after(async () => {
    await fixture?.close();
  });

  test('/healthz and /readyz answer ok to anyone on a migrated store', async () => {
    const health = await fixture.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(health.statusCode, 200);
    assert.equal(health.json().status, 'ok');
    const ready = await fixture.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: 'ready' });
  });

  test('/metrics gives request latency by route pattern, never the enterprise code in the URL', async () => {
    const shown = await fixture.injectAs('admin', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}` });
    assert.equal(shown.statusCode, 200);
    const metrics = await fixture.app.inject({ method: 'GET', url: '/metrics' });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.headers['content-type'] as string, /^text\/plain/);
    assert.match(
      metrics.body,
      /xinping_http_request_duration_seconds_count\{method="GET",route="\/api\/enterprises\/:uscc",status_code="200"\} 1/,
    );
    assert.doesNotMatch(metrics.body, new RegExp(fixture.enterpriseA));
  });

  test('/metrics counts long jobs by kind with their durations, evaluations and the webhook backlog', async () => {
    const jobs = jobsOf(current());
    jobs.start({
      kind: 'metrics-probe',
      label: '测试任务',
      group: 'metrics-probe',
      startedBy: 'test',
      work: async () => 1,
    });
    await jobs.whenIdle();
    const body = (await fixture.app.inject({ method: 'GET', url: '/metrics' })).body;
    assert.match(body, /xinping_job_duration_seconds_count\{kind="metrics-probe",status="done"\} 1/);
    assert.match(body, /^xinping_webhook_deliveries_pending 0$/m);
    assert.match(body, /^xinping_webhook_oldest_pending_seconds 0$/m);
    assert.match(body, /^# TYPE xinping_enterprises_by_grade gauge$/m);
    assert.match(body, /^# TYPE xinping_jobs_running gauge$/m);
  });

  test('/metrics gives the depth of the notification and upward-sharing queues, which falls as they are sent', async () => {
    const { db } = current();
    const user = await db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
    const enterprise = await db.selectFrom('enterprises').select('id').orderBy('id').executeTakeFirstOrThrow();
    const delivery = (channel: string, status: string) => ({
      user_id: user.id,
      enterprise_id: enterprise.id,
      channel,
      notice_kind: 'grade_changed',
      topic: 'grade',
      template_id: null,
      parameters: JSON.stringify({}),
      subject: '信用等级变化',
      content: '您的信用等级已更新',
      recipient_masked: '138****5678',
      recipient_cipher: 'test',
      status,
    });
    const queued = await db
      .insertInto('notification_deliveries')
      .values([
        delivery('sms', 'queued'),
        delivery('sms', 'queued'),
        delivery('email', 'queued'),
        delivery('sms', 'sent'),
      ])
      .returning('id')
      .execute();
    await db.insertInto('upward_batches').values({ item_count: 3 }).execute();
    const scrape = async () => (await fixture.app.inject({ method: 'GET', url: '/metrics' })).body;
    let body = await scrape();
    assert.match(body, /^xinping_notification_deliveries_queued\{channel="sms"\} 2$/m);
    assert.match(body, /^xinping_notification_deliveries_queued\{channel="email"\} 1$/m);
    assert.match(body, /^xinping_upward_batches_pending 1$/m);
    assert.match(body, /^# TYPE xinping_queue_jobs gauge$/m);

    await db.updateTable('notification_deliveries').set({ status: 'sent' }).where('id', '=', queued[0]!.id).execute();
    await db.updateTable('upward_batches').set({ status: 'acknowledged' }).execute();
    body = await scrape();
    assert.match(body, /^xinping_notification_deliveries_queued\{channel="sms"\} 1$/m);
    assert.match(body, /^xinping_upward_batches_pending 0$/m);
    await db.deleteFrom('notification_deliveries').execute();
    await db.deleteFrom('upward_batches').execute();
  });

  test('/metrics is refused to a request forwarded by a proxy, even one on this machine', async () => {
    const forwarded = await fixture.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    assert.equal(forwarded.statusCode, 403);
    assert.match(forwarded.json().error.message, /XINPING_METRICS_TOKEN/);
  });

  test('every request log line is JSON with a request id, and none holds a password, cookie, token, phone or ID number', async () => {
    const phone = '13812345678';
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: DEMO_PASSWORD },
    });
    assert.equal(login.statusCode, 200);
    const cookie = login.cookies[0]!.value;
    const answered = await fixture.app.inject({
      method: 'GET',
      url: `/api/enterprises?query=${phone}&idNumber=${fixture.personalIdNumber}`,
      headers: { cookie: `${SESSION_COOKIE}=${cookie}`, authorization: 'Bearer xp_secret-token-value' },
    });
    assert.ok(answered.headers['x-request-id'], 'the response names its request id');
    const lines = logged
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = lines.filter((line) => line.req || line.res);
    assert.ok(requestLines.length >= 4, `request lines were logged: ${logged}`);
    for (const line of requestLines) assert.match(String(line.requestId), /^[0-9a-f-]{36}$/);
    assert.ok(
      requestLines.some((line) => line.requestId === answered.headers['x-request-id']),
      'the id sent back is the one in the log',
    );
    for (const secret of [DEMO_PASSWORD, cookie, 'xp_secret-token-value', phone, fixture.personalIdNumber, '张三明'])
      assert.equal(logged.includes(secret), false, `the log holds ${secret}`);
  });
});

test('/readyz answers 503 with a Chinese reason on a store that has not been migrated', async () => {
  const store = await openStore({ dataDir: '' }, { memory: true, migrate: false });
  const app = await buildServer(store);
  try {
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().status, 'not-ready');
    assert.match(ready.json().reason, /尚未迁移.*xinping db migrate/);
    assert.equal((await app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200, 'the process itself is alive');
  } finally {
    await app.close();
    await store.close();
  }
});

test('/metrics elsewhere needs the configured token', async () => {
  const store = await openStore({ dataDir: '' }, { memory: true });
  const app = await buildServer(store, { metricsToken: 'metrics-secret-0123456789' });
  try {
    assert.equal((await app.inject({ method: 'GET', url: '/metrics' })).statusCode, 403);
    const scraped = await app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer metrics-secret-0123456789', 'x-forwarded-for': '203.0.113.9' },
    });
    assert.equal(scraped.statusCode, 200);
  } finally {
    await app.close();
    await store.close();
  }
});

test('ID and mobile numbers are scrubbed from any logged text; an enterprise code is left alone', () => {
  assert.equal(
    scrubPersonalData('duplicate key (id_number)=(420703198001011234) phone 13812345678'),
    'duplicate key (id_number)=([已隐去]) phone [已隐去]',
  );
  assert.equal(scrubPersonalData('enterprise 914207035492727832'), 'enterprise 914207035492727832');
});
