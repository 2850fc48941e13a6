import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { countEnterpriseNotifications, listEnterpriseNotifications } from '../../store/notification.repository.ts';
import { NOTIFICATION_TOPICS, type NotificationTopic } from './notify-enterprise.ts';

export interface InboxMessage {
  id: number;
  topic: string;
  topicLabel: string;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
  isRead: boolean;
}

export interface InboxPage {
  total: number;
  unread: number;
  items: InboxMessage[];
}

/** An enterprise's inbox, newest first, a page at a time, with how many messages there are and how many are unread. */
export async function listInbox(
  db: Kysely<Database>,
  enterpriseId: number,
  options: { limit?: number; offset?: number; isUnreadOnly?: boolean } = {},
): Promise<InboxPage> {
  const isUnreadOnly = options.isUnreadOnly ?? false;
  const [rows, counts] = await Promise.all([
    listEnterpriseNotifications(db, enterpriseId, {
      limit: options.limit ?? 100,
      offset: options.offset ?? 0,
      isUnreadOnly,
    }),
    countEnterpriseNotifications(db, enterpriseId),
  ]);
  return {
    total: isUnreadOnly ? counts.unread : counts.total,
    unread: counts.unread,
    items: rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      topicLabel: NOTIFICATION_TOPICS[row.topic as NotificationTopic] ?? row.topic,
      title: row.title,
      body: row.body,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      createdAt: new Date(row.created_at).toISOString(),
      isRead: row.read_at !== null,
    })),
  };
}
