import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

export interface StaffMessage {
  id: number;
  topic: string;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: string;
}

/** Messages to a staff role (e.g. reviewers' deadline reminders from notifyDeadlines), newest first. */
export async function listStaffMessages(db: Kysely<Database>, role: string, options: { limit?: number; offset?: number } = {}): Promise<{ total: number; items: StaffMessage[] }> {
  const rows = await db.selectFrom('staff_messages').selectAll().where('role', '=', role).orderBy('id', 'desc').limit(options.limit ?? 100).offset(options.offset ?? 0).execute();
  const { total } = await db.selectFrom('staff_messages').select((eb) => eb.fn.countAll<number>().as('total')).where('role', '=', role).executeTakeFirstOrThrow();
  return {
    total: Number(total),
    items: rows.map((row) => ({ id: row.id, topic: row.topic, title: row.title, body: row.body, subjectType: row.subject_type, subjectId: row.subject_id, createdAt: new Date(row.created_at).toISOString() })),
  };
}
