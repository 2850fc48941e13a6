import { todayInDistrict } from '../../domain/district-date.ts';
import { addWorkingDays, type WorkingDayResult } from '../../domain/working-days.ts';
import type { Executor } from '../../store/executor.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { loadWorkflowDeadlines, type WorkflowDeadlines } from './workflow-settings.ts';

/**
 * Accepting a case starts its review deadline: the limit in working days in force on the day the case was filed
 * (catalog/workflow-deadlines.yaml), counted from today, the day it is accepted.
 */
export async function startReviewDeadline(
  trx: Executor,
  filedAt: Date | string,
  limit: keyof Pick<WorkflowDeadlines, 'objectionReviewWorkingDays' | 'repairReviewWorkingDays'>,
): Promise<{ acceptedOn: string; due: WorkingDayResult }> {
  const acceptedOn = todayInDistrict();
  const filedOn = todayInDistrict(new Date(filedAt));
  const due = addWorkingDays(await readHolidayCalendar(trx), acceptedOn, loadWorkflowDeadlines(filedOn)[limit]);
  return { acceptedOn, due };
}
