import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
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
  let query = db.selectFrom('notifications').where('enterprise_id', '=', enterpriseId);
  if (options.isUnreadOnly) query = query.where('read_at', 'is', null);
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0)
    .execute();
  const counts = await db
    .selectFrom('notifications')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread'),
    ])
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return {
    total: options.isUnreadOnly ? Number(counts.unread) : Number(counts.total),
    unread: Number(counts.unread),
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
