import { countWorkingDaysBetween, isDeadlineCovered, type HolidayCalendar } from '../../domain/working-days.ts';
import { OPEN_OBJECTION_STATES, type ObjectionState } from '../../domain/workflows/objection-workflow.ts';
import type { CaseView } from './list-cases.ts';
import { loadWorkflowDeadlines } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface DeadlineFlag {
  dueOn: string | null;
  workingDaysLeft: number | null;
  isOverdue: boolean;
  isNearlyDue: boolean;
  /** False when the holiday calendar does not cover the deadline (UNCOVERED_DEADLINE_NOTE is shown with it). */
  isCovered: boolean;
}

/**
 * A case's deadline (`details.due_on`, in working days) as reviewers see it: while the clock runs, overdue or nearly
 * due by the objections' margin (catalog/workflow-deadlines.yaml); otherwise only the date.
 */
export function flagCaseDeadline(
  item: CaseView,
  isClockRunning: boolean,
  calendar: HolidayCalendar,
  today: string,
): DeadlineFlag {
  const dueOn = (item.details.due_on as string | null | undefined) ?? null;
  if (!dueOn || !isClockRunning)
    return {
      dueOn,
      workingDaysLeft: null,
      isOverdue: false,
      isNearlyDue: false,
      isCovered: !dueOn || isDeadlineCovered(calendar, today, dueOn),
    };
  const isOverdue = today > dueOn;
  const workingDaysLeft = isOverdue ? 0 : countWorkingDaysBetween(calendar, today, dueOn);
  const isCovered = isDeadlineCovered(calendar, today, dueOn);
  return {
    dueOn,
    workingDaysLeft,
    isOverdue,
    isNearlyDue: !isOverdue && workingDaysLeft <= loadWorkflowDeadlines().objectionNearlyDueWorkingDays,
    isCovered,
  };
}

/** Overdue and nearly overdue open objections, flagged for reviewers (catalog/workflow-deadlines.yaml). */
export function flagObjectionDeadline(
  item: CaseView,
  calendar: HolidayCalendar,
  today = todayInDistrict(),
): DeadlineFlag {
  return flagCaseDeadline(item, OPEN_OBJECTION_STATES.includes(item.state as ObjectionState), calendar, today);
}
