import { parseArgs } from 'node:util';
import { checkUsccCodes, type UsccCheck } from '../../services/enterprises/check-uscc-codes.ts';
import { printJson, type Command } from '../command.ts';
import { districtDateOf } from '../../domain/district-date.ts';

function describeLegacy(legacy: NonNullable<UsccCheck['legacy']>): string {
  return `历史代码：${legacy.failure}，已由${legacy.acceptedBy}于${districtDateOf(legacy.acceptedAt)}人工认可（${legacy.reason}）`;
}

/** `xinping uscc CODE...`: one line per code, `CODE<TAB>valid` or `CODE<TAB>invalid<TAB>reason`; exit 1 if any is invalid. */
export const usccCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length === 0) {
      context.stderr.write(`请给出至少一个统一社会信用代码\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    // Validation needs no store; only the look-up of accepted legacy codes does, and never creates one.
    const checks = await checkUsccCodes(positionals, async () =>
      context.hasStore?.() ? (await context.store()).db : undefined,
    );
    checks.forEach((check, index) => {
      if (values.json) {
        printJson(context, {
          input: positionals[index],
          code: check.normalized,
          valid: check.valid,
          failure: check.failure,
          reason: check.reason,
          warning: check.warning,
          legacy: check.legacy,
        });
        return;
      }
      const note = check.legacy ? describeLegacy(check.legacy) : check.warning ? `警告：${check.warning}` : undefined;
      const columns = check.valid ? [check.normalized, 'valid', note] : [check.normalized, 'invalid', check.reason];
      context.stdout.write(`${columns.filter((column) => column !== undefined).join('\t')}\n`);
    });
    return checks.every((check) => check.valid) ? 0 : 1;
  },
};
