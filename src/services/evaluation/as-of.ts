import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { endOfDistrictDay, todayInDistrict } from '../../domain/district-date.ts';

/**
 * The as-of date (评价基准日) of an evaluation, and which state of the records it reads. As of today the records'
 * current state is what the platform knows. As of an earlier day, the evaluation uses, for each record, the latest
 * version recorded before that day ended in the district (China Standard Time, no daylight saving): a version recorded
 * later — a correction, a repair, a record first received later — is not used.
 */
export interface AsOf {
  asOf: string;
  /** null: read the current state; otherwise the instant the versions must have been recorded before. */
  recordedBefore: Date | null;
  /** The same instant as a timestamptz literal exact to the microsecond, when known (replaying a stored evaluation). */
  recordedBeforeExact?: string;
}

/** Validates an as-of date (default today); refuses a date after today: the platform does not know the future. */
export function resolveAsOf(asOf: string | undefined, today: string = todayInDistrict()): AsOf {
  if (asOf === undefined || asOf === today) return { asOf: today, recordedBefore: null };
  if (!isIsoDate(asOf))
    throw new AppError('INVALID_INPUT', `评价基准日应为 YYYY-MM-DD 格式的有效日期，实际为“${asOf}”`);
  if (asOf > today)
    throw new AppError('INVALID_INPUT', `评价基准日 ${asOf} 晚于今天（${today}）：只能评价今天及以前的日期`);
  return { asOf, recordedBefore: endOfDistrictDay(asOf) };
}
