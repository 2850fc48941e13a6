import { countWorkingDaysBetween, isDeadlineCovered, type HolidayCalendar } from '../../domain/working-days.ts';
import type { DeadlineFlag } from './flag-objection-deadlines.ts';
import type { CaseView } from './list-cases.ts';
import { loadWorkflowDeadlines } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * The review deadline of an accepted repair application (repair_review_working_days from acceptance,
 * catalog/workflow-deadlines.yaml), flagged overdue or nearly due for reviewers with the same margin as objections.
 */
export function flagRepairDeadline(item: CaseView, calendar: HolidayCalendar, today = todayInDistrict()): DeadlineFlag {
  const dueOn = (item.details.due_on as string | null | undefined) ?? null;
  if (!dueOn || item.state !== 'accepted')
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
