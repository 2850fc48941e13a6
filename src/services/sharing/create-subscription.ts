import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { protectPersonal, type SecretKey } from '../import/protect-personal.ts';
import { parseOutboundAllowList, parseOutboundUrl, resolveOutboundHost } from '../outbound/outbound-address.ts';
import { isShareEventType, type ShareEventType } from './share-event.ts';
import { toSubscriptionView, type SubscriptionView } from './subscription-view.ts';
import { createWebhookSecret } from './webhook-signature.ts';

export interface SubscriptionInput {
  name: string;
  eventTypes: string[];
  delivery: 'webhook' | 'pull';
  /** Webhooks: where events are POSTed (http or https). */
  url?: string;
  /** Webhooks: most events per request (1, the default: one event per request; more: batch bodies). */
  batchSize?: number;
}

/** The largest batch a subscriber may ask for (the column's check): bodies stay well under a megabyte. */
export const MAX_WEBHOOK_BATCH_SIZE = 500;

/**
 * A subscriber registers what it wants. A webhook subscription gets a signing secret, returned here
 * once and stored only encrypted with the platform key (the platform signs with it; the subscriber verifies with
 * webhook-signature.ts). Deliveries start with the events published after the subscription: history is read from
 * the pull feed or the export. A webhook URL must lead to a public address (or one on the operator's allow-list of
 * intranet receivers, `allowedReceivers`) and carry no credentials; the dispatcher checks it again at every delivery.
 */
export async function createSubscription(
  db: Kysely<Database>,
  key: SecretKey,
  principal: Principal,
  input: SubscriptionInput,
  allowedReceivers: readonly string[] = [],
): Promise<{ subscription: SubscriptionView; secret: string | null }> {
  const name = input.name.trim();
  if (!name) throw new AppError('INVALID_INPUT', '字段“订阅名称”：请填写订阅名称');
  const unknown = input.eventTypes.filter((type) => !isShareEventType(type));
  if (unknown.length > 0 || input.eventTypes.length === 0)
    throw new AppError('INVALID_INPUT', `字段“事件类型”：未知的事件类型 ${unknown.join('、') || '（空）'}`);
  const eventTypes = [...new Set(input.eventTypes)] as ShareEventType[];
  let url: string | null = null;
  if (input.delivery === 'webhook') {
    url = (await checkWebhookUrl(input.url ?? '', allowedReceivers)).toString();
  }
  const batchSize = input.batchSize ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_WEBHOOK_BATCH_SIZE)
    throw new AppError('INVALID_INPUT', `字段“每次推送事件数”：应为 1 至 ${MAX_WEBHOOK_BATCH_SIZE} 的整数`);
  const secret = input.delivery === 'webhook' ? createWebhookSecret() : null;
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('subscriptions')
      .values({
        user_id: principal.userId,
        name,
        event_types: eventTypes,
        delivery: input.delivery,
        url,
        secret_cipher: secret ? protectPersonal(secret, key).cipher : null,
        batch_size: input.delivery === 'webhook' ? batchSize : 1,
        last_enqueued_event_id: sql<number>`(select coalesce(max(id), 0) from share_events)`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'subscription.created',
      subjectType: 'subscription',
      subjectId: String(created.id),
      payload: { name, eventTypes, delivery: input.delivery, url, batchSize },
    });
    return created;
  });
  return {
    subscription: toSubscriptionView({ ...row, owner: principal.username, ownerName: principal.displayName }),
    secret,
  };
}

async function checkWebhookUrl(text: string, allowedReceivers: readonly string[]): Promise<URL> {
  try {
    const allowList = parseOutboundAllowList(allowedReceivers);
    const url = parseOutboundUrl(text, allowList);
    await resolveOutboundHost(url.hostname, allowList);
    return url;
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('INVALID_INPUT', `字段“Webhook 地址”：Webhook ${error.userMessage}`, { cause: error });
    throw error;
  }
}
