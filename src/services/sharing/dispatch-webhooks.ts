import http from 'node:http';
import https from 'node:https';
import { sql, type Kysely } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { revealPersonal, type SecretKey } from '../import/protect-personal.ts';
import { parseOutboundAllowList, type OutboundAllowList } from '../outbound/outbound-address.ts';
import { postOutbound, type OutboundAgents, type OutboundResult } from '../outbound/post-outbound.ts';
import { listDeliveriesWithEvent, type FeedRow } from '../../store/sharing.repository.ts';
import { toSharedEvent } from './read-feed.ts';
import { visibleEventCondition } from './shared-enterprises.ts';
import { retryDelayMs, type WebhookSettings } from './webhook-settings.ts';
import { signWebhook, WEBHOOK_BATCH_FORMAT } from './webhook-signature.ts';

/**
 * Delivers the feed to webhook subscriptions, at least once, in three steps:
 *
 * 1. enqueue — each active webhook subscription's new events (of its types, that its account may see at that moment)
 *    become rows of the delivery log, and the subscription's cursor moves past them, in one transaction;
 * 2. claim — per subscription, due deliveries are taken in event order with `for update skip locked` and leased
 *    (their next attempt pushed past the time the round may take), so two dispatchers (the server's and a cron
 *    `share run`) never send the same attempt; a delivery whose enterprise has an earlier one still waiting is left;
 * 3. send — POST the events, signed (webhook-signature.ts), only to an allowed address (post-outbound.ts: checked
 *    after DNS resolution, connection pinned to the checked address, redirects not followed), over kept-alive
 *    connections, several requests in flight per subscription (`send_window`) and, where the subscriber accepts
 *    batches (`batch_size`), several events per request. A 2xx marks them delivered; anything else (refused address
 *    or connection, timeout, error status, redirect) counts a failed attempt and schedules the next one with
 *    exponential backoff, until `maxAttempts`, when the delivery is marked failed. Events of one enterprise reach the
 *    receiver in event order; a receiver that signals overload gets a smaller window and the rest waits for the
 *    retry, so a receiver that is down is not hammered and gets its events back in order when it returns.
 *
 * A receiver that got an event but whose answer was lost receives it again: it recognises the event id (the helper
 * refuses a replayed id), so its application still sees each event once.
 */

export interface DispatchOutcome {
  enqueued: number;
  delivered: number;
  retried: number;
  failed: number;
  /** The pass stopped at one of its bounds (events to enqueue, rounds per subscription) with work still due. */
  hasMore: boolean;
}

const ENQUEUE_BATCH = 10_000;
/** Claim-and-send rounds per subscription in one pass (the next pass continues). */
const MAX_ROUNDS = 50;
/** A round claims this many windows' worth of requests: enough to keep the window full, few enough to lease briefly. */
const WINDOWS_PER_CLAIM = 16;
const DELIVERED_WRITE_SIZE = 200;
// The claim lock's first key ("xp_w"); its second key is the subscription id.
const WEBHOOK_CLAIM_LOCK = 0x78705f77;

interface Claimed {
  id: number;
  subscription_id: number;
  attempts: number;
  enterprise_id: number;
  event: FeedRow;
}

/**
 * `stop`: the server is shutting down. No further round is claimed, requests in flight are abandoned, and what was
 * claimed but not delivered goes back to the queue as due, with no attempt counted: it goes out after the restart.
 */
export async function dispatchWebhooks(
  db: Kysely<Database>,
  key: SecretKey,
  settings: WebhookSettings,
  options: { stop?: AbortSignal } = {},
): Promise<DispatchOutcome> {
  const enqueued = await enqueueDeliveries(db);
  const outcome: DispatchOutcome = {
    enqueued: enqueued.count,
    delivered: 0,
    retried: 0,
    failed: 0,
    hasMore: enqueued.hasMore,
  };
  const sender: Sender = {
    allowList: parseOutboundAllowList(settings.allowedReceivers),
    agents: {
      http: new http.Agent({ keepAlive: true, maxSockets: settings.maxInFlight }),
      https: new https.Agent({ keepAlive: true, maxSockets: settings.maxInFlight }),
    },
  };
  try {
    const subscriptions = await findSubscriptionsWithDueDeliveries(db);
    await Promise.all(
      subscriptions.map((subscription) =>
        deliverToSubscription(db, key, settings, sender, subscription, outcome, options.stop),
      ),
    );
  } finally {
    sender.agents.http.destroy();
    sender.agents.https.destroy();
  }
  return outcome;
}

/**
 * Turns each webhook subscription's new events into pending deliveries, at most `ENQUEUE_BATCH` events per
 * subscription; returns how many, and whether a subscription has more events waiting.
 */
export async function enqueueDeliveries(db: Kysely<Database>): Promise<{ count: number; hasMore: boolean }> {
  const subscriptions = await db
    .selectFrom('subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.event_types', 's.last_enqueued_event_id', 'u.id as user_id', 'u.role', 'u.uscc', 'u.disabled'])
    .where('s.active', '=', true)
    .where('s.delivery', '=', 'webhook')
    .execute();
  let enqueued = 0;
  let hasMore = false;
  for (const subscription of subscriptions) {
    if (subscription.disabled) continue;
    enqueued += await db.transaction().execute(async (trx) => {
      const after = Number(subscription.last_enqueued_event_id);
      const head = await sql<{
        upto: number | null;
        events: number;
      }>`select max(id) as upto, count(*)::int as events from (select id from share_events where id > ${after} order by id limit ${ENQUEUE_BATCH}) batch`.execute(
        trx,
      );
      if (Number(head.rows[0]?.events ?? 0) === ENQUEUE_BATCH) hasMore = true;
      const upto = head.rows[0]?.upto == null ? after : Number(head.rows[0].upto);
      if (upto === after) return 0;
      const subscriber = {
        userId: Number(subscription.user_id),
        role: subscription.role as Role,
        uscc: subscription.uscc,
      };
      const inserted = await sql`
        insert into webhook_deliveries (subscription_id, event_id, enterprise_id)
        select ${subscription.id}, s.id, s.enterprise_id from share_events s
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
  return { count: enqueued, hasMore };
}

interface DueSubscription {
  id: number;
  url: string;
  secret_cipher: string;
  batch_size: number;
  send_window: number;
}

async function findSubscriptionsWithDueDeliveries(db: Kysely<Database>): Promise<DueSubscription[]> {
  const rows = await sql<DueSubscription>`
    select s.id, s.url, s.secret_cipher, s.batch_size, s.send_window from subscriptions s
    where s.active and s.delivery = 'webhook' and (s.resume_at is null or s.resume_at <= now()) and exists (
      select 1 from webhook_deliveries d
      where d.subscription_id = s.id and d.status = 'pending' and d.next_attempt_at <= now())
    order by s.id`.execute(db);
  return rows.rows.map((row) => ({
    ...row,
    id: Number(row.id),
    batch_size: Number(row.batch_size),
    send_window: Number(row.send_window),
  }));
}

/**
 * Claims a subscription's due deliveries in event order, leaving out any whose enterprise has an earlier delivery
 * still waiting (for its retry, or leased by another dispatcher): an enterprise's events never overtake each other.
 * Claims of one subscription are serialised by a transaction lock, so two dispatchers cannot both see an earlier
 * delivery as not yet leased.
 */
async function claimDueDeliveries(
  db: Kysely<Database>,
  subscriptionId: number,
  limit: number,
  leaseMs: number,
): Promise<Claimed[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${WEBHOOK_CLAIM_LOCK}::integer, ${subscriptionId}::integer)`.execute(trx);
    const due = await sql<{ id: number }>`
      select d.id from webhook_deliveries d
      where d.subscription_id = ${subscriptionId} and d.status = 'pending' and d.next_attempt_at <= now()
        and not exists (
          select 1 from webhook_deliveries p
          where p.subscription_id = d.subscription_id and p.enterprise_id = d.enterprise_id and p.status = 'pending'
            and p.event_id < d.event_id and p.next_attempt_at > now())
      order by d.event_id limit ${limit}
      for update of d skip locked`.execute(trx);
    if (due.rows.length === 0) return [];
    const ids = due.rows.map((row) => Number(row.id));
    await trx
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: new Date(Date.now() + leaseMs) })
      .where('id', 'in', ids)
      .execute();
    const rows = await listDeliveriesWithEvent(trx, ids);
    return rows.map((row) => ({
      id: Number(row.id),
      subscription_id: Number(row.subscription_id),
      attempts: Number(row.attempts),
      enterprise_id: Number(row.enterprise_id),
      event: {
        id: Number(row.event_id),
        type: row.type,
        payload: row.payload,
        created_at: row.created_at,
        uscc: row.uscc,
        name: row.name,
      },
    }));
  });
}

/**
 * One subscription, round after round: claim what is due (a few windows' worth), send it through the window, and
 * remember the window for the next pass. Stops when nothing is due, the receiver signalled overload (then the
 * subscription rests until `resume_at`), or the server is stopping.
 */
async function deliverToSubscription(
  db: Kysely<Database>,
  key: SecretKey,
  settings: WebhookSettings,
  sender: Sender,
  subscription: DueSubscription,
  outcome: DispatchOutcome,
  stop?: AbortSignal,
): Promise<void> {
  const secret = revealPersonal({ masked: '', cipher: subscription.secret_cipher }, key);
  const receiver: Receiver = {
    url: subscription.url,
    secret,
    batchSize: subscription.batch_size,
    window: Math.min(Math.max(1, subscription.send_window), settings.maxInFlight),
  };
  const startWindow = receiver.window;
  let resumeAt: Date | null = null;
  let round = 0;
  for (; round < MAX_ROUNDS && !stop?.aborted; round += 1) {
    const limit = Math.min(settings.batchSize, receiver.window * receiver.batchSize * WINDOWS_PER_CLAIM);
    const requests = Math.ceil(limit / receiver.batchSize);
    const leaseMs = settings.timeoutMs * (Math.ceil(requests / receiver.window) + 2);
    const claimed = await claimDueDeliveries(db, subscription.id, limit, leaseMs);
    if (claimed.length === 0) break;
    resumeAt = await sendThroughWindow(db, settings, sender, receiver, claimed, outcome, stop);
    if (resumeAt || claimed.length < limit) break;
  }
  // Every round claimed a full limit: more is probably due, and the dispatcher goes on without waiting its interval.
  if (round === MAX_ROUNDS) outcome.hasMore = true;
  if (receiver.window !== startWindow || resumeAt)
    await db
      .updateTable('subscriptions')
      .set({ send_window: receiver.window, resume_at: resumeAt })
      .where('id', '=', subscription.id)
      .execute();
}

/** Where and how a subscription's requests go; `window` changes as the receiver answers. */
interface Receiver {
  url: string;
  secret: string;
  batchSize: number;
  window: number;
}

interface Sender {
  allowList: OutboundAllowList;
  agents: OutboundAgents;
}

type UnitState = 'waiting' | 'sending' | 'sent' | 'failed' | 'unsent';

/** Receiver overload or unreachable: back off the whole subscription, not only this request. */
function isOverloaded(result: OutboundResult): boolean {
  return result.status === null || result.status === 408 || result.status === 429 || result.status >= 500;
}

/**
 * Sends claimed deliveries (in event order) as requests of up to `batchSize` events, keeping up to `window` requests
 * in flight. A request starts only once every earlier request holding one of its enterprises was delivered, so an
 * enterprise's events reach the receiver in order. A delivered request widens the window by one; an overloaded
 * receiver (timeout, refused connection, 408, 429, 5xx) halves it and halts the rest, which wait with the failed
 * request for its retry (at least as long as `Retry-After` asks); another refusal (e.g. 400) fails that request
 * alone and holds back only the later requests of its enterprises. Returns, after an overload, the time before which
 * nothing more goes to this receiver.
 */
async function sendThroughWindow(
  db: Kysely<Database>,
  settings: WebhookSettings,
  sender: Sender,
  receiver: Receiver,
  claimed: Claimed[],
  outcome: DispatchOutcome,
  stop?: AbortSignal,
): Promise<Date | null> {
  const units: Claimed[][] = [];
  for (let start = 0; start < claimed.length; start += receiver.batchSize)
    units.push(claimed.slice(start, start + receiver.batchSize));
  const lastUnitOf = new Map<number, number>();
  const dependencies = units.map((unit, index) => {
    const earlier = new Set<number>();
    for (const delivery of unit) {
      const previous = lastUnitOf.get(delivery.enterprise_id);
      if (previous !== undefined && previous !== index) earlier.add(previous);
      lastUnitOf.set(delivery.enterprise_id, index);
    }
    return [...earlier];
  });
  const states: UnitState[] = units.map(() => 'waiting');
  const delivered = new DeliveredLog(db);
  let haltedUntil: Date | null = null;
  let inFlight = 0;
  let firstWaiting = 0;

  await new Promise<void>((finish) => {
    const pump = () => {
      while (firstWaiting < units.length && states[firstWaiting] !== 'waiting') firstWaiting += 1;
      for (let index = firstWaiting; index < units.length && inFlight < receiver.window; index += 1) {
        if (haltedUntil || stop?.aborted) break;
        if (states[index] !== 'waiting' || !dependencies[index]!.every((earlier) => states[earlier] === 'sent'))
          continue;
        states[index] = 'sending';
        inFlight += 1;
        void send(units[index]!).then(
          (state) => settle(index, state),
          () => settle(index, 'unsent'),
        );
      }
      if (inFlight === 0) finish();
    };
    const settle = (index: number, state: UnitState) => {
      states[index] = state;
      inFlight -= 1;
      pump();
    };
    const send = async (unit: Claimed[]): Promise<UnitState> => {
      const { id, body } = describeRequest(unit, receiver.batchSize);
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'xinping-webhooks/1',
        ...signWebhook(receiver.secret, id, body),
      };
      const result = await postOutbound(
        receiver.url,
        { headers, body, timeoutMs: settings.timeoutMs, signal: stop, agents: sender.agents },
        sender.allowList,
      );
      if (stop?.aborted) return 'unsent';
      if (result.ok) {
        receiver.window = Math.min(settings.maxInFlight, receiver.window + 1);
        delivered.add(unit, result.status!);
        outcome.delivered += unit.length;
        return 'sent';
      }
      const attempts = Math.max(...unit.map((delivery) => delivery.attempts)) + 1;
      const waitMs = Math.min(
        settings.maxDelayMs,
        Math.max(retryDelayMs(settings, attempts), result.retryAfterMs ?? 0),
      );
      const nextAttempt = new Date(Date.now() + waitMs);
      if (isOverloaded(result)) {
        receiver.window = Math.max(1, Math.floor(receiver.window / 2));
        if (!haltedUntil || haltedUntil < nextAttempt) haltedUntil = nextAttempt;
      }
      for (const delivery of unit) {
        if (delivery.attempts + 1 >= settings.maxAttempts) outcome.failed += 1;
        else outcome.retried += 1;
      }
      await sql`
        update webhook_deliveries set
          attempts = attempts + 1,
          status = case when attempts + 1 >= ${settings.maxAttempts} then 'failed' else 'pending' end,
          next_attempt_at = ${nextAttempt},
          last_status_code = ${result.status},
          last_error = ${result.error}
        where id = any(${sql.val(unit.map((delivery) => delivery.id))}::bigint[])`.execute(db);
      return 'failed';
    };
    pump();
  });
  await delivered.flush();
  // Not sent (held back behind a failure, halted, or stopping): due again as before, no attempt counted. After an
  // overload they wait with the failed request; otherwise they are due at once, and the claim keeps each one back
  // while an earlier delivery of its enterprise waits for its retry.
  const unsent = units.flatMap((unit, index) =>
    states[index] === 'waiting' || states[index] === 'unsent' ? unit.map((delivery) => delivery.id) : [],
  );
  if (unsent.length > 0)
    await db
      .updateTable('webhook_deliveries')
      .set({ next_attempt_at: haltedUntil ?? new Date() })
      .where('id', 'in', unsent)
      .where('status', '=', 'pending')
      .execute();
  return haltedUntil;
}

/** The body of one request and the id it is signed under: the event itself, or a batch when the subscriber accepts them. */
function describeRequest(unit: Claimed[], batchSize: number): { id: string; body: string } {
  if (batchSize === 1) {
    const event = toSharedEvent(unit[0]!.event);
    return { id: String(event.id), body: JSON.stringify(event) };
  }
  const id = `batch-${unit[0]!.event.id}-${unit.at(-1)!.event.id}`;
  const events = unit.map((delivery) => toSharedEvent(delivery.event));
  return { id, body: JSON.stringify({ format: WEBHOOK_BATCH_FORMAT, id, events }) };
}

/**
 * Marks delivered requests in the log a few hundred at a time instead of one update per request. A crash before a
 * write only means those events are sent again, which the receiver recognises (at least once, as always).
 */
class DeliveredLog {
  private readonly waiting: Array<{ id: number; status: number }> = [];
  private writing: Promise<void> = Promise.resolve();
  private failure: unknown;

  constructor(private readonly db: Kysely<Database>) {}

  add(unit: Claimed[], status: number): void {
    for (const delivery of unit) this.waiting.push({ id: delivery.id, status });
    if (this.waiting.length >= DELIVERED_WRITE_SIZE) this.write();
  }

  async flush(): Promise<void> {
    this.write();
    await this.writing;
    if (this.failure) throw this.failure;
  }

  private write(): void {
    if (this.waiting.length === 0) return;
    const rows = this.waiting.splice(0);
    this.writing = this.writing.then(async () => {
      try {
        for (const status of new Set(rows.map((row) => row.status)))
          await sql`
            update webhook_deliveries set status = 'delivered', attempts = attempts + 1, delivered_at = now(),
              last_status_code = ${status}, last_error = null
            where id = any(${sql.val(rows.filter((row) => row.status === status).map((row) => row.id))}::bigint[])`.execute(
            this.db,
          );
      } catch (error) {
        this.failure ??= error;
      }
    });
  }
}
