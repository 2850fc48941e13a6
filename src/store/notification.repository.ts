import { sql, type Selectable } from 'kysely';
import type { NotificationTable } from './database.ts';
import type { Executor } from './executor.ts';

/** A message to put in an enterprise's inbox. */
export interface NewNotification {
  enterpriseId: number;
  /** A key of NOTIFICATION_TOPICS (services/notifications/notify-enterprise.ts). */
  topic: string;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
}

export type NotificationRow = Selectable<NotificationTable>;

/**
 * Puts the messages in their enterprises' inboxes in one statement however many there are (a batch of ten thousand
 * is one parameter, not sixty thousand), in the order given.
 */
export async function insertNotifications(db: Executor, messages: readonly NewNotification[]): Promise<void> {
  if (messages.length === 0) return;
  await sql`
    insert into notifications (enterprise_id, topic, title, body, subject_type, subject_id)
    select "enterpriseId", topic, title, body, "subjectType", "subjectId"
    from jsonb_to_recordset(${JSON.stringify(messages)}::jsonb)
      as x("enterpriseId" bigint, topic text, title text, body text, "subjectType" text, "subjectId" text)`.execute(db);
}

/** A page of an enterprise's inbox, newest first. */
export async function listEnterpriseNotifications(
  db: Executor,
  enterpriseId: number,
  options: { limit: number; offset: number; isUnreadOnly: boolean },
): Promise<NotificationRow[]> {
  let query = db.selectFrom('notifications').where('enterprise_id', '=', enterpriseId);
  if (options.isUnreadOnly) query = query.where('read_at', 'is', null);
  return query.selectAll().orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
}

/** How many messages an enterprise's inbox holds and how many of them are unread. */
export async function countEnterpriseNotifications(
  db: Executor,
  enterpriseId: number,
): Promise<{ total: number; unread: number }> {
  const counts = await db
    .selectFrom('notifications')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread'),
    ])
    .where('enterprise_id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return { total: Number(counts.total), unread: Number(counts.unread) };
}

/** The enterprise whose inbox holds the message, or null when there is no such message. */
export async function findNotificationEnterpriseId(db: Executor, notificationId: number): Promise<number | null> {
  const found = await db
    .selectFrom('notifications')
    .select('enterprise_id')
    .where('id', '=', notificationId)
    .executeTakeFirst();
  return found ? Number(found.enterprise_id) : null;
}

/**
 * Marks the enterprise's unread messages read (only the one given, when an id is given) and returns how many changed.
 */
export async function markNotificationsRead(
  db: Executor,
  enterpriseId: number,
  notificationId?: number,
): Promise<number> {
  let update = db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('enterprise_id', '=', enterpriseId)
    .where('read_at', 'is', null);
  if (notificationId !== undefined) update = update.where('id', '=', notificationId);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
