import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { jobsOf } from '../../services/jobs/job-registry.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/** 审计 over HTTP: searching the trail, one event with its link, and verifying the chain as a job. */
describeOnEachEngine('the audit trail over HTTP', (current, _engine, owner) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    for (const role of ['admin', 'reviewer'] as const) sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const get = (url: string, role: 'admin' | 'reviewer' = 'reviewer') =>
    fixture.injectAs(role, { method: 'GET', url }, sessions.get(role));

  test('the trail is searched by action, actor, subject and dates, newest first, in pages with the total', async () => {
    const logins = (await get('/api/audit/events?action=auth.logged_in&limit=1')).json();
    assert.equal(logins.total, 2, 'the administrator and the reviewer logged in');
    assert.equal(logins.items.length, 1);
    assert.equal(logins.items[0].actor, 'reviewer', 'newest first');
    assert.equal(logins.items[0].actionLabel, '用户登录');
    const second = (await get('/api/audit/events?action=auth.logged_in&limit=1&offset=1')).json();
    assert.equal(second.items[0].actor, 'admin');

    const imports = (await get('/api/audit/events?action=import.committed')).json();
    assert.equal(imports.total, 2, 'the fixture committed two batches');
    const batchId = imports.items[0].subjectId;
    const bySubject = (await get(`/api/audit/events?subjectType=import_batch&subjectId=${batchId}`)).json();
    assert.deepEqual(
      bySubject.items.map((item: { seq: number }) => item.seq),
      [imports.items[0].seq],
    );
    assert.equal(
      (await get('/api/audit/events?actor=REVIEW')).json().total,
      1,
      'the actor is matched by part, in any case',
    );

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const all = (await get('/api/audit/events?limit=200')).json();
    assert.equal((await get(`/api/audit/events?from=${today}&to=${today}`)).json().total, all.total);
    assert.equal((await get('/api/audit/events?to=2020-01-01')).json().total, 0);
    const reversed = await get('/api/audit/events?from=2026-02-01&to=2026-01-01');
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.json().error.message, /起始日期 2026-02-01 晚于截止日期 2026-01-01/);
    const unknown = await get('/api/audit/events?action=no.such');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.message, /未知的审计动作“no\.such”/);
  });

  test('an event’s detail gives its payload and the hash of the event before it', async () => {
    const [latest, previous] = (await get('/api/audit/events?limit=2')).json().items;
    const detail = (await get(`/api/audit/events/${latest.seq}`)).json();
    assert.equal(detail.prevHash, previous.hash);
    assert.deepEqual(detail.payload, latest.payload);
    assert.equal((await get('/api/audit/events/999999')).statusCode, 404);
    const actions = (await get('/api/audit/actions')).json().items;
    assert.ok(
      actions.some(
        (item: { action: string; label: string }) =>
          item.action === 'model.published' && item.label === '评价模型版本已发布',
      ),
    );
  });

  test('verifying an intact chain reports every event checked and the head; after tampering it names the altered event', async () => {
    const started = await fixture.injectAs(
      'reviewer',
      { method: 'POST', url: '/api/audit/verifications' },
      sessions.get('reviewer'),
    );
    assert.equal(started.statusCode, 202, started.body);
    await jobsOf(current()).whenIdle();
    const job = (await get(`/api/jobs/${started.json().id}`)).json();
    assert.equal(job.status, 'done', JSON.stringify(job));
    const head = await current().db.selectFrom('audit_heads').select(['seq', 'hash']).executeTakeFirstOrThrow();
    assert.deepEqual(job.result, {
      ok: true,
      eventsChecked: Number(head.seq),
      head: { seq: Number(head.seq), hash: head.hash },
    });
    assert.deepEqual([job.processed, job.total], [Number(head.seq), Number(head.seq)]);

    await sql`alter table audit_events disable trigger user`.execute(owner().db);
    await sql`update audit_events set actor = '冒名' where seq = 2`.execute(owner().db);
    await sql`alter table audit_events enable trigger user`.execute(owner().db);
    const again = await fixture.injectAs(
      'reviewer',
      { method: 'POST', url: '/api/audit/verifications' },
      sessions.get('reviewer'),
    );
    await jobsOf(current()).whenIdle();
    const tampered = (await get(`/api/jobs/${again.json().id}`)).json();
    assert.equal(tampered.status, 'done');
    assert.equal(tampered.result.ok, false);
    assert.deepEqual([tampered.result.problem.seq, tampered.result.problem.kind], [2, 'altered']);
    assert.match(tampered.result.problem.reason, /序号 2 的事件被篡改/);
  });
});
