import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { parseSecretKey } from '../import/protect-personal.ts';
import { dispatchWebhooks } from './dispatch-webhooks.ts';
import type { SharedEvent } from './share-event.ts';
import { LOOPBACK_RECEIVERS, pushWhitelistOf, startWebhookBank, type ReceivedEvent } from './webhook-test-support.ts';
import { verifyWebhookSignature } from './webhook-signature.ts';
import type { WebhookSettings } from './webhook-settings.ts';

const SETTINGS: WebhookSettings = {
  baseDelayMs: 20,
  maxDelayMs: 5_000,
  maxAttempts: 30,
  timeoutMs: 5_000,
  batchSize: 500,
  maxInFlight: 16,
  intervalMs: 1_000,
  allowedReceivers: LOOPBACK_RECEIVERS,
};
const key = parseSecretKey('cd'.repeat(32));

/** Each enterprise's list changes (added / removed) with their event ids, in the order the application got them. */
function changesByEnterprise(received: ReceivedEvent[]): Map<string, Array<{ id: number; change: string }>> {
  const grouped = new Map<string, Array<{ id: number; change: string }>>();
  for (const { event } of received) {
    const list = grouped.get(event.uscc) ?? [];
    list.push({ id: event.id, change: String(event.data.change) });
    grouped.set(event.uscc, list);
  }
  return grouped;
}

/** Runs dispatch passes (as the server's dispatcher does) until the subscription has nothing pending. */
async function dispatchUntilDelivered(
  current: () => { db: Parameters<typeof dispatchWebhooks>[0] },
  subscriptionId: number,
  settings = SETTINGS,
): Promise<void> {
  for (let pass = 0; pass < 200; pass += 1) {
    await dispatchWebhooks(current().db, key, settings);
    const pending = await current()
      .db.selectFrom('webhook_deliveries')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('subscription_id', '=', subscriptionId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    if (Number(pending.count) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail('deliveries still pending after 200 passes');
}

function assertInOrderPerEnterprise(received: ReceivedEvent[], usccs: string[], withdrawn: Set<string>): void {
  const changes = changesByEnterprise(received);
  assert.equal(changes.size, usccs.length, 'every enterprise on the list reached the receiver');
  for (const uscc of usccs) {
    const list = changes.get(uscc) ?? [];
    assert.deepEqual(
      list.map((item) => item.change),
      withdrawn.has(uscc) ? ['added', 'removed'] : ['added'],
      `${uscc}: added before removed, each once`,
    );
    assert.ok(list.length < 2 || list[0]!.id < list[1]!.id, `${uscc}: in event order`);
  }
}

describeOnEachEngine('webhooks at partner speed', (current) => {
  test('a 529-row whitelist push, then a generation that drops 100 of them, reaches the bank’s receiver: each event once, signed, in order per enterprise, several requests at a time', async () => {
    const { receiver, subscriptionId, usccs } = await startWebhookBank(current().db, key, {
      enterprises: 529,
      bank: 'bank-speed',
      prefix: 'WA',
      latencyMs: 5,
    });
    try {
      await pushWhitelistOf(current().db, usccs);
      const kept = usccs.slice(0, 429);
      await pushWhitelistOf(current().db, kept);
      await dispatchUntilDelivered(current, subscriptionId);

      assert.equal(receiver.application.length, 629, '529 added and 100 removed');
      assert.equal(new Set(receiver.application.map(({ event }) => event.id)).size, 629, 'each event once');
      assert.deepEqual(new Set(receiver.verdicts), new Set(['ok']), 'every request carried a valid signature');
      assertInOrderPerEnterprise(receiver.application, usccs, new Set(usccs.slice(429)));
      assert.ok(receiver.mostConcurrent > 1, `requests in flight at once: ${receiver.mostConcurrent}`);
      const log = await current()
        .db.selectFrom('webhook_deliveries')
        .select(['status', 'attempts'])
        .where('subscription_id', '=', subscriptionId)
        .execute();
      assert.equal(log.length, 629);
      assert.deepEqual(new Set(log.map((row) => `${row.status}:${row.attempts}`)), new Set(['delivered:1']));
    } finally {
      await current().db.updateTable('subscriptions').set({ active: false }).where('id', '=', subscriptionId).execute();
      await receiver.close();
    }
  });

  test('a receiver that answers 503 with Retry-After for a while gets everything afterwards, in order per enterprise, and is not retried before it asked', async () => {
    const { receiver, subscriptionId, usccs } = await startWebhookBank(current().db, key, {
      enterprises: 60,
      bank: 'bank-busy',
      prefix: 'WR',
    });
    try {
      receiver.refuseNext(5, 1);
      await pushWhitelistOf(current().db, usccs);
      await pushWhitelistOf(current().db, usccs.slice(0, 30));
      await dispatchUntilDelivered(current, subscriptionId);

      assert.equal(receiver.verdicts.filter((verdict) => verdict === '503').length, 5, 'five requests refused');
      const firstRefused = receiver.requests[0]!.at;
      const firstAccepted = receiver.requests[receiver.verdicts.indexOf('ok')]!.at;
      assert.ok(
        firstAccepted - firstRefused >= 900,
        `the next request came ${Math.round(firstAccepted - firstRefused)} ms after the first 503 (Retry-After: 1)`,
      );
      assert.equal(receiver.application.length, 90, '60 added and 30 removed');
      assertInOrderPerEnterprise(receiver.application, usccs, new Set(usccs.slice(30)));
      const log = await current()
        .db.selectFrom('webhook_deliveries')
        .select('status')
        .where('subscription_id', '=', subscriptionId)
        .execute();
      assert.equal(log.length, 90);
      assert.deepEqual(new Set(log.map((row) => row.status)), new Set(['delivered']));
    } finally {
      await current().db.updateTable('subscriptions').set({ active: false }).where('id', '=', subscriptionId).execute();
      await receiver.close();
    }
  });

  test('a subscriber that accepts batches of 50 gets a 529-row push in a dozen signed requests, each event once and in order, and a replayed batch is refused', async () => {
    const { receiver, subscriptionId, usccs } = await startWebhookBank(current().db, key, {
      enterprises: 529,
      bank: 'bank-batch',
      prefix: 'WB',
      batchSize: 50,
    });
    try {
      await pushWhitelistOf(current().db, usccs);
      await pushWhitelistOf(current().db, usccs.slice(0, 500));
      await dispatchUntilDelivered(current, subscriptionId);

      assert.equal(receiver.application.length, 529 + 29);
      assert.equal(new Set(receiver.application.map(({ event }) => event.id)).size, 558, 'each event once');
      assertInOrderPerEnterprise(receiver.application, usccs, new Set(usccs.slice(500)));
      assert.equal(receiver.largestRequest, 50, 'no request carried more than the subscriber accepts');
      assert.ok(receiver.requests.length <= 20, `${receiver.requests.length} requests for 558 events`);
      assert.equal(receiver.batches, receiver.requests.length, 'every request in the batch format');
      assert.deepEqual(new Set(receiver.verdicts), new Set(['ok']));

      const first = receiver.requests[0]!;
      const body = JSON.parse(first.body) as { format: string; id: string; events: SharedEvent[] };
      assert.equal(body.format, 'xinping-webhook-batch/1');
      assert.equal(first.headers['x-xinping-event-id'], body.id);
      const seen = new Set(receiver.application.map(({ event }) => String(event.id)));
      const replay = verifyWebhookSignature(receiver.secret, first.headers, first.body, 300, seen);
      assert.deepEqual([replay.ok, !replay.ok && replay.reason], [false, 'replayed']);
    } finally {
      await current().db.updateTable('subscriptions').set({ active: false }).where('id', '=', subscriptionId).execute();
      await receiver.close();
    }
  });
});
