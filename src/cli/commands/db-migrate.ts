import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  async run(context) {
    const store = await context.store();
    context.stdout.write(`数据库已是最新结构（${store.engine === 'pglite' ? '内嵌 PGlite' : 'PostgreSQL'}）\n`);
    return 0;
  },
};
