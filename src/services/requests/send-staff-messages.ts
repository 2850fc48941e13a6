import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../store/database.ts';

/**
 * A message to staff (table staff_messages, shared with the workflows' reminders): to a role, and for department
 * operators to one department. dedupe_key makes repeated runs harmless: the same reminder is stored once.
 */
export interface StaffMessageInput {
  role: 'admin' | 'reviewer' | 'department_operator';
  departmentCode: string | null;
  topic: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: string;
  dedupeKey: string;
}

/** Stores the messages not stored before (by dedupe key); returns how many were new. */
export async function sendStaffMessages(db: Kysely<Database> | Transaction<Database>, messages: readonly StaffMessageInput[]): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = messages.map((message) => ({
    role: message.role,
    department_code: message.departmentCode,
    topic: message.topic,
    title: message.title,
    body: message.body,
    subject_type: message.subjectType,
    subject_id: message.subjectId,
    dedupe_key: message.dedupeKey,
  }));
  const inserted = await sql`
    insert into staff_messages (role, department_code, topic, title, body, subject_type, subject_id, dedupe_key)
    select role, department_code, topic, title, body, subject_type, subject_id, dedupe_key
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as x(role text, department_code text, topic text, title text, body text, subject_type text, subject_id text, dedupe_key text)
    on conflict (dedupe_key) do nothing`.execute(db);
  return Number(inserted.numAffectedRows ?? 0);
}

export interface StaffReminder {
  id: number;
  topic: string;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
  /** Addressed to: department_operator (with departmentCode) or admin. */
  role: string;
  departmentCode: string | null;
  createdAt: string;
}

/**
 * Staff messages about some kinds of subject, newest first: a department operator reads those addressed to its
 * department; an administrator oversees all of them (each department's and the administrators' own).
 */
export async function listStaffReminders(
  db: Kysely<Database>,
  recipient: { departmentCode: string } | 'all',
  subjectTypes: readonly string[],
  page: { limit?: number; offset?: number } = {},
): Promise<{ total: number; items: StaffReminder[] }> {
  let query = db.selectFrom('staff_messages').where('subject_type', 'in', [...subjectTypes]);
  if (recipient !== 'all') query = query.where('role', '=', 'department_operator').where('department_code', '=', recipient.departmentCode);
  const rows = await query.selectAll().orderBy('id', 'desc').limit(page.limit ?? 50).offset(page.offset ?? 0).execute();
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return {
    total: Number(total),
    items: rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      title: row.title,
      body: row.body,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      role: row.role,
      departmentCode: row.department_code,
      createdAt: new Date(row.created_at).toISOString(),
    })),
  };
}
