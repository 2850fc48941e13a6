import { sql, type Kysely } from 'kysely';
import {
  fillTemplate,
  loadNotificationDeliveryFile,
  noticeKindOf,
  templateParameterNames,
} from '../../catalog/notification-delivery.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { availableChannels, type DeliverySettings } from './delivery-settings.ts';
import type { OutgoingMessage } from './notifier.ts';

/**
 * Queues a committed inbox message for SMS and e-mail: one delivery per channel for each active account of the
 * enterprise that turned the channel on (and only for channels whose server is configured). The text is the notice
 * kind's Chinese template of catalog/notification-delivery.yaml filled with the message; the address is the account's
 * stored cipher and masked form, copied as they are (nothing is decrypted here). An SMS keeps only the parameters its
 * template uses, which is all the gateway receives. Returns how many were queued.
 */
export async function queueNotificationDeliveries(
  db: Kysely<Database>,
  settings: Pick<DeliverySettings, 'sms' | 'smtp'>,
  messages: OutgoingMessage[],
  now: () => Date = () => new Date(),
): Promise<number> {
  const channels = availableChannels(settings);
  if (channels.length === 0 || messages.length === 0) return 0;
  const file = loadNotificationDeliveryFile();
  const enterprises = await mapEnterpriseRefsById(
    db,
    messages.map((message) => message.enterpriseId),
  );
  const idOfUscc = new Map([...enterprises.values()].map((enterprise) => [enterprise.uscc, Number(enterprise.id)]));
  if (idOfUscc.size === 0) return 0;
  const channelsOfAccounts = await db
    .selectFrom('notification_channels as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'u.uscc',
      'c.user_id',
      'c.is_sms_enabled',
      'c.is_email_enabled',
      'c.phone_masked',
      'c.phone_cipher',
      'c.email_masked',
      'c.email_cipher',
    ])
    .where('u.role', '=', 'enterprise')
    .where('u.disabled', '=', false)
    .where('u.uscc', 'in', [...idOfUscc.keys()])
    .where((eb) => eb.or([eb('c.is_sms_enabled', '=', true), eb('c.is_email_enabled', '=', true)]))
    .execute();
  const accounts = channelsOfAccounts.map(({ uscc, ...account }) => ({
    ...account,
    enterprise_id: idOfUscc.get(uscc!)!,
  }));
  if (accounts.length === 0) return 0;
  const rows = messages.flatMap((message) => {
    const kind = noticeKindOf(file, message.topic);
    const parameters: Record<string, string> = { title: message.title, body: message.body, ...message.parameters };
    // The gateway gets only what its template shows, not the whole inbox text.
    const smsParameters = Object.fromEntries(
      templateParameterNames(kind.sms.text).map((name) => [name, parameters[name] ?? '']),
    );
    return accounts
      .filter((account) => Number(account.enterprise_id) === message.enterpriseId)
      .flatMap((account) => [
        ...(channels.includes('sms') && account.is_sms_enabled && account.phone_cipher
          ? [
              {
                user_id: Number(account.user_id),
                enterprise_id: message.enterpriseId,
                channel: 'sms',
                notice_kind: kind.code,
                topic: message.topic,
                template_id: settings.sms?.templateIds[kind.code] ?? kind.code,
                parameters: smsParameters,
                subject: message.title,
                content: fillTemplate(kind.sms.text, parameters),
                recipient_masked: account.phone_masked!,
                recipient_cipher: account.phone_cipher,
              },
            ]
          : []),
        ...(channels.includes('email') && account.is_email_enabled && account.email_cipher
          ? [
              {
                user_id: Number(account.user_id),
                enterprise_id: message.enterpriseId,
                channel: 'email',
                notice_kind: kind.code,
                topic: message.topic,
                template_id: null,
                parameters,
                subject: fillTemplate(kind.email.subject, parameters),
                content: fillTemplate(kind.email.body, parameters),
                recipient_masked: account.email_masked!,
                recipient_cipher: account.email_cipher,
              },
            ]
          : []),
      ]);
  });
  if (rows.length === 0) return 0;
  // Due now by the clock the dispatcher compares with (its `now()`), not the database's: the column's default has
  // microseconds, so a delivery queued and dispatched within one millisecond was not yet due and was skipped.
  await sql`
    insert into notification_deliveries
      (user_id, enterprise_id, channel, notice_kind, topic, template_id, parameters, subject, content, recipient_masked, recipient_cipher, next_attempt_at)
    select user_id, enterprise_id, channel, notice_kind, topic, template_id, parameters, subject, content, recipient_masked, recipient_cipher, ${now().toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(
      user_id bigint, enterprise_id bigint, channel text, notice_kind text, topic text, template_id text, parameters jsonb,
      subject text, content text, recipient_masked text, recipient_cipher text)`.execute(db);
  return rows.length;
}
