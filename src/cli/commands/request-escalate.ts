import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { escalateOverdueRequests } from '../../services/requests/escalate-overdue-requests.ts';
import { printJson, type Command } from '../command.ts';

/**
 * `xinping request escalate`: the daily escalation (督办) of requests still unanswered after their deadline, for cron
 * when the server is not running (the server runs the same check itself). Idempotent: a case is escalated once per
 * deadline. For example, every morning:
 *
 *   30 7 * * *  cd /srv/xinping && npx xinping request escalate >> logs/escalate.log 2>&1
 */
export const requestEscalateCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { date: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (values.date !== undefined && !isIsoDate(values.date))
      throw new AppError('INVALID_INPUT', `--date 应为 YYYY-MM-DD 格式的有效日期，实际为“${values.date}”`);
    const store = await context.store();
    const run = await escalateOverdueRequests(store.db, { today: values.date });
    if (values.json) {
      printJson(context, run);
      return 0;
    }
    context.stdout.write(`督办检查（${run.today}）：新督办 ${run.escalated.length} 件，发出提醒 ${run.messages} 条\n`);
    for (const item of run.escalated)
      context.stdout.write(
        `  诉求 ${item.id}（${item.trackingCode}）承办部门 ${item.departmentCode}，答复时限 ${item.dueOn}\n`,
      );
    return 0;
  },
};
