import { sql } from 'kysely';
import type { Executor } from '../../store/executor.ts';

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
export async function sendStaffMessages(db: Executor, messages: readonly StaffMessageInput[]): Promise<number> {
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
