import { parseArgs } from 'node:util';
import { loadSigningKey, type SigningKey } from '../../services/crypto/signing-key.ts';
import { runUpwardSharing } from '../../services/upward/run-upward-sharing.ts';
import { readUpwardSettings } from '../../services/upward/upward-settings.ts';
import { writeUpwardPackage } from '../../services/upward/write-upward-package.ts';
import { printJson, type Command } from '../command.ts';
import { defaultOperator } from './evaluate.ts';

/**
 * `xinping upward run`: one round of 向上共享 (docs/integration.md), for cron when the server is not running, or
 * alongside it (batches are claimed with a lease, so the two never send the same attempt). `--package-day` also
 * writes (or shows) the signed package of that day, e.g. today's before the day has ended. For example, hourly:
 *
 *   0 * * * *  cd /srv/xinping && npx xinping upward run >> logs/upward.log 2>&1
 */
export const upwardRunCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        'package-day': { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const store = await context.store();
    const settings = readUpwardSettings(context.config.dataDir);
    let key: SigningKey | undefined;
    const signingKey = () => (key ??= loadSigningKey(context.config.dataDir));
    const actor = values.operator?.trim() || defaultOperator();
    const outcome = await runUpwardSharing(store.db, settings, signingKey, { actor });
    const packaged = values['package-day']
      ? await writeUpwardPackage(store.db, signingKey(), {
          day: values['package-day'],
          outDir: settings.packageDir,
          actor,
        })
      : undefined;
    if (values.json) {
      printJson(context, { ...outcome, package: packaged ?? null });
      return outcome.push.failure ? 1 : 0;
    }
    const { push } = outcome;
    context.stdout.write(`新列入待报送 ${outcome.enqueued} 条\n`);
    for (const day of outcome.packagedDays)
      context.stdout.write(`已生成 ${day} 的签名日包（${settings.packageDir}）\n`);
    if (packaged)
      context.stdout.write(
        `${packaged.isNew ? '已生成' : '已有'} ${packaged.day} 的签名日包：${packaged.directory}，共 ${packaged.manifest.counts.total} 条\n`,
      );
    if (!push.isConfigured) context.stdout.write('未配置接收地址（XINPING_UPWARD_URL），本轮不推送\n');
    else
      context.stdout.write(
        `推送：新建批次 ${push.batchesCreated}，送达批次 ${push.batchesDelivered}；已确认 ${push.acknowledged} 条，被退回 ${push.rejected} 条，无回执 ${push.sentWithoutReceipt} 条\n` +
          (push.failure ? `未送达：${push.failure}；待报送的批次将按退避时间重试\n` : ''),
      );
    return push.failure ? 1 : 0;
  },
};
