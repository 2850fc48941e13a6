import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { describeRecord, type RecordWithPublicity } from '../../services/evaluation/describe-record.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';

const CHANGE_LABELS: Record<string, string> = { created: '首次报送', corrected: '更正' };

function printRecord(context: CommandContext, record: RecordWithPublicity): void {
  const out = context.stdout;
  out.write(`信用记录 #${record.id}:${record.kindLabel}(${record.departmentName})\n`);
  out.write(`  主体：${record.enterprise.name}(${record.enterprise.uscc})\n`);
  out.write(`  自然键：${record.naturalKey}；当前第 ${record.version} 版，状态 ${record.status}\n`);
  if (record.notYetExisting) out.write(`  ${record.notYetExisting.message}\n`);
  const publicity = record.publicity;
  if (publicity) {
    out.write(
      `  公示：程度 ${publicity.level};${publicity.repairableFrom ? `${publicity.repairableFrom} 起可申请信用修复` : '无需申请修复'};` +
        `${publicity.publicUntil ? `公示至 ${publicity.publicUntil}` : '公示至移出或履行完毕'}；截至 ${publicity.asOf} 状态：${publicity.status}\n`,
    );
    out.write(
      `    适用规则：${publicity.regime.title}(${publicity.regime.reference})${publicity.confirmed ? '' : '；部分期限尚未与原文核对'}\n`,
    );
    const own = publicity.departmentWindow;
    if (own) {
      out.write(
        `    部门公示系统：${own.publicUntil ? `公示至 ${own.publicUntil}` : '公示至移出'};${own.repairableFrom ? `${own.repairableFrom} 起可申请信用修复` : '无需申请修复'}` +
          `（${own.regime.title},${own.regime.reference}；只作显示，本平台按上面的公示期）\n`,
      );
    }
    if (publicity.repairPath)
      out.write(`    信用修复：${publicity.repairPath.path}(${publicity.repairPath.reference})\n`);
  }
  out.write('  版本与来源：\n');
  for (const version of record.versions) {
    const source = version.provenance
      ? `批次 ${version.provenance.batchId} ${version.provenance.fileName}(${version.provenance.format},${version.provenance.operator},${version.provenance.receivedAt})${version.sourceRow === null ? '' : ` 第 ${version.sourceRow} 行`}`
      : '无批次';
    out.write(
      `    第 ${version.version} 版 ${CHANGE_LABELS[version.change] ?? version.change}，状态 ${version.status},${version.occurredOn ?? '日期不详'}；记录于 ${version.recordedAt}；来源：${source}\n`,
    );
  }
}

/** `xinping record show ID [--json]`: a record, every version with its provenance, and its publicity window (negative records). */
export const recordShowCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
    });
    if (positionals.length !== 1) {
      context.stderr.write(`请给出一条记录的编号\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    if (!/^\d+$/.test(positionals[0]))
      throw new AppError('INVALID_INPUT', `记录编号应为正整数，实际为“${positionals[0]}”`);
    const { db } = await context.store();
    const record = await describeRecord(db, Number(positionals[0]), { asOf: values['as-of'] });
    if (values.json) printJson(context, record);
    else printRecord(context, record);
    return 0;
  },
};
