import { parseArgs } from 'node:util';
import { loadSecretKey, type SecretKey } from '../../services/import/protect-personal.ts';
import { availableChannels, readDeliverySettings } from '../../services/notifications/delivery-settings.ts';
import { dispatchNotificationDeliveries } from '../../services/notifications/dispatch-notification-deliveries.ts';
import { printJson, type Command } from '../command.ts';

/**
 * `xinping notify deliver`: one pass of SMS and e-mail delivery (docs/integration.md), for cron when the server is not
 * running, or alongside it (each delivery is claimed with a lease, so the two never send the same attempt). For
 * example, every five minutes:
 *
 *   0/5 * * * *  cd /srv/xinping && npx xinping notify deliver >> logs/notify.log 2>&1
 */
export const notifyDeliverCommand: Command = {
  async run(context) {
    const { values } = parseArgs({ args: context.args, options: { json: { type: 'boolean', default: false } } });
    const settings = readDeliverySettings();
    if (availableChannels(settings).length === 0) {
      context.stderr.write('未配置短信网关（XINPING_SMS_URL）或邮件服务器（XINPING_SMTP_HOST），没有可发送的渠道\n');
      return 1;
    }
    const store = await context.store();
    let key: SecretKey | undefined;
    const outcome = await dispatchNotificationDeliveries(
      store.db,
      settings,
      () => (key ??= loadSecretKey(context.config.dataDir)),
    );
    if (values.json) printJson(context, outcome);
    else
      context.stdout.write(
        `已发送 ${outcome.sent} 条；失败待重试 ${outcome.retrying} 条，放弃 ${outcome.failed} 条，超过频率上限顺延 ${outcome.deferred} 条\n`,
      );
    return outcome.failed > 0 || outcome.retrying > 0 ? 1 : 0;
  },
};
