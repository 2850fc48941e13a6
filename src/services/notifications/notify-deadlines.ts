import type { Kysely } from 'kysely';
import { countWorkingDaysBetween, describeDeadline, isDeadlineCovered } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { markRepairableNoticesReminded } from '../../store/repair-notice.repository.ts';
import { listOpenCasesWithDueDate } from '../../store/workflow-case.repository.ts';
import { loadWorkflowDeadlines } from '../workflows/workflow-settings.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { deliverMessages, notifyEnterprise } from './notify-enterprise.ts';
import { sendStaffMessages } from './send-staff-messages.ts';
import type { OutgoingMessage } from './notifier.ts';

export interface DeadlineRun {
  /** Reminders put in the reviewers' messages (objections and repair applications nearly due or overdue). */
  reviewerReminders: number;
  /** Enterprises told that a record's repair date has come. */
  repairReminders: number;
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
  const open = await listOpenCasesWithDueDate(db);
  const reminders = open.flatMap((item) => {
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

  // In one transaction: mark the notices whose day has come and put the message in each enterprise's inbox.
  const told = await db.transaction().execute(async (trx) => {
    const due = await markRepairableNoticesReminded(trx, today);
    const messages: OutgoingMessage[] = [];
    for (const notice of due)
      messages.push(
        await notifyEnterprise(trx, {
          enterpriseId: notice.enterpriseId,
          topic: 'deadline',
          title: '可以申请信用修复',
          body: `贵企业的${notice.kindLabel}信息${notice.decisionNumber ? `（${notice.decisionNumber}）` : ''}自 ${notice.repairableFrom} 起可以申请信用修复：纠正失信行为、履行相关义务后，提交证明材料并作出修复型信用承诺。`,
          subjectType: 'repair_notice',
          subjectId: String(notice.id),
        }),
      );
    return messages;
  });
  await deliverMessages(told);
  return { reviewerReminders, repairReminders: told.length };
}
