import type { HolidayCalendar } from '../../domain/working-days.ts';
import { type DeadlineFlag, flagCaseDeadline } from './flag-objection-deadlines.ts';
import type { CaseView } from './list-cases.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * The review deadline of an accepted repair application (repair_review_working_days from acceptance,
 * catalog/workflow-deadlines.yaml), flagged overdue or nearly due for reviewers with the same margin as objections.
 */
export function flagRepairDeadline(item: CaseView, calendar: HolidayCalendar, today = todayInDistrict()): DeadlineFlag {
  return flagCaseDeadline(item, item.state === 'accepted', calendar, today);
}
