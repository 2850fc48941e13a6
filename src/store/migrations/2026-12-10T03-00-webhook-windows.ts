import { sql, type Kysely } from 'kysely';

// Webhooks at partner speed (docs/sharing.md "Webhook"): a subscription's deliveries go out several at a time, events
// of one enterprise never overtaking each other, and several events per request where the subscriber accepts it.
// - subscriptions.batch_size: how many events one request may carry, the subscriber's setting (1: one event per
//   request, the original body).
// - subscriptions.send_window: how many requests the dispatcher keeps in flight to this receiver; it grows by one per
//   delivered request and halves when the receiver signals overload (429, 5xx, timeout), so a slow receiver is not
//   hammered. Kept here so the server's dispatcher and a cron `share run` pace the receiver alike.
// - subscriptions.resume_at: after an overload signal, nothing goes to the receiver before this time (the retry
//   backoff, or its Retry-After when longer).
// - webhook_deliveries.enterprise_id: the event's enterprise, copied at enqueue so the claim can skip a delivery
//   while an earlier one of the same enterprise is waiting for its retry (the order per enterprise).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table subscriptions add column batch_size integer not null default 1 check (batch_size between 1 and 500)`.execute(
    db,
  );
  await sql`alter table subscriptions add column send_window integer not null default 1 check (send_window >= 1)`.execute(
    db,
  );
  await sql`alter table subscriptions add column resume_at timestamptz`.execute(db);
  await sql`alter table webhook_deliveries add column enterprise_id bigint references enterprises(id)`.execute(db);
  await sql`update webhook_deliveries d set enterprise_id = e.enterprise_id from share_events e where e.id = d.event_id`.execute(
    db,
  );
  await sql`alter table webhook_deliveries alter column enterprise_id set not null`.execute(db);
  await sql`create index webhook_deliveries_pending_order on webhook_deliveries (subscription_id, enterprise_id, event_id) where status = 'pending'`.execute(
    db,
  );
  // The claim reads a subscription's pending deliveries in event order; the unique (subscription_id, event_id) index
  // also holds every delivered row, which the claim would walk past again in every round.
  await sql`create index webhook_deliveries_pending on webhook_deliveries (subscription_id, event_id) where status = 'pending'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index webhook_deliveries_pending`.execute(db);
  await sql`drop index webhook_deliveries_pending_order`.execute(db);
  await sql`alter table webhook_deliveries drop column enterprise_id`.execute(db);
  await sql`alter table subscriptions drop column resume_at`.execute(db);
  await sql`alter table subscriptions drop column send_window`.execute(db);
  await sql`alter table subscriptions drop column batch_size`.execute(db);
}
