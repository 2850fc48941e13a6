import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { runDueWhitelist, type DueOutcome } from './run-due-whitelist.ts';

export type WhitelistScheduler = PeriodicJob<DueOutcome>;

export interface WhitelistSchedulerSettings {
  /** Between checks; the schedule is by day, so once a day is enough. */
  intervalMs: number;
  /** Before the first check, so a starting server answers requests first. */
  firstDelayMs: number;
}

export const DEFAULT_WHITELIST_SCHEDULER: WhitelistSchedulerSettings = {
  intervalMs: 24 * 3_600_000,
  firstDelayMs: 60_000,
};

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
  return startPeriodicJob({
    run: () => runDueWhitelist(db),
    firstDelayMs: settings.firstDelayMs,
    nextDelayMs: () => settings.intervalMs,
    onError,
    onOutcome,
  });
}
