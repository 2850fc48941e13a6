import { parseArgs } from 'node:util';
import { acceptLegacyUscc } from '../../services/enterprises/accept-legacy-uscc.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping enterprise accept-legacy USCC --reason TEXT --operator NAME`: accepts a known legacy code, with who and why. */
export const enterpriseAcceptLegacyCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      options: { reason: { type: 'string' }, operator: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || values.operator === undefined || values.reason === undefined) {
      context.stderr.write(`须给出一个统一社会信用代码及 --reason、--operator\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const { db } = await context.store();
    const accepted = await acceptLegacyUscc(db, {
      uscc: positionals[0],
      reason: values.reason,
      operator: values.operator,
    });
    if (values.json) printJson(context, accepted);
    else
      context.stdout.write(
        `已认可历史代码 ${accepted.uscc}（未通过校验的原因：${accepted.failure}；认可理由：${accepted.reason}；认可人：${accepted.acceptedBy}）\n`,
      );
    return 0;
  },
};
