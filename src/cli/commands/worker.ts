import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadSigningKey } from '../../services/crypto/signing-key.ts';
import { loadSecretKey, type SecretKey } from '../../services/import/protect-personal.ts';
import { openClusterQueue } from '../../services/jobs/open-cluster-queue.ts';
import { workClusterQueues } from '../../services/jobs/work-cluster-queues.ts';
import { listClusterPeriodicJobs, startPeriodicOffers } from '../../services/scheduling/cluster-periodic-jobs.ts';
import { readUpwardSettings } from '../../services/upward/upward-settings.ts';
import type { Command } from '../command.ts';
import { waitForShutdown } from './serve.ts';

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * `xinping worker [--concurrency N]`: on PostgreSQL, claims the queue's work — full-evaluation shards (N at a time,
 * default 1), web imports, model simulations and the periodic passes — until Ctrl+C or SIGTERM; it also offers the
 * periodic jobs, so a cluster runs them even with no server up. Any number of workers on any number of machines share
 * one database (ARCHITECTURE.md, "Several instances"; docs/deployment.md).
 */
export const workerCommand: Command = {
  async run(context) {
    const { values } = parseArgs({ args: context.args, options: { concurrency: { type: 'string' } } });
    const concurrency = Number(values.concurrency ?? '1');
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      context.stderr.write(`--concurrency 应为 1–64 的整数，实际为“${values.concurrency}”\n`);
      return 2;
    }
    if (!context.config.databaseUrl) {
      context.stderr.write(
        'xinping worker 只用于 PostgreSQL 部署（设置 DATABASE_URL）；内嵌数据库由 xinping serve 一个进程完成全部任务。\n',
      );
      return 2;
    }
    const store = await context.store();
    const reportError = (error: unknown) => context.stderr.write(`任务队列出错：${describeError(error)}\n`);
    const queue = await openClusterQueue(store, context.config, reportError);
    if (!queue) return 2;
    const dataDir = context.config.dataDir;
    let signingKey: ReturnType<typeof loadSigningKey> | undefined;
    const upwardConfigured = Boolean(process.env.XINPING_UPWARD_URL || process.env.XINPING_UPWARD_DIR);
    const jobs = listClusterPeriodicJobs({
      db: store.db,
      signingKey: () => (signingKey ??= loadSigningKey(dataDir)),
      upward: upwardConfigured ? readUpwardSettings(dataDir) : null,
      onError: (error) => context.stderr.write(`定期任务中的一项检查失败：${describeError(error)}\n`),
    });
    const offers = startPeriodicOffers(queue, jobs, reportError);
    const worker = `worker ${os.hostname()}:${process.pid}`;
    let secretKey: SecretKey | undefined;
    await workClusterQueues(store, queue, jobs, {
      worker,
      shardConcurrency: concurrency,
      secretKey: () => (secretKey ??= loadSecretKey(dataDir)),
      log: {
        info: (line) => context.stdout.write(`${line}\n`),
        error: (error, line) => context.stderr.write(`${line}：${describeError(error)}\n`),
      },
    });
    context.stdout.write(`信评工作进程已启动（${worker}，同时评价 ${concurrency} 个分片）。按 Ctrl+C 停止。\n`);
    await waitForShutdown();
    await offers.stop();
    await queue.stop();
    context.stdout.write('信评工作进程已停止。\n');
    return 0;
  },
};
