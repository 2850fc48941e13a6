import { todayInDistrict } from '../../domain/district-date.ts';
import { addWorkingDays, type HolidayCalendar, type WorkingDayResult } from '../../domain/working-days.ts';
import type { Executor } from '../../store/executor.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { loadWorkflowDeadlines, type WorkflowDeadlines } from './workflow-settings.ts';

export type ReviewLimit = keyof Pick<WorkflowDeadlines, 'objectionReviewWorkingDays' | 'repairReviewWorkingDays'>;

/**
 * The review deadline of an accepted case: the limit in working days in force on the day the case was filed
 * (catalog/workflow-deadlines.yaml), counted from the day it was accepted. Used when a case is accepted and when a
 * newly loaded calendar year counts open cases again (recompute-open-deadlines.ts).
 */
export function countReviewDeadline(
  calendar: HolidayCalendar,
  filedAt: Date | string,
  acceptedOn: string,
  limit: ReviewLimit,
): WorkingDayResult {
  return addWorkingDays(calendar, acceptedOn, loadWorkflowDeadlines(todayInDistrict(new Date(filedAt)))[limit]);
}

/** Accepting a case starts its review deadline, counted from today, the day it is accepted. */
export async function startReviewDeadline(
  trx: Executor,
  filedAt: Date | string,
  limit: ReviewLimit,
): Promise<{ acceptedOn: string; due: WorkingDayResult }> {
  const acceptedOn = todayInDistrict();
  return { acceptedOn, due: countReviewDeadline(await readHolidayCalendar(trx), filedAt, acceptedOn, limit) };
}
