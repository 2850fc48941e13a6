import type { Kysely } from 'kysely';
import { loadNotificationDeliveryFile, type DeliveryRateLimit } from '../../catalog/notification-delivery.ts';
import type { Database } from '../../store/database.ts';
import { revealPersonal, type SecretKey } from '../import/protect-personal.ts';
import { retryDelayMs } from '../sharing/webhook-settings.ts';
import type { DeliverySettings } from './delivery-settings.ts';
import { sendEmail } from './send-email.ts';
import { sendSms, type ChannelResult } from './send-sms.ts';

export interface DeliveryPassOutcome {
  sent: number;
  /** Attempts that failed and will be retried after their backoff. */
  retrying: number;
  /** Deliveries given up after their last attempt. */
  failed: number;
  /** Held back by the per-address rate limit, to be sent when it allows (no attempt counted). */
  deferred: number;
}

type DueDelivery = {
  id: number;
  channel: string;
  template_id: string | null;
  parameters: unknown;
  subject: string;
  content: string;
  recipient_masked: string;
  recipient_cipher: string;
  attempts: number;
};

/**
 * One pass over the queued deliveries that are due: each is claimed with a lease (its next attempt pushed past the
 * timeout, so the server's runner and a second server never send the same attempt), checked against the per-address
 * rate limits of catalog/notification-delivery.yaml (over the limit: it waits, queued, until the window allows), then
 * its address is decrypted and it is sent. A failure counts an attempt and waits `retryDelayMs` (exponential
 * backoff); after `maxAttempts` the delivery is failed with its last error. The inbox keeps the message either way.
 */
export async function dispatchNotificationDeliveries(
  db: Kysely<Database>,
  settings: DeliverySettings,
  secretKey: () => SecretKey,
  options: { now?: () => Date; signal?: AbortSignal } = {},
): Promise<DeliveryPassOutcome> {
  const now = options.now ?? (() => new Date());
  const outcome: DeliveryPassOutcome = { sent: 0, retrying: 0, failed: 0, deferred: 0 };
  const limits = loadNotificationDeliveryFile().rate_limits;
  const due = await db
    .selectFrom('notification_deliveries')
    .select([
      'id',
      'channel',
      'template_id',
      'parameters',
      'subject',
      'content',
      'recipient_masked',
      'recipient_cipher',
      'attempts',
    ])
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', now())
    .orderBy('id')
    .limit(settings.batchSize)
    .execute();
  for (const delivery of due as DueDelivery[]) {
    if (options.signal?.aborted) break;
    const claimed = await db
      .updateTable('notification_deliveries')
      .set({ next_attempt_at: new Date(now().getTime() + settings.timeoutMs * 2) })
      .where('id', '=', delivery.id)
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now())
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) continue;
    const channel = delivery.channel as 'sms' | 'email';
    const allowedAt = await findRateLimitedUntil(db, channel, delivery.recipient_cipher, limits[channel], now());
    if (allowedAt) {
      await db
        .updateTable('notification_deliveries')
        .set({ next_attempt_at: allowedAt, last_error: '超过该地址的发送频率上限，等待后发送' })
        .where('id', '=', delivery.id)
        .execute();
      outcome.deferred += 1;
      continue;
    }
    const result = await sendDelivery(settings, secretKey, delivery, options);
    const attempts = Number(delivery.attempts) + 1;
    if (result.ok) {
      await db
        .updateTable('notification_deliveries')
        .set({
          status: 'sent',
          attempts,
          sent_at: now(),
          last_error: null,
          provider_message_id: result.providerMessageId,
        })
        .where('id', '=', delivery.id)
        .execute();
      outcome.sent += 1;
      continue;
    }
    if (options.signal?.aborted) {
      // Stopped mid-send by a shutdown: due again at once, no attempt counted.
      await db
        .updateTable('notification_deliveries')
        .set({ next_attempt_at: now() })
        .where('id', '=', delivery.id)
        .execute();
      break;
    }
    const isLast = attempts >= settings.maxAttempts;
    await db
      .updateTable('notification_deliveries')
      .set({
        status: isLast ? 'failed' : 'queued',
        attempts,
        last_error: result.error,
        next_attempt_at: new Date(now().getTime() + retryDelayMs(settings, attempts)),
      })
      .where('id', '=', delivery.id)
      .execute();
    if (isLast) outcome.failed += 1;
    else outcome.retrying += 1;
  }
  return outcome;
}

async function sendDelivery(
  settings: DeliverySettings,
  secretKey: () => SecretKey,
  delivery: DueDelivery,
  options: { now?: () => Date; signal?: AbortSignal },
): Promise<ChannelResult> {
  const notConfigured = (what: string): ChannelResult => ({
    ok: false,
    error: `${what}未配置，无法发送`,
    providerMessageId: null,
  });
  let address: string;
  try {
    address = revealPersonal({ masked: '', cipher: delivery.recipient_cipher }, secretKey());
  } catch {
    return { ok: false, error: '收件地址无法解密（密钥不匹配）', providerMessageId: null };
  }
  let result: ChannelResult;
  if (delivery.channel === 'sms') {
    if (!settings.sms) return notConfigured('短信网关（XINPING_SMS_URL）');
    result = await sendSms(
      { ...settings, sms: settings.sms },
      {
        deliveryId: delivery.id,
        phoneNumber: address,
        templateId: delivery.template_id ?? '',
        templateParams: delivery.parameters as Record<string, string>,
        content: delivery.content,
      },
      options,
    );
  } else {
    if (!settings.smtp) return notConfigured('邮件服务器（XINPING_SMTP_HOST）');
    result = await sendEmail(
      { ...settings, smtp: settings.smtp },
      { deliveryId: delivery.id, to: address, subject: delivery.subject, text: delivery.content },
    );
  }
  // A server's refusal may quote the address; the list keeps only its masked form.
  return { ...result, error: result.error?.replaceAll(address, delivery.recipient_masked) ?? null };
}

/**
 * When an address may be sent to again, or null if now: for each limit, the address's last `max_messages` sends; if
 * that many fall inside the window, the oldest of them must leave it first.
 */
async function findRateLimitedUntil(
  db: Kysely<Database>,
  channel: 'sms' | 'email',
  recipientCipher: string,
  limits: DeliveryRateLimit[],
  now: Date,
): Promise<Date | null> {
  let until: Date | null = null;
  for (const limit of limits) {
    const windowMs = limit.window_minutes * 60_000;
    const recent = await db
      .selectFrom('notification_deliveries')
      .select('sent_at')
      .where('status', '=', 'sent')
      .where('channel', '=', channel)
      .where('recipient_cipher', '=', recipientCipher)
      .where('sent_at', '>', new Date(now.getTime() - windowMs))
      .orderBy('sent_at', 'desc')
      .limit(limit.max_messages)
      .execute();
    if (recent.length < limit.max_messages) continue;
    const free = new Date(new Date(recent.at(-1)!.sent_at!).getTime() + windowMs);
    if (!until || free > until) until = free;
  }
  return until;
}
