import type { Kysely } from 'kysely';
import { UNCOVERED_DEADLINE_NOTE } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { sendStaffMessages, type StaffMessageInput } from '../notifications/send-staff-messages.ts';
import { buildTaskBoard } from './build-task-board.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface TaskReminderRun {
  today: string;
  atRisk: string[];
  late: string[];
  /** Staff messages stored by this run (a reminder already sent is not sent again). */
  messages: number;
}

/**
 * 工作提示 (000 附件1 §三(一)): each task not done whose deadline is near (临期) or past (逾期) is put in the messages of
 * its lead unit's operators — once per task, unit, standing and deadline, so the daily timer and the CLI can run
 * as often as they like.
 */
export async function notifyTaskDeadlines(
  db: Kysely<Database>,
  options: { today?: string } = {},
): Promise<TaskReminderRun> {
  const today = options.today ?? todayInDistrict();
  const board = await buildTaskBoard(db, { asOf: today });
  const flagged = board.tasks.filter((task) => task.status === 'at_risk' || task.status === 'late');
  const messages: StaffMessageInput[] = flagged.flatMap((task) =>
    task.lead.map((unit) => ({
      role: 'department_operator' as const,
      departmentCode: unit.code,
      topic: 'reform_task',
      title: task.status === 'late' ? '重点任务已逾期' : '重点任务临近完成时间',
      body:
        task.status === 'late'
          ? `贵单位牵头的重点任务 ${task.code}（${task.mainTask}）完成时间为${task.deadlineText.replace(/前$/, '')}，至 ${today} 尚未报送完成，已逾期。`
          : `贵单位牵头的重点任务 ${task.code}（${task.mainTask}）应于${task.deadlineText}，还剩 ${task.workingDaysLeft} 个工作日${task.isCovered ? '' : `(${UNCOVERED_DEADLINE_NOTE})`}，请抓紧推进并报送进展。`,
      subjectType: 'reform_task',
      subjectId: task.code,
      dedupeKey: `reform-task:${task.code}:${unit.code}:${task.status}:${task.deadline}`,
    })),
  );
  const stored = await sendStaffMessages(db, messages);
  return {
    today,
    atRisk: flagged.filter((task) => task.status === 'at_risk').map((task) => task.code),
    late: flagged.filter((task) => task.status === 'late').map((task) => task.code),
    messages: stored,
  };
}
