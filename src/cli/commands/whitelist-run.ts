import { parseArgs } from 'node:util';
import { runDueWhitelist, type DueOutcome } from '../../services/whitelist/run-due-whitelist.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { defaultOperator } from './evaluate.ts';

/**
 * `xinping whitelist run`: one check of the IP-pledge whitelist schedule, for cron when the server is
 * not running (the server checks daily by itself; a month's list is generated once either way). --force generates
 * a list now whatever the schedule says. For example, every morning:
 *
 *   30 6 * * *  cd /srv/xinping && npx xinping whitelist run >> logs/whitelist.log 2>&1
 */
export const whitelistRunCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        'as-of': { type: 'string' },
        force: { type: 'boolean', default: false },
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const store = await context.store();
    const actor = values.force ? values.operator?.trim() || defaultOperator() : values.operator?.trim() || undefined;
    const outcome = await runDueWhitelist(store.db, { asOf: values['as-of'], force: values.force, actor });
    if (values.json) printJson(context, outcome);
    else describeOutcome(context, outcome);
    return 0;
  },
};

function describeOutcome(context: CommandContext, outcome: DueOutcome): void {
  const out = context.stdout;
  if (outcome.action === 'skipped') {
    out.write(`未生成：${outcome.reason}\n`);
    return;
  }
  const generation = outcome.generation;
  if (!generation) {
    out.write(
      outcome.action === 'reviewed'
        ? '未到本月生成日或本月名单已生成；复核现行名单：全部企业仍符合条件，无需撤回\n'
        : '本月名单已由其他进程生成\n',
    );
    return;
  }
  out.write(
    `已生成第 ${generation.id} 期${generation.trigger === 'review' ? '复核' : ''}名单（基准日 ${generation.asOf}，${generation.triggerLabel}）：入选 ${generation.listed} 家` +
      `（有效发明专利达标 ${generation.candidates} 家，其中无评价 ${generation.ungraded}、等级不够 ${generation.excludedByGrade}、有排除记录 ${generation.excludedByRecords}）\n`,
  );
  if (outcome.pushes.length === 0) out.write('  没有金融机构订阅“推送名单更新”，本期未推送\n');
  for (const push of outcome.pushes) {
    out.write(
      push.isRecipient
        ? `  推送给 ${push.recipient}：新增 ${push.added} 家，撤回 ${push.withdrawn} 家\n`
        : `  ${push.recipient} 已不是推送对象：撤回 ${push.withdrawn} 家\n`,
    );
  }
}
