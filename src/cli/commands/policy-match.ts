import { parseArgs } from 'node:util';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { runPolicyMatching } from '../../services/policy-matching/run-policy-matching.ts';
import { printJson, type Command } from '../command.ts';
import { padDisplay } from '../pad-display.ts';
import { defaultOperator } from './evaluate.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * `xinping policy match [--notify] [--as-of D] [--json]`: evaluates every policy of catalog/policies.yaml for every
 * enterprise and stores who is eligible since when (免申即享, 003 §四(二)); with --notify, tells each eligible
 * enterprise not told yet (inbox) and each issuing department how many are new. For cron, e.g. daily:
 *
 *   30 6 * * *  cd /srv/xinping && npx xinping policy match --notify >> logs/policy.log 2>&1
 */
export const policyMatchCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        notify: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const asOf = values['as-of'] ?? todayInDistrict();
    if (!isIsoDate(asOf)) {
      context.stderr.write(`--as-of “${asOf}”不是有效日期（YYYY-MM-DD）\n`);
      return 2;
    }
    const store = await context.store();
    const started = performance.now();
    const outcome = await runPolicyMatching(store.db, {
      asOf,
      notify: values.notify,
      actor: values.operator?.trim() || defaultOperator(),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (values.json) {
      printJson(context, { ...outcome, seconds: Number(seconds) });
      return 0;
    }
    const out = context.stdout;
    out.write(`惠企政策匹配完成：基准日 ${outcome.asOf},${outcome.policies.length} 项政策，用时 ${seconds} 秒\n`);
    const width = 2 * Math.max(...outcome.policies.map((policy) => policy.name.length));
    for (const policy of outcome.policies) {
      const told = outcome.notify ? `，本次通知 ${policy.notified} 家` : '';
      out.write(
        `  ${padDisplay(policy.name, width)}  符合 ${policy.eligible} 家（新增 ${policy.newlyEligible}，不再符合 ${policy.noLongerEligible}）${told}\n`,
      );
    }
    out.write(
      outcome.notify
        ? `已通知企业 ${outcome.enterprisesNotified} 条，告知兑现部门 ${outcome.departmentMessages} 条\n`
        : '未通知（加 --notify 通知新符合条件的企业和兑现部门）\n',
    );
    return 0;
  },
};
