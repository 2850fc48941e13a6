import type { Kysely } from 'kysely';
import { loadNotificationDeliveryFile } from '../../catalog/notification-delivery.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';

export const DELIVERY_STATUS_LABELS = { queued: '待发送', sent: '已发送', failed: '发送失败' } as const;
export const DELIVERY_CHANNEL_LABELS = { sms: '短信', email: '电子邮件' } as const;
export type DeliveryStatus = keyof typeof DELIVERY_STATUS_LABELS;
export type DeliveryChannel = keyof typeof DELIVERY_CHANNEL_LABELS;

export interface NotificationDeliveryView {
  id: number;
  channel: DeliveryChannel;
  channelLabel: string;
  noticeKindLabel: string;
  uscc: string;
  enterpriseName: string;
  username: string;
  /** The address, masked: the console never shows it in clear. */
  recipient: string;
  subject: string;
  status: DeliveryStatus;
  statusLabel: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** The deliveries, newest first, by status and channel, with how many there are in each status. */
export async function listNotificationDeliveries(
  db: Kysely<Database>,
  query: { limit: number; offset: number; status?: DeliveryStatus; channel?: DeliveryChannel },
): Promise<{ total: number; counts: Record<DeliveryStatus, number>; items: NotificationDeliveryView[] }> {
  let filtered = db.selectFrom('notification_deliveries as d');
  if (query.status) filtered = filtered.where('d.status', '=', query.status);
  if (query.channel) filtered = filtered.where('d.channel', '=', query.channel);
  const rows = await filtered
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .select([
      'd.id',
      'd.channel',
      'd.notice_kind',
      'd.enterprise_id',
      'u.username',
      'd.recipient_masked',
      'd.subject',
      'd.status',
      'd.attempts',
      'd.next_attempt_at',
      'd.last_error',
      'd.sent_at',
      'd.created_at',
    ])
    .orderBy('d.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.map((row) => row.enterprise_id),
  );
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const byStatus = await db
    .selectFrom('notification_deliveries')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts = { queued: 0, sent: 0, failed: 0 };
  for (const row of byStatus) counts[row.status as DeliveryStatus] = Number(row.n);
  const kinds = new Map(loadNotificationDeliveryFile().notice_kinds.map((kind) => [kind.code, kind.label]));
  return {
    total: Number(total.n),
    counts,
    items: rows.map((row) => {
      const status = row.status as DeliveryStatus;
      const channel = row.channel as DeliveryChannel;
      return {
        id: Number(row.id),
        channel,
        channelLabel: DELIVERY_CHANNEL_LABELS[channel],
        noticeKindLabel: kinds.get(row.notice_kind) ?? row.notice_kind,
        uscc: enterprises.get(row.enterprise_id)!.uscc,
        enterpriseName: enterprises.get(row.enterprise_id)!.name,
        username: row.username,
        recipient: row.recipient_masked,
        subject: row.subject,
        status,
        statusLabel: DELIVERY_STATUS_LABELS[status],
        attempts: Number(row.attempts),
        nextAttemptAt: status === 'queued' ? iso(row.next_attempt_at) : null,
        lastError: row.last_error,
        sentAt: iso(row.sent_at),
        createdAt: iso(row.created_at)!,
      };
    }),
  };
}
