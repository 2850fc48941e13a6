import { sql, type Kysely } from 'kysely';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { toSubscriptionView, type SubscriptionView } from './subscription-view.ts';

/** The account's own subscriptions (an administrator sees everyone's), with each webhook's delivery counts. */
export async function listSubscriptions(db: Kysely<Database>, principal: Principal): Promise<SubscriptionView[]> {
  let query = db
    .selectFrom('subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.username as owner', 'u.display_name as ownerName'])
    .select([
      sql<number>`(select count(*) from webhook_deliveries d where d.subscription_id = s.id and d.status = 'pending')`.as(
        'pending',
      ),
      sql<number>`(select count(*) from webhook_deliveries d where d.subscription_id = s.id and d.status = 'delivered')`.as(
        'delivered',
      ),
      sql<number>`(select count(*) from webhook_deliveries d where d.subscription_id = s.id and d.status = 'failed')`.as(
        'failed',
      ),
    ])
    .orderBy('s.id');
  if (principal.role !== 'admin') query = query.where('s.user_id', '=', principal.userId);
  const rows = await query.execute();
  return rows.map((row) =>
    toSubscriptionView(row, {
      pending: Number(row.pending),
      delivered: Number(row.delivered),
      failed: Number(row.failed),
    }),
  );
}
