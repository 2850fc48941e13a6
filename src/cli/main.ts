import { readConfig } from '../config.ts';
import { isAppError } from '../domain/app-error.ts';
import { storeExists } from '../store/store-exists.ts';
import type { Store } from '../store/connect.ts';
import type { CommandContext, CommandListing } from './command.ts';
import { commands } from './commands/index.ts';

/** Picks the command whose name matches the most leading words. */
function findCommand(argv: string[]): { command: CommandListing; rest: string[] } | undefined {
  const matches = commands
    .filter((command) => command.name.every((word, index) => argv[index] === word))
    .sort((a, b) => b.name.length - a.name.length);
  const command = matches[0];
  return command ? { command, rest: argv.slice(command.name.length) } : undefined;
}

function printHelp(stream: NodeJS.WritableStream): void {
  stream.write('信评 xinping —— 科创企业公共信用综合评价平台\n\n用法： xinping <命令> [参数]\n\n');
  for (const command of commands) stream.write(`  ${command.usage.padEnd(58)} ${command.summary}\n`);
  stream.write('\n环境变量： XINPING_DATA_DIR（内嵌数据库目录，默认 ./data）、DATABASE_URL（PostgreSQL 连接串）\n');
  stream.write(
    '  XINPING_DATA_KEY / XINPING_DATA_KEY_ID（个人信息加密密钥，默认数据目录下 keys/）、XINPING_CRYPTO（sm 国密 SM4，默认；intl 为 AES-256）\n',
  );
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    printHelp(process.stdout);
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    process.stderr.write(`未知命令： ${argv.join(' ')}\n运行 xinping help 查看可用命令。\n`);
    return 2;
  }
  const config = readConfig();
  const command = await found.command.load();
  let opened: Store | undefined;
  const context: CommandContext = {
    args: found.rest,
    usage: found.command.usage,
    config,
    stdout: process.stdout,
    stderr: process.stderr,
    async store() {
      if (!opened) {
        // The store, its migrations and the catalog are loaded only by commands that open it.
        const { openStore } = await import('../store/connect.ts');
        const { syncCatalog } = await import('../services/catalog/sync-catalog.ts');
        opened = await openStore(config, {
          serve: found.command.servesStore,
          command: `xinping ${found.command.name.join(' ')}`,
        });
        await syncCatalog(opened.db);
        // A command that notifies enterprises (evaluate, policy match, the daily checks) queues their SMS and e-mail
        // too; the server's dispatcher or `xinping notify deliver` sends them.
        const { installChannelNotifier } = await import('../services/notifications/channel-notifier.ts');
        if (!found.command.servesStore) installChannelNotifier(opened.db);
      }
      return opened;
    },
    hasStore: () => storeExists(config),
  };
  try {
    return await command.run(context);
  } catch (error) {
    if (isAppError(error)) {
      process.stderr.write(`错误： ${error.userMessage}\n`);
      return 1;
    }
    if (
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ||
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
    ) {
      process.stderr.write(`参数错误： ${(error as Error).message}\n用法： xinping ${found.command.usage}\n`);
      return 2;
    }
    throw error;
  } finally {
    await opened?.close();
  }
}
