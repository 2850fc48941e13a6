import { parseArgs } from 'node:util';
import { closeEndedMonths, closeIndexMonth, type CloseOutcome } from '../../services/credit-index/close-index-month.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { defaultOperator } from './evaluate.ts';

/**
 * `xinping index close`: freezes the credit index of months that have ended. Without --month, every
 * ended month not closed yet — what the server's daily timer does; for cron when the server is not running.
 */
export const indexCloseCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { month: { type: 'string' }, operator: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const store = await context.store();
    const operator = values.operator?.trim() || defaultOperator();
    const outcomes =
      values.month === undefined
        ? await closeEndedMonths(store.db, { operator })
        : [await closeIndexMonth(store.db, values.month, { operator })];
    if (values.json) printJson(context, { months: outcomes });
    else describeOutcomes(context, outcomes);
    return 0;
  },
};

function describeOutcomes(context: CommandContext, outcomes: CloseOutcome[]): void {
  if (outcomes.length === 0) context.stdout.write('没有需要结算的月份（已结束的月份均已结算，或尚无评价结果）\n');
  for (const outcome of outcomes) {
    if (outcome.outcome === 'closed') {
      context.stdout.write(
        `${outcome.month}：已结算并冻结，统计企业 ${outcome.enterprises} 家，分组 ${outcome.groups} 个（其中不公布 ${outcome.withheld} 个）\n`,
      );
    } else if (outcome.outcome === 'already_closed') {
      context.stdout.write(`${outcome.month}：此前已结算，结算值不再改变\n`);
    } else {
      context.stdout.write(`${outcome.month}：月末没有任何评价结果，未结算\n`);
    }
  }
}
