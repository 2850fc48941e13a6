import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { restoreStore } from '../../services/operations/restore-store.ts';
import { printJson, type Command } from '../command.ts';
import { printStoreFigures } from './backup.ts';

export const restoreCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1)
      throw new AppError('INVALID_INPUT', '请给出一个备份文件路径，例如 xinping restore 备份.gz');
    const result = await restoreStore(context.config, path.resolve(file));
    if (values.json) {
      printJson(context, result);
    } else {
      context.stdout.write(
        `已恢复到${result.format === 'pglite' ? `内嵌数据目录 ${context.config.dataDir}` : ' DATABASE_URL 所指的数据库'}\n`,
      );
      printStoreFigures(context, result.figures);
      context.stdout.write('请核对上面的链头与等级摘要是否与备份时输出的一致。\n');
    }
    return result.figures.auditOk ? 0 : 1;
  },
};
