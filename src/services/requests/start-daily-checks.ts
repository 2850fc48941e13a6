import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { remindCalendarEnd } from '../calendar/remind-calendar-end.ts';
import { notifyDeadlines, type DeadlineRun } from '../notifications/notify-deadlines.ts';
import { notifyTaskDeadlines, type TaskReminderRun } from '../reform-tasks/notify-task-deadlines.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { escalateOverdueRequests, type EscalationRun } from './escalate-overdue-requests.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface DailyCheckRun {
  escalation?: EscalationRun;
  reminders?: TaskReminderRun;
  workflowDeadlines?: DeadlineRun;
  calendarEnd?: Awaited<ReturnType<typeof remindCalendarEnd>>;
}

export type DailyChecks = PeriodicJob<DailyCheckRun>;

/**
 * The server's daily checks: escalation (督办) of overdue requests, the reform tasks' deadline reminders
 *, the objection and repair deadline reminders and the reminder to load the next year's
 * holiday arrangement. Each is idempotent for a day, so the
 * timer simply runs them at start and then every `intervalMs` (an hour by default: a new day is noticed within the
 * hour whenever the server was started). One failing check is reported and does not stop the others.
 */
export function startDailyChecks(
  db: Kysely<Database>,
  onError: (error: unknown) => void,
  options: { intervalMs?: number } = {},
): DailyChecks {
  const intervalMs = options.intervalMs ?? 3_600_000;
  return startPeriodicJob({
    run: () => runDailyChecks(db, onError),
    firstDelayMs: 0,
    nextDelayMs: () => intervalMs,
    onError,
  });
}

/** One pass of the daily checks; a failing check is reported and the others still run. */
export async function runDailyChecks(db: Kysely<Database>, onError: (error: unknown) => void): Promise<DailyCheckRun> {
  const attempt = async <T>(check: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await check();
    } catch (error) {
      onError(error);
      return undefined;
    }
  };
  return {
    escalation: await attempt(() => escalateOverdueRequests(db)),
    reminders: await attempt(() => notifyTaskDeadlines(db)),
    workflowDeadlines: await attempt(() => notifyDeadlines(db, todayInDistrict())),
    calendarEnd: await attempt(() => remindCalendarEnd(db, todayInDistrict())),
  };
}
