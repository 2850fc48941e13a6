import { sql, type Kysely } from 'kysely';

// Real delivery of enterprise notifications by SMS and e-mail (docs/integration.md "短信与电子邮件通知"). The inbox
// row stays the message of record; these tables hold who asked for which channel and each attempt to deliver.
// Addresses are personal information (PIPL): stored as the platform's field cipher plus a masked form, never in clear.
export async function up(db: Kysely<any>): Promise<void> {
  // One row per account that set its channels; the inbox needs no row (it is always on).
  await sql`
    create table notification_channels (
      user_id bigint primary key references users(id),
      is_sms_enabled boolean not null default false,
      is_email_enabled boolean not null default false,
      phone_masked text,
      phone_cipher text,
      email_masked text,
      email_cipher text,
      updated_at timestamptz not null default now(),
      check (not is_sms_enabled or phone_cipher is not null),
      check (not is_email_enabled or email_cipher is not null)
    )`.execute(db);

  // One row per message per channel per account. The address is copied (encrypted) when the message is queued, so a
  // later change of address does not redirect a message already on its way.
  await sql`
    create table notification_deliveries (
      id bigint generated always as identity primary key,
      user_id bigint not null references users(id),
      enterprise_id bigint not null references enterprises(id),
      channel text not null check (channel in ('sms', 'email')),
      notice_kind text not null,
      topic text not null,
      template_id text,
      parameters jsonb not null,
      subject text not null,
      content text not null,
      recipient_masked text not null,
      recipient_cipher text not null,
      status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      provider_message_id text,
      sent_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index notification_deliveries_due on notification_deliveries (next_attempt_at) where status = 'queued'`.execute(
    db,
  );
  // The rate limit counts what each address was sent recently.
  await sql`create index notification_deliveries_recipient on notification_deliveries (channel, recipient_cipher, sent_at) where status = 'sent'`.execute(
    db,
  );
  await sql`create index notification_deliveries_listing on notification_deliveries (id desc)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table notification_deliveries`.execute(db);
  await sql`drop table notification_channels`.execute(db);
}
