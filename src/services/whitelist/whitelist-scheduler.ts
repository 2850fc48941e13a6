import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { runDueWhitelist, type DueOutcome } from './run-due-whitelist.ts';

export interface WhitelistScheduler {
  /** Runs a check now (or waits for the one under way); checks never overlap. */
  runNow(): Promise<DueOutcome | undefined>;
  /** Stops the timer and waits for the check under way, if any. */
  stop(): Promise<void>;
}

export interface WhitelistSchedulerSettings {
  /** Between checks; the schedule is by day, so once a day is enough. */
  intervalMs: number;
  /** Before the first check, so a starting server answers requests first. */
  firstDelayMs: number;
}

export const DEFAULT_WHITELIST_SCHEDULER: WhitelistSchedulerSettings = { intervalMs: 24 * 3_600_000, firstDelayMs: 60_000 };

/**
 * The server's daily whitelist check (catalog/ip-pledge-whitelist.yaml schedule): generates the month's list when
 * due and reviews the current one otherwise. Errors are reported and the next check tries again; a month's list is
 * generated once however many checks (or servers) run.
 */
export function startWhitelistScheduler(
  db: Kysely<Database>,
  settings: WhitelistSchedulerSettings = DEFAULT_WHITELIST_SCHEDULER,
  onError: (error: unknown) => void = () => {},
  onOutcome: (outcome: DueOutcome) => void = () => {},
): WhitelistScheduler {
  let running: Promise<DueOutcome | undefined> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;

  const check = (): Promise<DueOutcome | undefined> => {
    running ??= runDueWhitelist(db)
      .then((outcome) => {
        onOutcome(outcome);
        return outcome;
      })
      .catch((error: unknown) => {
        onError(error);
        return undefined;
      })
      .finally(() => {
        running = null;
        schedule(settings.intervalMs);
      });
    return running;
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(check, delayMs);
    timer.unref();
  };
  schedule(settings.firstDelayMs);

  return {
    runNow: check,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
