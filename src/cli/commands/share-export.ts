import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { exportSharedResults, type ExportOutcome } from '../../services/sharing/export-shared-results.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { defaultOperator } from './evaluate.ts';

export function describeExport(context: CommandContext, outcome: ExportOutcome): void {
  context.stdout.write(
    `已导出 ${outcome.file}\n` +
      `  接收方：${outcome.recipient === '*' ? '全平台' : outcome.recipient}；企业评价结果 ${outcome.enterprises} 家，新增失信记录 ${outcome.negativeRecords} 条，已修复记录 ${outcome.repairedRecords} 条（截至共享事件 ${outcome.lastEventId}）\n`,
  );
}

/**
 * `xinping share export`: 定期共享 for departments that still exchange files. With --every-days the
 * recipient is also scheduled, and `xinping share run` (from cron) exports it again when due.
 */
export const shareExportCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        out: { type: 'string' },
        department: { type: 'string' },
        'every-days': { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (!values.out) throw new AppError('INVALID_INPUT', '请用 --out 指定导出目录');
    const everyDays = values['every-days'] === undefined ? undefined : Number(values['every-days']);
    const store = await context.store();
    const outcome = await exportSharedResults(store.db, {
      outDir: path.resolve(values.out),
      departmentCode: values.department?.trim() || undefined,
      everyDays,
      actor: values.operator?.trim() || defaultOperator(),
    });
    if (values.json) printJson(context, outcome);
    else describeExport(context, outcome);
    return 0;
  },
};
