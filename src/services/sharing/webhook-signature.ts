import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signed webhooks. Every delivery carries three headers:
 *
 *   X-Xinping-Timestamp: 1763700000                 (Unix seconds when this attempt was signed)
 *   X-Xinping-Event-Id:  42                         (the feed event id; the same on every retry)
 *   X-Xinping-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + body)>
 *
 * A receiver checks them with `verifyWebhookSignature` before trusting the body: the signature proves the platform
 * sent exactly this body at this time; a timestamp outside the tolerance is refused (an old request replayed later);
 * an event id already seen is refused as a replay. Delivery is at-least-once (a lost acknowledgement means the
 * platform sends the event again, signed anew), so the receiver answers 2xx to a `replayed` result without handing
 * the event to its application again: the application sees each event once.
 *
 * A subscription that accepts batches gets several events in one request: the body is
 * `{ "format": "xinping-webhook-batch/1", "id": "batch-<first event id>-<last event id>", "events": [...] }`, the
 * event id header carries the batch id, and the signature covers the whole body. A retried batch may hold other
 * events than the first attempt, so replay protection goes by the events inside it: `freshEventIds` lists those not
 * seen before, and a batch whose events were all seen is `replayed`.
 */
export const WEBHOOK_BATCH_FORMAT = 'xinping-webhook-batch/1';
export const WEBHOOK_HEADERS = {
  timestamp: 'x-xinping-timestamp',
  eventId: 'x-xinping-event-id',
  signature: 'x-xinping-signature',
} as const;

/** A new signing secret, shown to the subscriber once when the subscription is created. */
export function createWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmacHex(secret: string, timestamp: string, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/** The headers of one delivery attempt. */
export function signWebhook(
  secret: string,
  eventId: number | string,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  return {
    [WEBHOOK_HEADERS.timestamp]: timestamp,
    [WEBHOOK_HEADERS.eventId]: String(eventId),
    [WEBHOOK_HEADERS.signature]: `sha256=${hmacHex(secret, timestamp, body)}`,
  };
}

/** Event ids a receiver has accepted (a Set works; keep them durably for as long as the platform may retry). */
export interface SeenEventIds {
  has(eventId: string): boolean;
  add(eventId: string): unknown;
}

export type WebhookVerification =
  | {
      ok: true;
      /** The event id, or for a batch the batch id (body `id`). */
      eventId: string;
      timestamp: number;
      /** The event ids to hand to the application: the event itself, or a batch's events not seen before. */
      freshEventIds: string[];
    }
  | { ok: false; reason: 'missing-header' | 'bad-signature' | 'stale' | 'replayed'; message: string; eventId?: string };

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const bag = headers as Record<string, string | string[] | undefined>;
  const value = bag[name] ?? Object.entries(bag).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Receiver side: verifies a delivery's signature over the raw body exactly as received (before any JSON parsing),
 * refuses a timestamp more than `toleranceSeconds` from now, and — when `seen` is given — a replayed event id (the id
 * is recorded only once everything else checks out, so a forged request cannot burn a real id).
 */
export function verifyWebhookSignature(
  secret: string,
  headers: HeaderBag,
  body: string | Buffer,
  toleranceSeconds: number,
  seen?: SeenEventIds,
  now = Date.now(),
): WebhookVerification {
  const timestamp = header(headers, WEBHOOK_HEADERS.timestamp);
  const eventId = header(headers, WEBHOOK_HEADERS.eventId);
  const signature = header(headers, WEBHOOK_HEADERS.signature);
  if (!timestamp || !eventId || !signature)
    return {
      ok: false,
      reason: 'missing-header',
      message: '缺少签名请求头（X-Xinping-Timestamp、X-Xinping-Event-Id 或 X-Xinping-Signature）',
    };
  const expected = Buffer.from(`sha256=${hmacHex(secret, timestamp, body)}`);
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return {
      ok: false,
      reason: 'bad-signature',
      message: '签名不符：请求不是平台用此密钥签发的，或内容被改动',
      eventId,
    };
  // The event id header is not signed; the signed body carries the id, and the two must agree (otherwise a captured
  // request could be replayed under a new id).
  const signed = readSignedBody(body);
  if (signed.id !== eventId)
    return { ok: false, reason: 'bad-signature', message: '请求头中的事件编号与已签名的内容不一致', eventId };
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) {
    return {
      ok: false,
      reason: 'stale',
      message: `时间戳超出允许范围（±${toleranceSeconds} 秒），可能是被重放的旧请求`,
      eventId,
    };
  }
  const freshEventIds = [...new Set(signed.eventIds ?? [eventId])].filter((id) => !seen?.has(id));
  if (freshEventIds.length === 0)
    return { ok: false, reason: 'replayed', message: `事件 ${eventId} 已接收过（重复投递或重放），不再处理`, eventId };
  for (const id of freshEventIds) seen?.add(id);
  return { ok: true, eventId, timestamp: seconds, freshEventIds };
}

/** The signed body's id and, for a batch, the ids of its events. */
function readSignedBody(body: string | Buffer): { id?: string; eventIds?: string[] } {
  try {
    const parsed = JSON.parse(body.toString()) as { id?: unknown; format?: unknown; events?: unknown };
    const id = parsed.id === undefined ? undefined : String(parsed.id);
    if (parsed.format !== WEBHOOK_BATCH_FORMAT || !Array.isArray(parsed.events)) return { id };
    return { id, eventIds: parsed.events.map((event: { id?: unknown }) => String(event?.id)) };
  } catch {
    return {};
  }
}
