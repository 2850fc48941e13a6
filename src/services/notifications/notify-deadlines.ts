import { sql, type Kysely } from 'kysely';
import { countWorkingDaysBetween, describeDeadline, isDeadlineCovered } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { loadWorkflowDeadlines } from '../workflows/workflow-settings.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { deliverMessages } from './notify-enterprise.ts';
import { sendStaffMessages } from './send-staff-messages.ts';
import type { OutgoingMessage } from './notifier.ts';

export interface DeadlineRun {
  /** Reminders put in the reviewers' messages (objections and repair applications nearly due or overdue). */
  reviewerReminders: number;
  /** Enterprises told that a record's repair date has come. */
  repairReminders: number;
}

interface OpenCase {
  source: 'objections' | 'repair_applications';
  id: number;
  due_on: string;
  uscc: string;
  name: string;
}

const CASE_LABELS = { objections: '异议申请', repair_applications: '信用修复申请' } as const;

/**
 * The daily run's deadline reminders, idempotent for a day:
 * - open (accepted) objections and repair applications nearly due or overdue, counted in working days
 *   (catalog/workflow-deadlines.yaml, catalog/holidays.yaml), are put in the reviewers' messages — once per case,
 *   state and due date;
 * - each 信用修复提示函 whose repair date has come while its record is still active tells the enterprise
 *   “可以申请信用修复” — once (reminded_on).
 */
export async function notifyDeadlines(db: Kysely<Database>, today: string): Promise<DeadlineRun> {
  const calendar = await readHolidayCalendar(db);
  const { objectionNearlyDueWorkingDays } = loadWorkflowDeadlines();
  const open = await sql<OpenCase>`
    select 'objections' as source, c.id, c.due_on, e.uscc, e.name from objections c join enterprises e on e.id = c.enterprise_id
    where c.state = 'accepted' and c.due_on is not null
    union all
    select 'repair_applications' as source, c.id, c.due_on, e.uscc, e.name from repair_applications c join enterprises e on e.id = c.enterprise_id
    where c.state = 'accepted' and c.due_on is not null`.execute(db);
  const reminders = open.rows.flatMap((item) => {
    const isOverdue = today > item.due_on;
    const left = isOverdue ? 0 : countWorkingDaysBetween(calendar, today, item.due_on);
    if (!isOverdue && left > objectionNearlyDueWorkingDays) return [];
    const label = CASE_LABELS[item.source];
    const flag = isOverdue ? 'overdue' : 'nearly-due';
    return [
      {
        role: 'reviewer' as const,
        departmentCode: null,
        topic: 'deadline',
        title: `${label}${isOverdue ? '已超期' : '即将到期'}`,
        body: `${item.name}（${item.uscc}）的${label}（编号 ${item.id}）应于 ${describeDeadline(item.due_on, isDeadlineCovered(calendar, today, item.due_on))} 前办结，${isOverdue ? '已超过办结时限' : `还剩 ${left} 个工作日`}。`,
        subjectType: item.source === 'objections' ? 'objection' : 'repair_application',
        subjectId: String(item.id),
        dedupeKey: `${item.source}:${item.id}:${flag}:${item.due_on}`,
      },
    ];
  });
  const reviewerReminders = await sendStaffMessages(db, reminders);

  // One statement: mark the notices whose day has come and put the message in each enterprise's inbox.
  const told = await sql<{ enterprise_id: number; title: string; body: string }>`
    with due as (
      update repair_notices n set reminded_on = ${today}::date
      from records r
      where r.id = n.record_id and n.reminded_on is null and n.repairable_from <= ${today}::date and r.status = 'active'
      returning n.id, n.enterprise_id, n.kind, n.decision_number, n.repairable_from
    )
    insert into notifications (enterprise_id, topic, title, body, subject_type, subject_id)
    select due.enterprise_id, 'deadline', '可以申请信用修复',
      '贵企业的' || coalesce(k.label, due.kind) || '信息' || coalesce('（' || due.decision_number || '）', '') || '自 ' || to_char(due.repairable_from, 'YYYY-MM-DD') ||
      ' 起可以申请信用修复：纠正失信行为、履行相关义务后，提交证明材料并作出修复型信用承诺。',
      'repair_notice', due.id::text
    from due left join record_kinds k on k.code = due.kind
    returning enterprise_id, title, body`.execute(db);
  await deliverMessages(
    told.rows.map(
      (row): OutgoingMessage => ({
        enterpriseId: Number(row.enterprise_id),
        topic: 'deadline',
        title: row.title,
        body: row.body,
      }),
    ),
  );
  return { reviewerReminders, repairReminders: told.rows.length };
}
