import { parseArgs } from 'node:util';
import { AppError } from '../domain/app-error.ts';
import { isIsoDate } from '../domain/month-arithmetic.ts';
import type { Store } from '../store/connect.ts';
import { printJson, type CommandContext } from './command.ts';

/** A `--date` option's value, refused unless it is a real YYYY-MM-DD date. */
export function checkDateOption(date: string): string {
  if (!isIsoDate(date)) throw new AppError('INVALID_INPUT', `--date 应为 YYYY-MM-DD 格式的有效日期，实际为“${date}”`);
  return date;
}

/**
 * A daily check for cron when the server is not running (the server runs the same check itself): `--date` runs it as
 * of another day (default today in the district), `--json` prints its result as JSON, otherwise `describe` says it
 * in lines of text. Returns the exit code.
 */
export async function runDailyCheck<Run>(
  context: CommandContext,
  check: (db: Store['db'], options: { today?: string }) => Promise<Run>,
  describe: (run: Run) => string[],
): Promise<number> {
  const { values } = parseArgs({
    args: context.args,
    options: { date: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const today = values.date === undefined ? undefined : checkDateOption(values.date);
  const store = await context.store();
  const run = await check(store.db, { today });
  if (values.json) printJson(context, run);
  else for (const line of describe(run)) context.stdout.write(`${line}\n`);
  return 0;
}
