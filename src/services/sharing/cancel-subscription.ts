import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

/**
 * Ends a subscription: nothing more is delivered to it (deliveries still pending stay in the log, unsent). Someone
 * else's subscription does not exist for the caller (404), except for an administrator.
 */
export async function cancelSubscription(db: Kysely<Database>, principal: Principal, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let query = trx
      .updateTable('subscriptions')
      .set({ active: false, updated_at: new Date() })
      .where('id', '=', id)
      .where('active', '=', true);
    if (principal.role !== 'admin') query = query.where('user_id', '=', principal.userId);
    const updated = await query.returning(['id', 'name']).executeTakeFirst();
    if (!updated) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的有效订阅`);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'subscription.cancelled',
      subjectType: 'subscription',
      subjectId: String(id),
      payload: { name: updated.name },
    });
  });
}
