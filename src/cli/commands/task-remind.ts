import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { notifyTaskDeadlines } from '../../services/reform-tasks/notify-task-deadlines.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping task remind`: the reform tasks' deadline reminders to their lead units (the server runs it daily too). */
export const taskRemindCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { date: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (values.date !== undefined && !isIsoDate(values.date))
      throw new AppError('INVALID_INPUT', `--date 应为 YYYY-MM-DD 格式的有效日期，实际为“${values.date}”`);
    const store = await context.store();
    const run = await notifyTaskDeadlines(store.db, { today: values.date });
    if (values.json) {
      printJson(context, run);
      return 0;
    }
    context.stdout.write(
      `重点任务提醒（${run.today}）：临期 ${run.atRisk.length} 项，逾期 ${run.late.length} 项，新发提醒 ${run.messages} 条\n`,
    );
    if (run.atRisk.length > 0) context.stdout.write(`  临期：${run.atRisk.join('、')}\n`);
    if (run.late.length > 0) context.stdout.write(`  逾期：${run.late.join('、')}\n`);
    return 0;
  },
};
