import { generateDemo, type DemoOptions, type DemoSummary } from '../../services/demo/generate-demo.ts';
import { summarizeStore } from '../../services/demo/summarize-store.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { padDisplay } from '../pad-display.ts';
import { readListenAddress, serveUntilStopped } from './serve.ts';
import { checkListenAddress } from '../../server/start-server.ts';
import { claimDemoStore, isProductionEnvironment, readStoreKind } from '../../services/accounts/store-kind.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { describePublication } from '../describe-publication.ts';
import { seedDemoGradeUses } from '../../services/demo/seed-grade-uses.ts';

/**
 * `xinping start` (`npm start`): the README's one command. Opens the store (creating and migrating it), fills an
 * empty one with the default demo district, and says where the data is and what to try next.
 *
 * Serving comes after `preparePlatform`: once the store is ready, start the HTTP server on it (src/server) and wait
 * for Ctrl+C — the banner below is what the operator reads before the server's own lines.
 */
export const startCommand: Command = {
  async run(context) {
    const address = readListenAddress(context.args);
    await checkListenAddress(address);
    const { store } = await preparePlatform(context);
    await serveUntilStopped(context, store, address);
    return 0;
  },
};

/** Opens the store, generates the demo if the registry is empty, prints the banner. `demo` overrides the defaults (tests). */
export async function preparePlatform(
  context: CommandContext,
  demo: Partial<Omit<DemoOptions, 'secretKey'>> = {},
): Promise<{ store: Store; demo?: DemoSummary }> {
  const store = await context.store();
  const out = context.stdout;
  out.write(`信评 xinping —— 科创企业公共信用综合评价平台\n数据库：${describeStore(context, store)}\n`);

  let summary: DemoSummary | undefined;
  // A new store is a demo unless NODE_ENV=production (then serving gives it an initial administrator instead).
  if (
    !isProductionEnvironment() &&
    (await readStoreKind(store.db)) !== 'production' &&
    (await summarizeStore(store.db)).enterprises === 0
  ) {
    await claimDemoStore(store.db);
    out.write('首次启动：企业库为空，正在生成演示数据（鄂州市华容区，约 2,000 家科创企业及近五年信用记录）…\n');
    const started = performance.now();
    summary = await generateDemo(store.db, {
      ...demo,
      secretKey: loadSecretKey(context.config.dataDir),
      onProgress: (message) => context.stderr.write(`  ${message}\n`),
    });
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    out.write(
      `演示数据已生成（种子 ${summary.seed}，参考日期 ${summary.asOf}），用时 ${seconds} 秒。演示数据由“演示数据”操作人写入，切勿用于生产。\n`,
    );
  }
  // Nobody has a grade until a model version is published: a fresh platform publishes v1 through the same audited
  // lifecycle an administrator would use (simulate, publish, evaluate everyone).
  out.write(describePublication(await ensurePublishedModel(store)));
  if (summary) out.write(await seedDemoGradeUses(store, loadSecretKey(context.config.dataDir)));

  const counts = await summarizeStore(store.db);
  out.write(
    `现有：企业 ${counts.enterprises} 家，信用记录 ${counts.records} 条，导入批次 ${counts.batches} 个，审计事件 ${counts.auditEvents} 条\n\n`,
  );
  out.write('下一步：\n');
  for (const [command, what] of [...NEXT_STEPS, ['help', '全部命令']])
    out.write(`  ${padDisplay(`npx xinping ${command}`, 52)}${what}\n`);
  return { store, demo: summary };
}

const NEXT_STEPS: Array<[string, string]> = [
  ['enterprise list --query 光电', '按名称片段或代码检索企业'],
  ['enterprise show <统一社会信用代码>', '查看企业及其信用记录'],
  ['demo --write-files ./样例文件', '生成可导入的部门报送样例文件'],
  ['import <文件> --dept 区市场监管局', '导入部门报送文件（xlsx / csv / json）'],
  ['audit list', '查看审计记录'],
  ['audit verify', '校验审计链是否被篡改'],
];

function describeStore(context: CommandContext, store: Store): string {
  if (store.engine === 'pglite') return `内嵌 PGlite，数据目录 ${context.config.dataDir}（可用 XINPING_DATA_DIR 指定）`;
  if (!context.config.databaseUrl || !URL.canParse(context.config.databaseUrl)) return 'PostgreSQL';
  // Never print the password of DATABASE_URL.
  const url = new URL(context.config.databaseUrl);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.host}${url.pathname}（来自 DATABASE_URL，用户 ${decodeURIComponent(url.username) || '默认'}）`;
}
