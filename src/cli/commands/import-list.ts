import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { BATCH_STATUSES, type BatchStatus } from '../../domain/batch-status.ts';
import { listImportBatches } from '../../services/import/list-import-batches.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping import list`: the batch history, newest first, as the console's 导入批次记录 shows it (中断 included). */
export const importListCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        json: { type: 'boolean', default: false },
        status: { type: 'string' },
        dept: { type: 'string' },
        limit: { type: 'string', default: '20' },
      },
    });
    if (values.status && !BATCH_STATUSES.includes(values.status as BatchStatus))
      throw new AppError('INVALID_INPUT', `--status 应为 ${BATCH_STATUSES.join('、')} 之一，实际为“${values.status}”`);
    if (!/^\d+$/.test(values.limit)) throw new AppError('INVALID_INPUT', `--limit 应为正整数，实际为“${values.limit}”`);
    const { db } = await context.store();
    const page = await listImportBatches(db, {
      status: values.status,
      departmentCode: values.dept,
      limit: Number(values.limit),
      offset: 0,
    });
    if (values.json) {
      printJson(context, page);
      return 0;
    }
    for (const batch of page.items) {
      context.stdout.write(
        `#${batch.id}\t${batch.statusLabel}\t${batch.departmentName}\t${batch.kindLabel}\t${batch.fileName}\t${batch.startedAt}\t数据行 ${batch.totalRows}\n`,
      );
      if (batch.errorSummary) context.stdout.write(`\t${batch.errorSummary.split('\n')[0]}\n`);
    }
    context.stdout.write(
      `共 ${page.total} 个批次${page.items.length < page.total ? `，显示最新 ${page.items.length} 个` : ''}\n`,
    );
    return 0;
  },
};
