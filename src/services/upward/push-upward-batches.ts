import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { parseOutboundAllowList } from '../outbound/outbound-address.ts';
import { postOutbound } from '../outbound/post-outbound.ts';
import { retryDelayMs } from '../sharing/webhook-settings.ts';
import { signWebhook } from '../sharing/webhook-signature.ts';
import { readUpwardItems } from './read-upward-items.ts';
import type { UpwardSettings } from './upward-settings.ts';

export const UPWARD_PUSH_FORMAT = 'xinping-upward/1';
export const UPWARD_OPERATOR = '向上共享';

/** What the provincial platform answers to a batch (docs/integration.md): one result per item key. */
const ReceiptSchema = z.object({
  receiptId: z.string().min(1),
  results: z.array(
    z.object({
      idempotencyKey: z.string(),
      status: z.enum(['accepted', 'duplicate', 'rejected']),
      reason: z.string().nullish(),
    }),
  ),
});

export interface UpwardPushOutcome {
  /** No receiver configured (XINPING_UPWARD_URL): nothing was pushed. */
  isConfigured: boolean;
  batchesCreated: number;
  batchesDelivered: number;
  acknowledged: number;
  rejected: number;
  /** Delivered, but the receiver's answer was no receipt: waiting for its confirmation. */
  sentWithoutReceipt: number;
  /** The failed attempt that stopped this pass (the batches wait for their retry), or null. */
  failure: string | null;
}

/**
 * Pushes the pending items to the provincial platform:
 *
 * 1. batch — unbatched items, in the order they happened, become batches of `batchSize`; a batch keeps its items for
 *    good, so a retry sends the same batch under the same `Idempotency-Key`, and each item carries its own key
 *    (`record-<id>-v<version>`, `evaluation-<id>`): a receiver that got a batch whose answer was lost answers
 *    `duplicate` for its items, and nothing is taken twice as new;
 * 2. send — batches in order, each claimed with a lease (its next attempt pushed past the timeout) so that the
 *    server's runner and a cron `xinping upward run` never send the same attempt; POSTed through services/outbound
 *    (address checked after DNS resolution, no redirects), signed with the district's key;
 * 3. receipt — a 2xx with a receipt marks each item acknowledged (accepted or duplicate) or rejected with the
 *    receiver's reason; anything else counts a failed attempt with exponential backoff, and the later batches wait
 *    behind it, so a repair never overtakes the record it repairs.
 */
export async function pushUpwardBatches(
  db: Kysely<Database>,
  settings: UpwardSettings,
  options: { now?: () => Date; stop?: AbortSignal } = {},
): Promise<UpwardPushOutcome> {
  const now = options.now ?? (() => new Date());
  const outcome: UpwardPushOutcome = {
    isConfigured: settings.url !== null,
    batchesCreated: 0,
    batchesDelivered: 0,
    acknowledged: 0,
    rejected: 0,
    sentWithoutReceipt: 0,
    failure: null,
  };
  if (!settings.url) return outcome;
  outcome.batchesCreated = await formBatches(db, settings.batchSize, now());
  const allowList = parseOutboundAllowList(settings.allowedReceivers);

  while (!options.stop?.aborted) {
    const next = await db
      .selectFrom('upward_batches')
      .select(['id', 'attempts', 'next_attempt_at'])
      .where('status', '=', 'pending')
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    if (!next || new Date(next.next_attempt_at).getTime() > now().getTime()) break;
    const claimed = await db
      .updateTable('upward_batches')
      .set({ next_attempt_at: new Date(now().getTime() + settings.timeoutMs * 2) })
      .where('id', '=', next.id)
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now())
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) break;

    const batchId = Number(next.id);
    const items = await readUpwardItems(db, { batchId });
    const batchKey = `xinping-upward-batch-${batchId}`;
    // `id` repeats the signed batch key in the body, as the webhook signature format requires (webhook-signature.ts).
    const body = JSON.stringify({
      format: UPWARD_PUSH_FORMAT,
      id: batchKey,
      batchId,
      items: items.map(({ periodDay: _, ...item }) => item),
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'xinping-upward/1',
      'idempotency-key': batchKey,
      ...(settings.key ? signWebhook(settings.key, batchKey, body) : {}),
    };
    const result = await postOutbound(
      settings.url,
      { headers, body, timeoutMs: settings.timeoutMs, signal: options.stop },
      allowList,
    );
    const attempts = Number(next.attempts) + 1;
    if (!result.ok) {
      if (options.stop?.aborted) {
        await db.updateTable('upward_batches').set({ next_attempt_at: now() }).where('id', '=', batchId).execute();
        break;
      }
      await db
        .updateTable('upward_batches')
        .set({
          attempts,
          next_attempt_at: new Date(now().getTime() + retryDelayMs(settings, attempts)),
          last_status_code: result.status,
          last_error: result.error,
        })
        .where('id', '=', batchId)
        .execute();
      outcome.failure = `批次 ${batchId}：${result.error}`;
      break;
    }
    const receipt = parseReceipt(result.responseBody);
    await db.transaction().execute(async (trx) => {
      const byKey = new Map(receipt?.results.map((entry) => [entry.idempotencyKey, entry]));
      let accepted = 0;
      let rejected = 0;
      for (const item of items) {
        const entry = byKey.get(item.idempotencyKey);
        const status = !entry ? 'sent' : entry.status === 'rejected' ? 'rejected' : 'acknowledged';
        if (status === 'acknowledged') accepted += 1;
        if (status === 'rejected') rejected += 1;
        await trx
          .updateTable('upward_items')
          .set({
            status,
            reason: status === 'rejected' ? entry?.reason?.trim() || '接收方未说明理由' : null,
            updated_at: now(),
          })
          .where('idempotency_key', '=', item.idempotencyKey)
          .execute();
      }
      await trx
        .updateTable('upward_batches')
        .set({
          status: receipt ? 'acknowledged' : 'sent',
          attempts,
          last_status_code: result.status,
          last_error: receipt ? null : '接收方已收到，但应答不是回执（未逐条确认）',
          receipt_id: receipt?.receiptId ?? null,
          accepted_count: receipt ? accepted : null,
          rejected_count: receipt ? rejected : null,
          sent_at: now(),
          acknowledged_at: receipt ? now() : null,
        })
        .where('id', '=', batchId)
        .execute();
      if (receipt)
        await appendAuditEvent(trx, {
          actor: UPWARD_OPERATOR,
          action: 'upward.acknowledged',
          subjectType: 'upward_batch',
          subjectId: String(batchId),
          payload: { receiptId: receipt.receiptId, items: items.length, accepted, rejected },
        });
      outcome.acknowledged += accepted;
      outcome.rejected += rejected;
      outcome.sentWithoutReceipt += items.length - accepted - rejected;
    });
    outcome.batchesDelivered += 1;
  }
  return outcome;
}

function parseReceipt(text: string | undefined): z.infer<typeof ReceiptSchema> | null {
  if (!text) return null;
  try {
    const parsed = ReceiptSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Puts the unbatched items, oldest first, into new batches; returns how many batches were made. A batch is due at
 * `dueAt` from the pusher's own clock: the database's `now()` default has microseconds and another clock, so a batch
 * stamped by it could be missed by the comparison with `now()` just after.
 */
async function formBatches(db: Kysely<Database>, batchSize: number, dueAt: Date): Promise<number> {
  let made = 0;
  for (;;) {
    const isMade = await db.transaction().execute(async (trx) => {
      const free = await sql<{ id: number }>`
        select id from upward_items where batch_id is null order by id limit ${batchSize}
        for update skip locked`.execute(trx);
      if (free.rows.length === 0) return false;
      const batch = await trx
        .insertInto('upward_batches')
        .values({ item_count: free.rows.length, next_attempt_at: dueAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('upward_items')
        .set({ batch_id: batch.id })
        .where(
          'id',
          'in',
          free.rows.map((row) => Number(row.id)),
        )
        .execute();
      return true;
    });
    if (!isMade) return made;
    made += 1;
  }
}
