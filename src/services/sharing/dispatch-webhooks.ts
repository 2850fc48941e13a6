import { sql, type Kysely } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { revealPersonal, type SecretKey } from '../import/protect-personal.ts';
import { parseOutboundAllowList, type OutboundAllowList } from '../outbound/outbound-address.ts';
import { postOutbound } from '../outbound/post-outbound.ts';
import { toSharedEvent, type FeedRow } from './read-feed.ts';
import { visibleEventCondition } from './shared-enterprises.ts';
import { retryDelayMs, type WebhookSettings } from './webhook-settings.ts';
import { signWebhook } from './webhook-signature.ts';

/**
 * Delivers the feed to webhook subscriptions, at least once, in three steps:
 *
 * 1. enqueue — each active webhook subscription's new events (of its types, that its account may see at that moment)
 *    become rows of the delivery log, and the subscription's cursor moves past them, in one transaction;
 * 2. claim — due deliveries are taken with `for update skip locked` and leased (their next attempt pushed past the
 *    request timeout), so two dispatchers (the server's and a cron `share run`) never send the same attempt;
 * 3. send — POST the event, signed (webhook-signature.ts), only to an allowed address (post-outbound.ts: checked
 *    after DNS resolution, connection pinned to the checked address, redirects not followed). A 2xx marks it
 *    delivered; anything else (refused address or connection, timeout, error status, redirect) counts a failed attempt and schedules the next one with exponential
 *    backoff, until `maxAttempts`, when the delivery is marked failed. A subscription's deliveries go one after the
 *    other in event order; after a failure the rest of its batch waits for the same retry time, so a receiver that is
 *    down is not hammered and gets its events back in order when it returns.
 *
 * A receiver that got an event but whose answer was lost receives it again: it recognises the event id (the helper
 * refuses a replayed id), so its application still sees each event once.
 */

export interface DispatchOutcome {
  enqueued: number;
  delivered: number;
  retried: number;
  failed: number;
}

const ENQUEUE_BATCH = 10_000;
const MAX_PASSES = 50;

interface Claimed {
  id: number;
  subscription_id: number;
  attempts: number;
  url: string;
  secret_cipher: string;
  event: FeedRow;
}

/**
 * `stop`: the server is shutting down. No further batch is claimed, requests in flight are abandoned, and what was
 * claimed but not delivered goes back to the queue as due, with no attempt counted: it goes out after the restart.
 */
export async function dispatchWebhooks(
  db: Kysely<Database>,
  key: SecretKey,
  settings: WebhookSettings,
  options: { stop?: AbortSignal } = {},
): Promise<DispatchOutcome> {
  const allowList = parseOutboundAllowList(settings.allowedReceivers);
  const outcome: DispatchOutcome = { enqueued: await enqueueDeliveries(db), delivered: 0, retried: 0, failed: 0 };
  for (let pass = 0; pass < MAX_PASSES && !options.stop?.aborted; pass += 1) {
    const claimed = await claimDueDeliveries(db, settings);
    const bySubscription = new Map<number, Claimed[]>();
    for (const delivery of claimed)
      bySubscription.set(delivery.subscription_id, [...(bySubscription.get(delivery.subscription_id) ?? []), delivery]);
    await Promise.all(
      [...bySubscription.values()].map((deliveries) =>
        sendInOrder(db, key, settings, allowList, deliveries, outcome, options.stop),
      ),
    );
    if (claimed.length < settings.batchSize) break;
  }
  return outcome;
}

/** Turns each webhook subscription's new events into pending deliveries; returns how many. */
export async function enqueueDeliveries(db: Kysely<Database>): Promise<number> {
  const subscriptions = await db
    .selectFrom('subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.event_types', 's.last_enqueued_event_id', 'u.id as user_id', 'u.role', 'u.uscc', 'u.disabled'])
    .where('s.active', '=', true)
    .where('s.delivery', '=', 'webhook')
    .execute();
  let enqueued = 0;
  for (const subscription of subscriptions) {
    if (subscription.disabled) continue;
    enqueued += await db.transaction().execute(async (trx) => {
      const after = Number(subscription.last_enqueued_event_id);
      const head = await sql<{
        upto: number | null;
      }>`select max(id) as upto from (select id from share_events where id > ${after} order by id limit ${ENQUEUE_BATCH}) batch`.execute(
        trx,
      );
      const upto = head.rows[0]?.upto == null ? after : Number(head.rows[0].upto);
      if (upto === after) return 0;
      const subscriber = {
        userId: Number(subscription.user_id),
        role: subscription.role as Role,
        uscc: subscription.uscc,
      };
      const inserted = await sql`
        insert into webhook_deliveries (subscription_id, event_id)
        select ${subscription.id}, s.id from share_events s
        where s.id > ${after} and s.id <= ${upto} and s.type = any(${sql.val(subscription.event_types)}::text[]) and ${visibleEventCondition(subscriber)}
        order by s.id
        on conflict (subscription_id, event_id) do nothing`.execute(trx);
      // Only moves forward from where this transaction found it: a concurrent dispatcher that moved it first wins.
      await trx
        .updateTable('subscriptions')
        .set({ last_enqueued_event_id: upto })
        .where('id', '=', subscription.id)
        .where('last_enqueued_event_id', '=', after)
        .execute();
      return Number(inserted.numAffectedRows ?? 0);
    });
  }
  return enqueued;
}

async function claimDueDeliveries(db: Kysely<Database>, settings: WebhookSettings): Promise<Claimed[]> {
  return db.transaction().execute(async (trx) => {
    const due = await sql<{ id: number }>`
      select d.id from webhook_deliveries d join subscriptions s on s.id = d.subscription_id
      where d.status = 'pending' and d.next_attempt_at <= now() and s.active
      order by d.subscription_id, d.event_id limit ${settings.batchSize}
      for update of d skip locked`.execute(trx);
    if (due.rows.length === 0) return [];
    const ids = due.rows.map((row) => Number(row.id));
    const lease = new Date(Date.now() + settings.timeoutMs * 2);
    await trx.updateTable('webhook_deliveries').set({ next_attempt_at: lease }).where('id', 'in', ids).execute();
    const rows = await sql<Omit<Claimed, 'event'> & FeedRow & { event_id: number }>`
      select d.id, d.subscription_id, d.attempts, s.url, s.secret_cipher,
        e.id as event_id, e.type, e.payload, e.created_at, n.uscc, n.name
      from webhook_deliveries d
      join subscriptions s on s.id = d.subscription_id
      join share_events e on e.id = d.event_id
      join enterprises n on n.id = e.enterprise_id
      where d.id = any(${sql.val(ids)}::bigint[])
      order by d.subscription_id, d.event_id`.execute(trx);
    return rows.rows.map((row) => ({
      id: Number(row.id),
      subscription_id: Number(row.subscription_id),
      attempts: Number(row.attempts),
      url: row.url,
      secret_cipher: row.secret_cipher,
      event: {
        id: row.event_id,
        type: row.type,
        payload: row.payload,
        created_at: row.created_at,
        uscc: row.uscc,
        name: row.name,
      },
    }));
  });
}

async function sendInOrder(
  db: Kysely<Database>,
  key: SecretKey,
  settings: WebhookSettings,
  allowList: OutboundAllowList,
  deliveries: Claimed[],
  outcome: DispatchOutcome,
  stop?: AbortSignal,
): Promise<void> {
  const secret = revealPersonal({ masked: '', cipher: deliveries[0]!.secret_cipher }, key);
  for (const [index, delivery] of deliveries.entries()) {
    const body = JSON.stringify(toSharedEvent(delivery.event));
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'xinping-webhooks/1',
      ...signWebhook(secret, delivery.event.id, body),
    };
    const result = stop?.aborted
      ? undefined
      : await postOutbound(delivery.url, { headers, body, timeoutMs: settings.timeoutMs, signal: stop }, allowList);
    if (!result || stop?.aborted) {
      // Shutting down: this one and the rest are due again at once, their lease and attempt count as before.
      const unsent = deliveries.slice(index).map((rest) => rest.id);
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date() })
        .where('id', 'in', unsent)
        .where('status', '=', 'pending')
        .execute();
      return;
    }
    const attempts = delivery.attempts + 1;
    if (result.ok) {
      await db
        .updateTable('webhook_deliveries')
        .set({
          status: 'delivered',
          attempts,
          delivered_at: new Date(),
          last_status_code: result.status,
          last_error: null,
        })
        .where('id', '=', delivery.id)
        .execute();
      outcome.delivered += 1;
      continue;
    }
    const isExhausted = attempts >= settings.maxAttempts;
    const nextAttempt = new Date(Date.now() + retryDelayMs(settings, attempts));
    await db
      .updateTable('webhook_deliveries')
      .set({
        status: isExhausted ? 'failed' : 'pending',
        attempts,
        next_attempt_at: nextAttempt,
        last_status_code: result.status,
        last_error: result.error,
      })
      .where('id', '=', delivery.id)
      .execute();
    if (isExhausted) outcome.failed += 1;
    else outcome.retried += 1;
    // The rest of this subscription's batch waits with it (no attempt counted): order kept, a down receiver spared.
    const waiting = deliveries.slice(index + 1).map((rest) => rest.id);
    if (waiting.length > 0)
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: nextAttempt })
        .where('id', 'in', waiting)
        .execute();
    return;
  }
}
