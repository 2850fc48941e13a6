import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';

export interface StaffMessage {
  id: number;
  topic: string;
  title: string;
  body: string;
  subjectType: string | null;
  subjectId: string | null;
  /** Addressed to: reviewer, admin, or department_operator (with departmentCode). */
  role: string;
  departmentCode: string | null;
  createdAt: string;
}

/**
 * Who reads: reviewers read what is addressed to reviewers, a department operator what is addressed to its own
 * department, an administrator oversees every message.
 */
export type StaffRecipient = { role: 'reviewer' } | { departmentCode: string } | 'all';

/** Messages to staff (deadline reminders, 督办, policy matches …), newest first, optionally about some kinds of subject. */
export async function listStaffMessages(
  db: Kysely<Database>,
  recipient: StaffRecipient,
  options: { limit?: number; offset?: number; subjectTypes?: readonly string[] } = {},
): Promise<{ total: number; items: StaffMessage[] }> {
  let query = db.selectFrom('staff_messages');
  if (options.subjectTypes) query = query.where('subject_type', 'in', [...options.subjectTypes]);
  if (recipient !== 'all' && 'role' in recipient) query = query.where('role', '=', recipient.role);
  if (recipient !== 'all' && 'departmentCode' in recipient)
    query = query.where('role', '=', 'department_operator').where('department_code', '=', recipient.departmentCode);
  const rows = await query
    .selectAll()
    .orderBy('id', 'desc')
    .limit(options.limit ?? 100)
    .offset(options.offset ?? 0)
    .execute();
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
