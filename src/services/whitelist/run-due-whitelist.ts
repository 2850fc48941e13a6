import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';
import { generateWhitelist, type GenerationOutcome } from './generate-whitelist.ts';
import { loadWhitelistRules, type WhitelistRules } from './whitelist-rules.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export type DueOutcome =
  | ({ action: 'generated' | 'reviewed' } & GenerationOutcome)
  | { action: 'skipped'; reason: string };

/** Who the scheduled runs are recorded as. */
export const SCHEDULER_ACTOR = '定时任务';

/**
 * One check of the whitelist schedule (catalog schedule: monthly, on a day of the month), run daily by the server
 * and by `xinping whitelist run`: on or after the day, the month's list is generated unless it exists — so however
 * often this runs, a month gets one scheduled list. Otherwise the current list is reviewed (enterprises that no
 * longer qualify are withdrawn the same day). `force` generates a list now whatever the schedule says.
 */
export async function runDueWhitelist(
  db: Kysely<Database>,
  options: { asOf?: string; today?: string; force?: boolean; actor?: string; rules?: WhitelistRules } = {},
): Promise<DueOutcome> {
  const now = options.today ?? todayInDistrict();
  // The day the run acts as (--as-of): the schedule is checked for that day and the list computed as of it.
  const day = options.asOf ?? now;
  if (!isIsoDate(day))
    throw new AppError('INVALID_INPUT', `字段“名单基准日”：日期应为 YYYY-MM-DD 格式的有效日期，实际为“${day}”`);
  if (day > now) throw new AppError('INVALID_INPUT', `字段“名单基准日”：日期 ${day} 晚于今天（${now}）`);
  const rules = options.rules ?? loadWhitelistRules();
  const actor = options.actor ?? SCHEDULER_ACTOR;
  // Without a published model nobody has a grade: nothing to list yet (a fresh platform), not an error.
  if (!(await findPublishedModel(db)))
    return { action: 'skipped', reason: '尚未发布评价模型，暂无信用等级，不生成白名单' };
  if (options.force)
    return {
      action: 'generated',
      ...(await generateWhitelist(db, { trigger: 'manual', actor, asOf: day, today: now, rules })),
    };
  const period = day.slice(0, 7);
  const isDue =
    Number(day.slice(8, 10)) >= rules.schedule.dayOfMonth &&
    !(await db
      .selectFrom('whitelist_generations')
      .select('id')
      .where('trigger', '=', 'schedule')
      .where('period', '=', period)
      .executeTakeFirst());
  if (isDue) {
    // Checked again under the generation lock: another process may generate the month's list meanwhile.
    const outcome = await generateWhitelist(db, { trigger: 'schedule', period, actor, asOf: day, today: now, rules });
    if (outcome.created) return { action: 'generated', ...outcome };
  }
  return {
    action: 'reviewed',
    ...(await generateWhitelist(db, { trigger: 'review', actor, asOf: day, today: now, rules })),
  };
}
