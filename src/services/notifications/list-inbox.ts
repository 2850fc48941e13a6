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

/** An enterprise's inbox, newest first (issue #6 §5). */
export async function listInbox(db: Kysely<Database>, enterpriseId: number, options: { limit?: number } = {}): Promise<InboxMessage[]> {
  const rows = await db.selectFrom('notifications').selectAll().where('enterprise_id', '=', enterpriseId).orderBy('id', 'desc').limit(options.limit ?? 100).execute();
  return rows.map((row) => ({
    id: row.id,
    topic: row.topic,
    topicLabel: NOTIFICATION_TOPICS[row.topic as NotificationTopic] ?? row.topic,
    title: row.title,
    body: row.body,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: new Date(row.created_at).toISOString(),
    isRead: row.read_at !== null,
  }));
}
