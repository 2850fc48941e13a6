import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.ts';
import { findModelDirs, formatProblem } from '../../engine/load-model.ts';
import { lintModel } from '../../engine/lint-model.ts';

/** The model directories a command works on: the one given, or every model under models/. */
export function modelDirsFromArgs(args: string[]): string[] {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  return positionals.length > 0 ? positionals.map((dir) => path.resolve(dir)) : findModelDirs();
}

export const modelLintCommand: Command = {
  async run(context) {
    const dirs = modelDirsFromArgs(context.args);
    if (dirs.length === 0) {
      context.stderr.write('没有找到模型（models/<模型标识>/<版本>/model.yaml）\n');
      return 1;
    }
    let failed = 0;
    for (const dir of dirs) {
      const { dir: where, model, problems } = lintModel(dir);
      if (problems.length === 0 && model) {
        const cases = model.indicators.reduce((sum, indicator) => sum + indicator.tests.length, model.tests.length);
        context.stdout.write(
          `✓ ${where}：检查通过（${model.dimensions.length} 个维度、${model.indicators.length} 个指标、${model.parameters.size} 个参数、${cases} 个测试用例）\n`,
        );
        continue;
      }
      failed += 1;
      context.stdout.write(`✗ ${where}：发现 ${problems.length} 处问题\n`);
      for (const problem of problems) context.stdout.write(`  ${formatProblem(problem)}\n`);
    }
    return failed === 0 ? 0 : 1;
  },
};
