import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { generateDemo, type DemoSummary } from '../../services/demo/generate-demo.ts';
import { loadDemoProfile } from '../../services/demo/demo-profile.ts';
import { writeDemoFiles } from '../../services/demo/write-demo-files.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { padDisplay } from '../pad-display.ts';
import { describePublication } from '../describe-publication.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { seedDemoGradeUses } from '../../services/demo/seed-grade-uses.ts';
import { createDemoAccounts } from '../../services/accounts/create-demo-accounts.ts';
import { claimDemoStore } from '../../services/accounts/store-kind.ts';
import { printDemoAccounts } from '../print-demo-accounts.ts';

export const demoCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        enterprises: { type: 'string' },
        seed: { type: 'string' },
        'as-of': { type: 'string' },
        force: { type: 'boolean', default: false },
        'write-files': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const enterprises = values.enterprises === undefined ? undefined : parseCount(values.enterprises);
    const options = { enterprises, seed: values.seed, asOf: values['as-of'] };

    if (values['write-files'] !== undefined) {
      const directory = path.resolve(values['write-files']);
      const files = await writeDemoFiles(directory, options);
      if (values.json) printJson(context, { directory, files });
      else {
        context.stdout.write(`已在 ${directory} 写入 ${files.length} 个部门报送样例文件（国家或常用中文表头）：\n`);
        for (const file of files) context.stdout.write(`  ${file.name}  ${file.description}\n`);
        context.stdout.write(
          `\n试一试：xinping import ${path.join(directory, files[0]!.name)} --dept ${files[0]!.department}\n`,
        );
      }
      return 0;
    }

    const started = performance.now();
    const store = await context.store();
    // Demo data and its published-password accounts only in a demo store, never under NODE_ENV=production.
    await claimDemoStore(store.db);
    const summary = await generateDemo(store.db, {
      ...options,
      force: values.force,
      secretKey: loadSecretKey(context.config.dataDir),
      onProgress: values.json ? undefined : (message) => context.stderr.write(`${message}\n`),
    });
    const ensured = await ensurePublishedModel(store);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    if (values.json) printJson(context, { ...summary, seconds, publishedModel: ensured.outcome?.modelVersion ?? null });
    else {
      printSummary(context, summary, seconds);
      context.stdout.write(describePublication(ensured));
    }
    const uses = await seedDemoGradeUses(store, loadSecretKey(context.config.dataDir));
    // The same accounts `start` creates, so `demo` then `serve` leaves someone able to log in.
    const accounts = await createDemoAccounts(store.db);
    if (!values.json) {
      context.stdout.write(uses);
      printDemoAccounts(context.stdout, accounts);
    }
    return 0;
  },
};

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new AppError('INVALID_INPUT', `--enterprises 应为正整数，实际为“${text}”`);
  return Number(text);
}

function printSummary(context: CommandContext, summary: DemoSummary, seconds: number): void {
  const profile = loadDemoProfile();
  const out = context.stdout;
  out.write(
    `演示数据已生成（种子 ${summary.seed}，参考日期 ${summary.asOf}${summary.asOf === profile.referenceDate ? '，演示默认参考日' : ''}），用时 ${seconds} 秒\n`,
  );
  out.write(
    `  企业：${summary.enterprises} 家（其中历史代码 ${summary.legacyCodes} 家，已人工认可）；另有 ${summary.unregisteredSubjects} 个未登记市场主体随记录自动建档\n`,
  );
  out.write(`  批次：${summary.batches} 个；信用记录：${summary.records} 条，历史版本：${summary.versions} 条\n`);
  out.write(
    `  疑难情形：更正 ${summary.corrected} 条（第 2 版），信用修复 ${summary.repaired} 条，撤销 ${summary.revoked} 条，长期有效许可见“有效期至 2099/12/31”\n`,
  );
  out.write('  各类记录：\n');
  for (const kind of summary.kinds)
    out.write(`    ${padDisplay(kind.label, 26)}${String(kind.records).padStart(7)} 条\n`);
}
