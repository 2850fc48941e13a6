import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { startPeriodicJob, type PeriodicJob } from '../scheduling/start-periodic-job.ts';
import { closeEndedMonths, type CloseOutcome } from './close-index-month.ts';

/** Who closes months on schedule, in the audit trail. */
export const INDEX_CLOSER_OPERATOR = '信用指数定时结算';

export type IndexCloser = PeriodicJob<CloseOutcome[]>;

/** Milliseconds from `now` to the next 00:05 China Standard Time (UTC+8, no daylight saving). */
export function untilNextDailyRun(now: Date): number {
  const shifted = now.getTime() + 8 * 3600_000;
  const dayStart = Math.floor(shifted / 86_400_000) * 86_400_000;
  let next = dayStart + 5 * 60_000;
  if (next <= shifted) next += 86_400_000;
  return next - shifted;
}

/**
 * The server's scheduled close: one pass when the server starts (it may have been down when a month ended), then one
 * a few minutes after each midnight in the district. A pass closes every month that has ended and is not closed yet;
 * on most days it finds nothing to do. Errors are reported and the next day's pass tries again.
 */
export function startIndexCloser(db: Kysely<Database>, onError: (error: unknown) => void = () => {}): IndexCloser {
  return startPeriodicJob({
    run: () => closeEndedMonths(db, { operator: INDEX_CLOSER_OPERATOR }),
    firstDelayMs: 0,
    nextDelayMs: () => untilNextDailyRun(new Date()),
    onError,
  });
}
