import { sql, type Kysely } from 'kysely';

// Sharing results with departments, banks and associations: an append-only feed of events whose id is
// the subscribers' cursor, subscriptions (webhook or pull), the webhook delivery log, lists pushed to a bank or an
// association, enterprises' authorisations of a bank (企业授权查询), and the cursor of each scheduled xlsx export.
export async function up(db: Kysely<any>): Promise<void> {
  // The outbox. Producers insert in the transaction of the change itself, holding a transaction-level advisory lock
  // (services/sharing/publish-share-events.ts), so ids are assigned in commit order and a cursor never skips an
  // event that commits later. recipient_user_id: an event addressed to one account (a list pushed to a bank).
  await sql`
    create table share_events (
      id bigint generated always as identity primary key,
      type text not null check (type in ('grade_changed', 'negative_record', 'record_repaired', 'list_updated')),
      enterprise_id bigint not null references enterprises(id),
      recipient_user_id bigint references users(id),
      payload jsonb not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index share_events_enterprise on share_events (enterprise_id, id)`.execute(db);
  await sql`create index share_events_type on share_events (type, id)`.execute(db);
  // Reuses the foundation's refuse_change(): once published, an event is never altered or withdrawn.
  await sql`create trigger share_events_append_only before update or delete on share_events for each row execute function refuse_change()`.execute(
    db,
  );

  // secret_cipher: the webhook signing secret, encrypted with the platform key (the platform must sign with it, so a
  // hash would not do). last_enqueued_event_id: how far the dispatcher has turned the feed into deliveries.
  await sql`
    create table subscriptions (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id),
      name text not null,
      event_types text[] not null,
      delivery text not null check (delivery in ('webhook', 'pull')),
      url text,
      secret_cipher text,
      active boolean not null default true,
      last_enqueued_event_id bigint not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((delivery = 'webhook') = (url is not null and secret_cipher is not null))
    )`.execute(db);
  await sql`create index subscriptions_user on subscriptions (user_id)`.execute(db);

  await sql`
    create table webhook_deliveries (
      id bigint generated always as identity primary key,
      subscription_id bigint not null references subscriptions(id),
      event_id bigint not null references share_events(id),
      status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_status_code integer,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      unique (subscription_id, event_id)
    )`.execute(db);
  await sql`create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending'`.execute(
    db,
  );

  // 企业授权查询: an enterprise lets one bank (or association) account see it until a date; revocable at any time.
  await sql`
    create table enterprise_authorizations (
      id bigint generated always as identity primary key,
      enterprise_id bigint not null references enterprises(id),
      grantee_user_id bigint not null references users(id),
      valid_until date not null,
      purpose text not null,
      granted_by text not null,
      granted_at timestamptz not null default now(),
      revoked_at timestamptz,
      revoked_by text
    )`.execute(db);
  await sql`create index enterprise_authorizations_grantee on enterprise_authorizations (grantee_user_id, enterprise_id) where revoked_at is null`.execute(
    db,
  );
  await sql`create index enterprise_authorizations_enterprise on enterprise_authorizations (enterprise_id)`.execute(db);

  // A list pushed to a bank or an association (e.g. the IP-pledge whitelist, DOMAIN.md §7); withdrawn entries stay.
  await sql`
    create table shared_list_entries (
      id bigint generated always as identity primary key,
      list_code text not null,
      list_label text not null,
      recipient_user_id bigint not null references users(id),
      enterprise_id bigint not null references enterprises(id),
      pushed_by text not null,
      pushed_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      unique (list_code, recipient_user_id, enterprise_id)
    )`.execute(db);
  await sql`create index shared_list_entries_recipient on shared_list_entries (recipient_user_id, enterprise_id) where withdrawn_at is null`.execute(
    db,
  );

  // 定期共享: one row per recipient of the xlsx export ('*' for the whole platform, else a department code): where
  // its files go, how often (null: only when asked), and the last feed event it has been sent.
  await sql`
    create table share_exports (
      recipient text primary key,
      out_dir text not null,
      every_days integer check (every_days > 0),
      last_event_id bigint not null default 0,
      last_exported_at timestamptz,
      last_file text
    )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'share_exports',
    'shared_list_entries',
    'enterprise_authorizations',
    'webhook_deliveries',
    'subscriptions',
    'share_events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
