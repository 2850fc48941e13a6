import os from 'node:os';
import { parseArgs } from 'node:util';
import { isAppError } from '../../domain/app-error.ts';
import { importFile, resolveDepartment, type ImportResult } from '../../services/import/import-file.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { createProgressReporter, pickProgressMode } from '../progress.ts';

const LISTED_ERRORS_IN_TEXT = 50;
const FORMAT_LABELS: Record<string, string> = { xlsx: 'Excel', csv: 'CSV', json: 'JSON', ndjson: 'JSON Lines' };

function defaultOperator(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || 'unknown';
  }
}

function printSummary(context: CommandContext, result: ImportResult): void {
  const out = context.stdout;
  out.write(
    result.status === 'committed'
      ? `导入完成：批次 #${result.batchId} 已入库\n`
      : `导入被拒绝：批次 #${result.batchId} 未入库\n`,
  );
  out.write(`  报送单位：${result.department.name}(${result.department.code})\n`);
  out.write(
    `  数据类别：${result.kind.label}(${result.kind.code})，文件格式 ${FORMAT_LABELS[result.format] ?? result.format}\n`,
  );
  out.write(
    `  数据行 ${result.totalRows}：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}，有错误 ${result.rejected}\n`,
  );
  if (result.reason) out.write(`  原因：${result.reason}\n`);
  if (result.errorCount > 0) {
    out.write(`  错误（共 ${result.errorCount} 处）：\n`);
    for (const error of result.errors.slice(0, LISTED_ERRORS_IN_TEXT))
      out.write(`    第${error.row}行 【${error.column}】${error.reason}\n`);
    if (result.errorCount > LISTED_ERRORS_IN_TEXT)
      out.write(`    …… 其余 ${result.errorCount - LISTED_ERRORS_IN_TEXT} 处见错误数据文件或 --json 输出\n`);
  }
  if (result.warningCount > 0) {
    out.write(`  警告（共 ${result.warningCount} 处，已入库的行，请核对）：\n`);
    for (const warning of result.warnings.slice(0, LISTED_ERRORS_IN_TEXT))
      out.write(`    第${warning.row}行 【${warning.column}】${warning.reason}\n`);
    if (result.warningCount > LISTED_ERRORS_IN_TEXT)
      out.write(`    …… 其余 ${result.warningCount - LISTED_ERRORS_IN_TEXT} 处见 --json 输出\n`);
  }
  if (result.rejectionFile) out.write(`  未入库的行及错误原因已写入：${result.rejectionFile}\n`);
}

export const importCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: {
        dept: { type: 'string' },
        kind: { type: 'string' },
        'accept-valid': { type: 'boolean', default: false },
        rejections: { type: 'string' },
        json: { type: 'boolean', default: false },
        operator: { type: 'string' },
        progress: { type: 'boolean', default: false },
        'chunk-size': { type: 'string' },
      },
    });
    const fail = (message: string, code = 'INVALID_INPUT', showUsage = true): number => {
      if (values.json) printJson(context, { status: 'error', code, reason: message });
      else context.stderr.write(`错误： ${message}\n${showUsage ? `用法： xinping ${context.usage}\n` : ''}`);
      return 1;
    };
    if (positionals.length !== 1) return fail(positionals.length === 0 ? '请指定要导入的文件' : '一次只能导入一个文件');
    if (!values.dept) return fail('请用 --dept 指定报送单位（代码、全称或简称）');
    const chunkSize = values['chunk-size'] === undefined ? undefined : Number(values['chunk-size']);
    if (chunkSize !== undefined && !(Number.isInteger(chunkSize) && chunkSize > 0))
      return fail('--chunk-size 应为正整数');

    const progress = createProgressReporter(
      context.stderr,
      values.json && !values.progress ? 'none' : pickProgressMode(context.stderr, values.progress),
    );
    try {
      resolveDepartment(values.dept); // refuse an unknown department before opening the store
      const store = await context.store();
      const result = await importFile(store.db, {
        file: positionals[0],
        department: values.dept,
        kind: values.kind,
        mode: values['accept-valid'] ? 'accept-valid' : 'all-or-nothing',
        operator: values.operator?.trim() || defaultOperator(),
        secretKey: loadSecretKey(context.config.dataDir),
        rejectionPath: values.rejections,
        chunkSize,
        onProgress: (snapshot) => progress.update(snapshot),
      });
      progress.finish();
      if (values.json) {
        const {
          batchId,
          status,
          department,
          kind,
          totalRows,
          created,
          updated,
          unchanged,
          rejected,
          errors,
          errorCount,
          warnings,
          warningCount,
          rejectionFile,
          reason,
          format,
          fileHash,
        } = result;
        printJson(context, {
          batchId,
          status,
          department: department.code,
          departmentName: department.name,
          kind: kind.code,
          kindLabel: kind.label,
          format,
          fileHash,
          totalRows,
          created,
          updated,
          unchanged,
          rejected,
          errors,
          errorCount,
          warnings,
          warningCount,
          rejectionFile,
          ...(reason ? { reason } : {}),
        });
      } else {
        printSummary(context, result);
      }
      return result.status === 'committed' ? 0 : 1;
    } catch (error) {
      progress.finish();
      if (isAppError(error)) return fail(error.userMessage, error.code, false);
      throw error;
    }
  },
};
