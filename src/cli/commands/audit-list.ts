import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { districtDateTimeOf } from '../../domain/district-date.ts';
import { listAuditEvents, type AuditEventListItem } from '../../services/audit/list-audit-events.ts';
import { printJson, type Command } from '../command.ts';

export const auditListCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        limit: { type: 'string', default: '20' },
        action: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const limit = Number(values.limit);
    if (!/^\d+$/.test(values.limit) || limit < 1)
      throw new AppError('INVALID_INPUT', `--limit 应为正整数，实际为“${values.limit}”`);
    const store = await context.store();
    const result = await listAuditEvents(store.db, { limit, action: values.action });
    if (values.json) {
      printJson(context, result);
      return 0;
    }
    if (result.items.length === 0) {
      context.stdout.write('暂无审计记录\n');
      return 0;
    }
    context.stdout.write('序号\t时间（北京时间）\t操作人\t动作\t对象\t摘要\n');
    for (const item of result.items) {
      context.stdout.write(
        `${item.seq}\t${formatBeijingTime(item.occurredAt)}\t${item.actor}\t${item.actionLabel}\t${item.subjectType} ${item.subjectId}\t${summarize(item)}\n`,
      );
    }
    context.stdout.write(
      `共 ${result.total} 条${values.action ? `“${result.items[0]!.actionLabel}”` : ''}记录，显示最新 ${result.items.length} 条\n`,
    );
    return 0;
  },
};

/** The district's wall-clock time of an event, as an official reads it: YYYY-MM-DD HH:mm:ss. */
function formatBeijingTime(iso: string): string {
  return districtDateTimeOf(iso).replace('T', ' ');
}

/** One line an official can read; the full payload is in --json. */
function summarize(item: AuditEventListItem): string {
  const payload = item.payload as Record<string, unknown>;
  if (item.action === 'import.committed') {
    return `${payload.department_code}/${payload.kind} ${payload.file_name}：共 ${payload.totalRows} 行，新增 ${payload.created}，更新 ${payload.updated}，未变 ${payload.unchanged}`;
  }
  if (item.action === 'import.rejected')
    return `${payload.department_code}/${payload.kind} ${payload.file_name}:${payload.reason}`;
  const text = JSON.stringify(payload);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
