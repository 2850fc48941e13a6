import { countWorkingDaysBetween, isDeadlineCovered, type HolidayCalendar } from '../../domain/working-days.ts';
import type { ReformTask } from './load-reform-tasks.ts';

/** What a unit reports (未开始 / 推进中 / 已完成). */
export const PROGRESS_STATUSES = { not_started: '未开始', in_progress: '推进中', done: '已完成' } as const;
export type ProgressStatus = keyof typeof PROGRESS_STATUSES;

/** Where a task stands on a date, as the board and the bulletin show it. */
export const TASK_STATUSES = { done: '已完成', on_track: '正常推进', at_risk: '临期', late: '逾期' } as const;
export type TaskStatus = keyof typeof TASK_STATUSES;

export interface UnitReport {
  id: number;
  taskCode: string;
  unitCode: string;
  status: ProgressStatus;
  percent: number | null;
  text: string;
  attachments: string[];
  reportedOn: string;
  reportedBy: string;
  /** Who reported, by display name (on the board; the account in reportedBy). */
  reportedByName?: string;
}

export interface TaskStanding {
  status: TaskStatus;
  /** The day the last lead unit reported 已完成 (when done). */
  completedOn: string | null;
  isCompletedLate: boolean;
  /** Working days from the date to the deadline while not done and not late (null without a deadline). */
  workingDaysLeft: number | null;
  /** False when the working days left are counted across a year the holiday calendar does not cover. */
  isCovered: boolean;
}

/**
 * A task's standing on a date (000 附件1 §三: 定期调度、定期通报): done when every lead unit's latest report up to that
 * date says 已完成; otherwise late once the date is past the deadline, at risk (临期) when the deadline is at most
 * `atRiskWorkingDays` working days away, on track otherwise. A 持续推进 task has no deadline: never late.
 *
 * AMBIGUITY: for a task with two lead units (001 附件 序号11、15) the policy documents do not say who declares it finished; the
 * platform waits for both.
 */
export function standingOf(
  task: ReformTask,
  latestLeadReports: ReadonlyMap<string, UnitReport>,
  asOf: string,
  calendar: HolidayCalendar,
  atRiskWorkingDays: number,
): TaskStanding {
  const leadReports = task.lead.map((unit) => latestLeadReports.get(unit.code));
  if (leadReports.every((report) => report?.status === 'done')) {
    const completedOn = leadReports
      .map((report) => report!.reportedOn)
      .sort()
      .at(-1)!;
    return {
      status: 'done',
      completedOn,
      isCompletedLate: task.deadline !== null && completedOn > task.deadline,
      workingDaysLeft: null,
      isCovered: true,
    };
  }
  if (task.deadline === null)
    return { status: 'on_track', completedOn: null, isCompletedLate: false, workingDaysLeft: null, isCovered: true };
  if (asOf > task.deadline)
    return { status: 'late', completedOn: null, isCompletedLate: false, workingDaysLeft: 0, isCovered: true };
  const workingDaysLeft = countWorkingDaysBetween(calendar, asOf, task.deadline);
  return {
    status: workingDaysLeft <= atRiskWorkingDays ? 'at_risk' : 'on_track',
    completedOn: null,
    isCompletedLate: false,
    workingDaysLeft,
    isCovered: isDeadlineCovered(calendar, asOf, task.deadline),
  };
}
