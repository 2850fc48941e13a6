import { parseArgs } from 'node:util';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import { dispatchWebhooks } from '../../services/sharing/dispatch-webhooks.ts';
import {
  exportSharedResults,
  findDueExports,
  PLATFORM_RECIPIENT,
  type ExportOutcome,
} from '../../services/sharing/export-shared-results.ts';
import { readWebhookSettings } from '../../services/sharing/webhook-settings.ts';
import { printJson, type Command } from '../command.ts';
import { defaultOperator } from './evaluate.ts';
import { describeExport } from './share-export.ts';

/**
 * `xinping share run`: one round of sharing, for cron when the server is not running (or alongside it: deliveries
 * are claimed with row locks, so the two never send the same attempt): delivers the pending webhooks, then writes
 * the scheduled exports that are due. For example, every five minutes:
 *
 *   *\/5 * * * *  cd /srv/xinping && npx xinping share run >> logs/share.log 2>&1
 */
export const shareRunCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { operator: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const store = await context.store();
    const webhooks = await dispatchWebhooks(store.db, loadSecretKey(context.config.dataDir), readWebhookSettings());
    const exports: ExportOutcome[] = [];
    for (const due of await findDueExports(store.db)) {
      const departmentCode = due.recipient === PLATFORM_RECIPIENT ? undefined : due.recipient;
      exports.push(
        await exportSharedResults(store.db, {
          outDir: due.outDir,
          departmentCode,
          actor: values.operator?.trim() || defaultOperator(),
        }),
      );
    }
    if (values.json) {
      printJson(context, { webhooks, exports });
      return 0;
    }
    context.stdout.write(
      `Webhook：新入队 ${webhooks.enqueued}，送达 ${webhooks.delivered}，待重试 ${webhooks.retried}，放弃 ${webhooks.failed}${
        webhooks.hasMore ? '；还有待投递的事件，再次运行本命令或由服务继续投递' : ''
      }\n`,
    );
    if (exports.length === 0) context.stdout.write('定期共享：没有到期的导出\n');
    for (const outcome of exports) describeExport(context, outcome);
    return 0;
  },
};
