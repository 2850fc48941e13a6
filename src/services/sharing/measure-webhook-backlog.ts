import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

export interface WebhookBacklog {
  /** Deliveries to active subscriptions not yet accepted by their receiver. */
  pending: number;
  /** Seconds since the share event behind the oldest of them happened; 0 when none is pending. */
  oldestPendingSeconds: number;
}

/** How far webhook delivery lags behind (the server's metrics): what is queued and how old its oldest event is. */
export async function measureWebhookBacklog(db: Kysely<Database>): Promise<WebhookBacklog> {
  const { rows } = await sql<{ pending: number; oldest: number | null }>`
    select count(*)::int as pending, extract(epoch from now() - min(e.created_at))::float8 as oldest
    from webhook_deliveries d
    join subscriptions s on s.id = d.subscription_id
    join share_events e on e.id = d.event_id
    where d.status = 'pending' and s.active`.execute(db);
  return { pending: Number(rows[0]?.pending ?? 0), oldestPendingSeconds: Math.max(0, Number(rows[0]?.oldest ?? 0)) };
}
