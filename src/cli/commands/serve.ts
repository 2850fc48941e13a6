import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { checkListenAddress, readServerEnvironment, startServer } from '../../server/start-server.ts';
import type { Store } from '../../store/connect.ts';
import { prepareStartAccounts } from '../../services/accounts/prepare-start-accounts.ts';
import { openClusterQueue } from '../../services/jobs/open-cluster-queue.ts';
import { seedDemoAssociationMembers } from '../../services/demo/seed-association-members.ts';
import type { Command, CommandContext } from '../command.ts';
import { printStartAccounts } from '../print-demo-accounts.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

/** Reads --port (else $PORT, else 8080) and --host (else 127.0.0.1). */
export function readListenAddress(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { host: string; port: number } {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } });
  const portText = values.port ?? env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new AppError('INVALID_INPUT', `端口应为 0–65535 的整数，实际为“${portText}”`);
  return { host: values.host ?? DEFAULT_HOST, port };
}

/** Resolves on Ctrl+C or SIGTERM. */
export function waitForShutdown(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Serves the API on the store until Ctrl+C or SIGTERM (used by `serve`, and by `start` once the store is ready). */
export async function serveUntilStopped(
  context: CommandContext,
  store: Store,
  address: { host: string; port: number },
): Promise<void> {
  // Demo accounts on every start of a demo store (refused under NODE_ENV=production), the initial administrator of a new production store.
  const accounts = await prepareStartAccounts(store.db);
  // The demo association's members, once its account exists (the first `start` seeds the district before it does).
  if (accounts.kind === 'demo') await seedDemoAssociationMembers(store.db);
  const loginHint = printStartAccounts(context.stdout, accounts);
  // PostgreSQL: the job queue shared with the other instances and the workers (ARCHITECTURE.md, "Several instances").
  const queue = await openClusterQueue(store, context.config, (error) =>
    context.stderr.write(`任务队列出错：${error instanceof Error ? error.message : String(error)}\n`),
  );
  const { app, url } = await startServer(store, {
    ...readServerEnvironment(),
    ...address,
    dataDir: context.config.dataDir,
    queue: queue ?? undefined,
    isWorking: process.env.XINPING_SERVE_WORKS === '1',
  });
  context.stdout.write(
    `信评已启动：${url}\n` +
      `  网页界面：${url}/ （${loginHint}；公众页面无需登录）\n` +
      `  接口文档：${url}/docs\n` +
      `  OpenAPI:${url}/openapi.json\n` +
      `  数据库：${store.engine === 'pglite' ? `内嵌 PGlite(${context.config.dataDir})` : 'PostgreSQL'}\n` +
      (queue
        ? `  任务队列：PostgreSQL（定期任务、批量评价与发布新版本后的重评、网页导入、模型模拟与审计链校验由 xinping worker 执行${process.env.XINPING_SERVE_WORKS === '1' ? '，本实例也参与' : '；本实例只排队，请至少启动一个 xinping worker，或设置 XINPING_SERVE_WORKS=1'}）\n`
        : '') +
      '按 Ctrl+C 停止。\n',
  );
  await waitForShutdown();
  await app.close();
  await queue?.stop();
  context.stdout.write('信评已停止。\n');
}

export const serveCommand: Command = {
  async run(context) {
    const address = readListenAddress(context.args);
    await checkListenAddress(address);
    await serveUntilStopped(context, await context.store(), address);
    return 0;
  },
};
