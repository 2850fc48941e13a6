import { sql, type Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AWAITING_ANSWER_STATES } from '../../domain/requests/request-workflow.ts';
import type { Database } from '../../store/database.ts';
import { recordRequestStep, type RequestRow } from './advance-request.ts';
import { SYSTEM_ACTOR } from './request-actor.ts';
import { sendStaffMessages, type StaffMessageInput } from '../notifications/send-staff-messages.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface EscalationRun {
  today: string;
  /** Cases marked escalated by this run. */
  escalated: Array<{ id: number; trackingCode: string; departmentCode: string; dueOn: string; state: string }>;
  /** Staff messages stored (the handling department's operators and the administrators). */
  messages: number;
}

/**
 * 督办 (003 §四(三) 跟踪督办; 004 §(十七)): every case still awaiting an answer after its deadline is marked escalated
 * and its department's operators and the platform administrators are told. Idempotent: a case is escalated once per
 * deadline (again only if a transfer or rectification gave it a new deadline that also passed), so the daily timer,
 * the CLI and a second run on the same day never escalate twice. `today` drives the clock (tests pass a date).
 */
export async function escalateOverdueRequests(
  db: Kysely<Database>,
  options: { today?: string } = {},
): Promise<EscalationRun> {
  const today = options.today ?? todayInDistrict();
  return db.transaction().execute(async (trx) => {
    const overdue = await sql<RequestRow>`
      update requests set escalated_on = ${today}::date, escalation_count = escalation_count + 1, updated_at = now()
      where state in (${sql.join([...AWAITING_ANSWER_STATES])}) and due_on < ${today}::date and (escalated_on is null or escalated_on <= due_on)
      returning *`.execute(trx);
    const rows = [...overdue.rows].sort((a, b) => a.id - b.id);
    const messages: StaffMessageInput[] = [];
    for (const row of rows) {
      await recordRequestStep(trx, row, 'escalate', row.state, {
        actor: SYSTEM_ACTOR,
        today,
        note: `超过答复时限（${row.due_on}）仍未答复，已督办`,
        payload: { dueOn: row.due_on, escalationCount: row.escalation_count },
      });
      const departmentName = loadCatalog().department(row.department_code)?.name ?? row.department_code;
      const body = `诉求“${row.title}”（编号 ${row.id}，承办部门：${departmentName}）应于 ${row.due_on} 前答复，至 ${today} 仍未答复，已督办。`;
      const common = {
        topic: 'request',
        title: '诉求超期督办',
        body,
        subjectType: 'request',
        subjectId: String(row.id),
      };
      messages.push({
        ...common,
        role: 'department_operator',
        departmentCode: row.department_code,
        dedupeKey: `request:${row.id}:escalated:${row.due_on}:department`,
      });
      messages.push({
        ...common,
        role: 'admin',
        departmentCode: null,
        dedupeKey: `request:${row.id}:escalated:${row.due_on}:admin`,
      });
    }
    const stored = await sendStaffMessages(trx, messages);
    return {
      today,
      escalated: rows.map((row) => ({
        id: row.id,
        trackingCode: row.tracking_code,
        departmentCode: row.department_code,
        dueOn: row.due_on,
        state: row.state,
      })),
      messages: stored,
    };
  });
}
