import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { addWorkingDays, describeDeadline } from '../../domain/working-days.ts';
import { readHolidayCalendar } from '../../services/calendar/read-holiday-calendar.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping working-days add FROM DAYS`: the N-th working day after FROM on the loaded calendar, and whether it is covered. */
export const workingDaysAddCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    const [from, days] = positionals;
    if (positionals.length !== 2)
      throw new AppError('INVALID_INPUT', `须给出起算日期和工作日数，用法：xinping ${context.usage}`);
    if (!isIsoDate(from)) throw new AppError('INVALID_INPUT', `起算日期“${from}”不是有效日期（格式 YYYY-MM-DD）`);
    const count = Number(days);
    if (!Number.isInteger(count) || count < 1 || count > 3650)
      throw new AppError('INVALID_INPUT', `工作日数“${days}”应为 1 至 3650 之间的整数`);
    const store = await context.store();
    const result = addWorkingDays(await readHolidayCalendar(store.db), from, count);
    if (values.json) printJson(context, { date: result.date, covered: result.isCovered });
    else context.stdout.write(`${from} 之后第 ${count} 个工作日：${describeDeadline(result.date, result.isCovered)}\n`);
    return 0;
  },
};
