import { countWorkingDaysBetween } from '../../domain/working-days.ts';
import { OPEN_OBJECTION_STATES, type ObjectionState } from '../../domain/workflows/objection-workflow.ts';
import type { CaseView } from './list-cases.ts';
import { loadHolidayCalendar, loadWorkflowDeadlines } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface DeadlineFlag {
  dueOn: string | null;
  workingDaysLeft: number | null;
  isOverdue: boolean;
  isNearlyDue: boolean;
}

/** Overdue and nearly overdue open objections, flagged for reviewers (catalog/workflow-deadlines.yaml). */
export function flagObjectionDeadline(item: CaseView, today = todayInDistrict()): DeadlineFlag {
  const dueOn = (item.details.due_on as string | null) ?? null;
  if (!dueOn || !OPEN_OBJECTION_STATES.includes(item.state as ObjectionState)) return { dueOn, workingDaysLeft: null, isOverdue: false, isNearlyDue: false };
  const isOverdue = today > dueOn;
  const workingDaysLeft = isOverdue ? 0 : countWorkingDaysBetween(loadHolidayCalendar(), today, dueOn);
  return { dueOn, workingDaysLeft, isOverdue, isNearlyDue: !isOverdue && workingDaysLeft <= loadWorkflowDeadlines().objectionNearlyDueWorkingDays };
}
