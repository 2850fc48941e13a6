import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Principal } from '../../domain/principal.ts';
import { createServerFixture, type ServerFixture } from '../../server/server-test-fixture.ts';
import { loadSecretKey } from '../import/protect-personal.ts';
import { createSubscription } from './create-subscription.ts';
import { dispatchWebhooks } from './dispatch-webhooks.ts';
import { startWebhookDispatcher } from './webhook-dispatcher.ts';
import { publishShareEvents } from './publish-share-events.ts';
import { verifyWebhookSignature, WEBHOOK_HEADERS } from './webhook-signature.ts';
import type { WebhookSettings } from './webhook-settings.ts';

/** The receivers in these tests listen on loopback: allowed explicitly, as an operator allows an intranet receiver. */
const LOOPBACK_RECEIVERS = ['127.0.0.1/32'];
const FAST: WebhookSettings = {
  baseDelayMs: 20,
  maxDelayMs: 200,
  maxAttempts: 30,
  timeoutMs: 2_000,
  batchSize: 100,
  maxInFlight: 16,
  intervalMs: 1_000,
  allowedReceivers: LOOPBACK_RECEIVERS,
};
const TOLERANCE_SECONDS = 300;

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A subscriber's receiver on loopback, written as a subscriber would: verify with the helper, hand each new event to
 * the application once, answer 2xx to a replay (so the platform stops retrying) without handing it over again.
 * `loseFirstAnswers` simulates answers lost on the way back: the event is processed but the platform sees a 500.
 */
async function startReceiver(secret: string, options: { port?: number; loseFirstAnswers?: number } = {}) {
  const seen = new Set<string>();
  const application: Array<{ id: number; type: string; uscc: string }> = [];
  const requests: Received[] = [];
  const verdicts: string[] = [];
  let toLose = options.loseFirstAnswers ?? 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ headers: request.headers, body });
      const verdict = verifyWebhookSignature(secret, request.headers, body, TOLERANCE_SECONDS, seen);
      verdicts.push(verdict.ok ? 'ok' : verdict.reason);
      if (verdict.ok) application.push(JSON.parse(body));
      else if (verdict.reason !== 'replayed') return void response.writeHead(401).end();
      if (toLose > 0) {
        toLose -= 1;
        return void response.writeHead(500).end();
      }
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/xinping-hook`,
    application,
    requests,
    verdicts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The event ids each enterprise's events arrived with, in arrival order. */
function idsByEnterprise(events: Array<{ id: number; uscc: string }>): Record<string, number[]> {
  const grouped: Record<string, number[]> = {};
  for (const event of events) (grouped[event.uscc] ??= []).push(event.id);
  return grouped;
}

/** A port nothing listens on (taken from the system, then released). */
async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describeOnEachEngine('webhooks', (current) => {
  let fixture: ServerFixture;
  let admin: Principal;
  let enterpriseIds: { a: number; b: number };
  const key = () => loadSecretKey(fixture.dataDir, {});

  before(async () => {
    fixture = await createServerFixture(current());
    const row = await current()
      .db.selectFrom('users')
      .select(['id', 'username', 'display_name'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    admin = {
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: 'admin',
      departmentCode: null,
      uscc: null,
      via: 'session',
      tokenId: null,
      scopes: ['read', 'write'],
    };
    const ids = await current().db.selectFrom('enterprises').select(['id', 'uscc']).execute();
    enterpriseIds = {
      a: ids.find((item) => item.uscc === fixture.enterpriseA)!.id,
      b: ids.find((item) => item.uscc === fixture.enterpriseB)!.id,
    };
  });
  after(async () => {
    await fixture?.close();
  });

  async function publish(count: number): Promise<number[]> {
    return current()
      .db.transaction()
      .execute((trx) =>
        publishShareEvents(
          trx,
          Array.from({ length: count }, (_, index) => ({
            type: 'grade_changed' as const,
            enterpriseId: index % 2 ? enterpriseIds.b : enterpriseIds.a,
            payload: { grade: 'B', previousGrade: 'A', step: index },
          })),
        ),
      );
  }
  const deliveriesOf = (subscriptionId: number) =>
    current()
      .db.selectFrom('webhook_deliveries')
      .selectAll()
      .where('subscription_id', '=', subscriptionId)
      .orderBy('event_id')
      .execute();

  test('a receiver on loopback gets each new event once, signed so that the helper verifies it, and the delivery log says delivered', async () => {
    const placeholder = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '签名测试', eventTypes: ['grade_changed'], delivery: 'webhook', url: 'http://127.0.0.1:9/unused' },
      LOOPBACK_RECEIVERS,
    );
    const secret = placeholder.secret!;
    const receiver = await startReceiver(secret);
    await current()
      .db.updateTable('subscriptions')
      .set({ url: receiver.url })
      .where('id', '=', placeholder.subscription.id)
      .execute();
    try {
      const ids = await publish(3);
      const outcome = await dispatchWebhooks(current().db, key(), FAST);
      assert.equal(outcome.delivered, 3);
      assert.deepEqual(receiver.verdicts, ['ok', 'ok', 'ok']);
      assert.deepEqual(
        idsByEnterprise(receiver.application),
        { [fixture.enterpriseA]: [ids[0], ids[2]], [fixture.enterpriseB]: [ids[1]] },
        'each enterprise’s events in event order',
      );
      const first = receiver.requests[0]!;
      assert.match(String(first.headers[WEBHOOK_HEADERS.signature]), /^sha256=[0-9a-f]{64}$/);
      assert.equal(first.headers[WEBHOOK_HEADERS.eventId], String(ids[0]));
      assert.equal(
        verifyWebhookSignature('whsec_someone-else', first.headers, first.body, TOLERANCE_SECONDS).ok,
        false,
        'another secret does not verify',
      );
      const log = await deliveriesOf(placeholder.subscription.id);
      assert.deepEqual(
        log.map((row) => [row.status, row.attempts, row.last_status_code]),
        [
          ['delivered', 1, 204],
          ['delivered', 1, 204],
          ['delivered', 1, 204],
        ],
      );
      assert.equal(
        (await dispatchWebhooks(current().db, key(), FAST)).delivered,
        0,
        'a second pass sends nothing again',
      );
    } finally {
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', placeholder.subscription.id)
        .execute();
      await receiver.close();
    }
  });

  test('a receiver that is down and then comes back gets every event: nothing is lost, and its application sees each event once', async () => {
    const port = await freePort();
    const created = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '断线测试', eventTypes: ['grade_changed'], delivery: 'webhook', url: `http://127.0.0.1:${port}/hook` },
      LOOPBACK_RECEIVERS,
    );
    const ids = await publish(4);

    const down = await dispatchWebhooks(current().db, key(), FAST);
    assert.equal(down.delivered, 0);
    assert.equal(down.retried, 1, 'one failed attempt; the rest of the batch waits with it');
    let log = await deliveriesOf(created.subscription.id);
    assert.equal(log.length, 4);
    assert.ok(log.length > 0 && log.every((row) => row.status === 'pending'));
    assert.match(log[0]!.last_error ?? '', /连接被拒绝/);

    // Back up, but the first two answers are lost on the way: the platform must send those events again.
    const receiver = await startReceiver(created.secret!, { port, loseFirstAnswers: 2 });
    try {
      for (let round = 0; round < 100; round += 1) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        await dispatchWebhooks(current().db, key(), FAST);
        log = await deliveriesOf(created.subscription.id);
        if (log.every((row) => row.status === 'delivered')) break;
      }
      assert.deepEqual(
        log.map((row) => row.status),
        ['delivered', 'delivered', 'delivered', 'delivered'],
        'nothing lost',
      );
      assert.deepEqual(
        idsByEnterprise(receiver.application),
        { [fixture.enterpriseA]: [ids[0], ids[2]], [fixture.enterpriseB]: [ids[1], ids[3]] },
        'the application saw each event exactly once, each enterprise’s in order',
      );
      assert.ok(
        receiver.verdicts.filter((verdict) => verdict === 'replayed').length >= 2,
        'the re-sent events were recognised as already received',
      );
      assert.ok(log[0]!.attempts >= 3, 'the first event took a refused attempt, a lost answer and a success');
    } finally {
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', created.subscription.id)
        .execute();
      await receiver.close();
    }
  });

  test('the helper refuses a replayed request, a stale timestamp, an altered body and a changed event id', async () => {
    const created = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '重放测试', eventTypes: ['grade_changed'], delivery: 'webhook', url: 'http://127.0.0.1:9/unused' },
      LOOPBACK_RECEIVERS,
    );
    const receiver = await startReceiver(created.secret!);
    await current()
      .db.updateTable('subscriptions')
      .set({ url: receiver.url })
      .where('id', '=', created.subscription.id)
      .execute();
    try {
      await publish(1);
      await dispatchWebhooks(current().db, key(), FAST);
      const delivered = receiver.requests.at(-1)!;
      const seen = new Set([String(delivered.headers[WEBHOOK_HEADERS.eventId])]);
      const replay = verifyWebhookSignature(
        created.secret!,
        delivered.headers,
        delivered.body,
        TOLERANCE_SECONDS,
        seen,
      );
      assert.deepEqual([replay.ok, !replay.ok && replay.reason], [false, 'replayed']);
      const later = verifyWebhookSignature(
        created.secret!,
        delivered.headers,
        delivered.body,
        TOLERANCE_SECONDS,
        new Set(),
        Date.now() + (TOLERANCE_SECONDS + 60) * 1000,
      );
      assert.deepEqual([later.ok, !later.ok && later.reason], [false, 'stale']);
      const altered = verifyWebhookSignature(
        created.secret!,
        delivered.headers,
        delivered.body.replace('"B"', '"A"'),
        TOLERANCE_SECONDS,
        new Set(),
      );
      assert.deepEqual([altered.ok, !altered.ok && altered.reason], [false, 'bad-signature']);
      const renamed = verifyWebhookSignature(
        created.secret!,
        { ...delivered.headers, [WEBHOOK_HEADERS.eventId]: '999999' },
        delivered.body,
        TOLERANCE_SECONDS,
        new Set(),
      );
      assert.deepEqual([renamed.ok, !renamed.ok && renamed.reason], [false, 'bad-signature']);
      assert.equal(
        verifyWebhookSignature(created.secret!, delivered.headers, delivered.body, TOLERANCE_SECONDS, new Set()).ok,
        true,
        'the original verifies for a receiver that has not seen it',
      );
    } finally {
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', created.subscription.id)
        .execute();
      await receiver.close();
    }
  });

  test('the signing secret is stored only encrypted, and a receiver that never answers 2xx ends as failed after the maximum attempts', async () => {
    const created = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '失败测试', eventTypes: ['grade_changed'], delivery: 'webhook', url: 'http://127.0.0.1:9/unused' },
      LOOPBACK_RECEIVERS,
    );
    const stored = await current()
      .db.selectFrom('subscriptions')
      .select('secret_cipher')
      .where('id', '=', created.subscription.id)
      .executeTakeFirstOrThrow();
    assert.ok(!stored.secret_cipher!.includes(created.secret!.slice(6)), 'not in clear');
    const receiver = await startReceiver('whsec_wrong-secret'); // refuses every request with 401
    await current()
      .db.updateTable('subscriptions')
      .set({ url: receiver.url })
      .where('id', '=', created.subscription.id)
      .execute();
    try {
      await publish(1);
      for (let round = 0; round < 10; round += 1) {
        await dispatchWebhooks(current().db, key(), { ...FAST, maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const [row] = await deliveriesOf(created.subscription.id);
      assert.deepEqual([row!.status, row!.attempts, row!.last_status_code], ['failed', 3, 401]);
    } finally {
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', created.subscription.id)
        .execute();
      await receiver.close();
    }
  });

  test('stopping the server dispatcher with hundreds of deliveries pending for a receiver that hangs takes well under 10 s; they stay queued and go out after the restart', async () => {
    let isAnswering = false;
    const hanging: http.ServerResponse[] = [];
    const receiver = http.createServer((request, response) => {
      request.resume();
      if (isAnswering) response.writeHead(204).end();
      else hanging.push(response);
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const created = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '停机测试', eventTypes: ['grade_changed'], delivery: 'webhook', url },
      LOOPBACK_RECEIVERS,
    );
    try {
      await publish(300);
      const dispatcher = startWebhookDispatcher(current().db, key, { ...FAST, timeoutMs: 30_000, intervalMs: 10 });
      while (hanging.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const started = performance.now();
      await dispatcher.stop();
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 10, `stopped in ${seconds.toFixed(1)} s`);

      let log = await deliveriesOf(created.subscription.id);
      assert.equal(log.length, 300);
      assert.deepEqual(
        new Set(log.map((row) => `${row.status}:${row.attempts}`)),
        new Set(['pending:0']),
        'queued, no attempt counted for the abandoned request',
      );
      assert.ok(
        log.length > 0 && log.every((row) => row.next_attempt_at.getTime() <= Date.now()),
        'due at once, not held by the lease of the stopped pass',
      );

      isAnswering = true;
      const restarted = await dispatchWebhooks(current().db, key(), FAST);
      assert.equal(restarted.delivered, 300);
      log = await deliveriesOf(created.subscription.id);
      assert.ok(log.length > 0 && log.every((row) => row.status === 'delivered'));
    } finally {
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', created.subscription.id)
        .execute();
      hanging.forEach((response) => response.destroy());
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
  test('a queue longer than one pass allows is drained by passes run one after another, not one pass per interval', async () => {
    const received: number[] = [];
    const receiver = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')).id);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const created = await createSubscription(
      current().db,
      key(),
      admin,
      { name: '积压测试', eventTypes: ['grade_changed'], delivery: 'webhook', url },
      LOOPBACK_RECEIVERS,
    );
    // Two deliveries claimed per round and at most fifty rounds per pass: 150 events need two passes.
    const ids = await publish(150);
    const dispatcher = startWebhookDispatcher(current().db, key, { ...FAST, batchSize: 2, intervalMs: 60_000 });
    try {
      const first = await dispatcher.runNow();
      assert.equal(first?.delivered, 100, 'the first pass stops at its bound');
      assert.equal(first?.hasMore, true);
      // The next pass follows at once; a pass per interval would leave the rest for a minute.
      const waitUntil = Date.now() + 20_000;
      while (received.length < 150 && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.equal(received.length, 150, `${received.length} of 150 delivered without waiting the interval`);
      assert.deepEqual(
        [...received].sort((a, b) => a - b),
        ids,
        'each event once',
      );
    } finally {
      await dispatcher.stop();
      await current()
        .db.updateTable('subscriptions')
        .set({ active: false })
        .where('id', '=', created.subscription.id)
        .execute();
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});
