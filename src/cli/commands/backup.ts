import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { backUpStore } from '../../services/operations/back-up-store.ts';
import type { StoreFigures } from '../../services/operations/read-store-figures.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';

/** The figures an operator notes down and compares after a restore. */
export function printStoreFigures(context: CommandContext, figures: StoreFigures): void {
  const head = figures.auditHead ? `序号 ${figures.auditHead.seq}，哈希 ${figures.auditHead.hash}` : '尚无事件';
  context.stdout.write(
    `  审计链：${figures.auditOk ? '校验通过' : `校验未通过（${figures.auditProblem}）`}，链头 ${head}\n` +
      `  当前信用等级：${figures.gradedEnterprises} 家企业，摘要 ${figures.gradesDigest}\n`,
  );
}

export const backupCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: { 'no-verify': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1)
      throw new AppError('INVALID_INPUT', '请给出一个备份文件路径，例如 xinping backup 备份.gz');
    const result = await backUpStore(await context.store(), context.config, path.resolve(file), {
      verify: !values['no-verify'],
    });
    if (values.json) {
      printJson(context, result);
    } else {
      context.stdout.write(
        `已备份${result.format === 'pglite' ? '内嵌数据库' : ' PostgreSQL 数据库'}到 ${result.file}（${result.bytes} 字节）\n`,
      );
      printStoreFigures(context, result.figures);
      if (result.verified === null) context.stdout.write('未校验（--no-verify）\n');
      else if (result.verified)
        context.stdout.write('校验通过：恢复到临时库后，审计链链头与全部企业的当前信用等级一致\n');
      else context.stdout.write(`校验未通过：\n${result.problems.map((problem) => `  ${problem}\n`).join('')}`);
      context.stdout.write(
        `注意：备份只含数据库；数据目录中的密钥（secret.key、keys/）、附件（attachments/）与模型草稿（models/）须另行备份，密钥与备份文件分开保管。\n`,
      );
    }
    return result.verified === false ? 1 : 0;
  },
};
