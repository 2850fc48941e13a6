import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { notifyTaskDeadlines, type TaskReminderRun } from '../reform-tasks/notify-task-deadlines.ts';
import { escalateOverdueRequests, type EscalationRun } from './escalate-overdue-requests.ts';

export interface DailyChecks {
  /** Runs a pass now (or waits for the one under way). */
  runNow(): Promise<{ escalation?: EscalationRun; reminders?: TaskReminderRun }>;
  stop(): Promise<void>;
}

/**
 * The server's daily checks of issue #9: escalation (督办) of overdue requests and the reform tasks' deadline
 * reminders. Both are idempotent for a day, so the timer simply runs them at start and then every `intervalMs`
 * (an hour by default: a new day is noticed within the hour whenever the server was started). A failing pass is
 * reported and the next one tries again; passes never overlap.
 */
export function startDailyChecks(db: Kysely<Database>, onError: (error: unknown) => void, options: { intervalMs?: number } = {}): DailyChecks {
  const intervalMs = options.intervalMs ?? 3_600_000;
  let running: ReturnType<DailyChecks['runNow']> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const pass: DailyChecks['runNow'] = () =>
    (running ??= (async () => {
      const result: Awaited<ReturnType<DailyChecks['runNow']>> = {};
      try {
        result.escalation = await escalateOverdueRequests(db);
      } catch (error) {
        onError(error);
      }
      try {
        result.reminders = await notifyTaskDeadlines(db);
      } catch (error) {
        onError(error);
      }
      return result;
    })().finally(() => {
      running = null;
      schedule();
    }));
  const schedule = () => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(pass, intervalMs);
    timer.unref();
  };
  void pass();
  return {
    runNow: pass,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
