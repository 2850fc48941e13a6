import type { Command } from '../command.ts';
import { loadModel } from '../../engine/load-model.ts';
import { runModelTests } from '../../engine/run-model-tests.ts';
import { modelDirsFromArgs } from './model-lint.ts';

export const modelTestCommand: Command = {
  async run(context) {
    const dirs = modelDirsFromArgs(context.args);
    if (dirs.length === 0) {
      context.stderr.write('没有找到模型（models/<模型标识>/<版本>/model.yaml）\n');
      return 1;
    }
    let failed = 0;
    let total = 0;
    for (const dir of dirs) {
      const model = loadModel(dir);
      context.stdout.write(`${model.title}(${model.id}/${model.version})\n`);
      for (const outcome of runModelTests(model)) {
        total += 1;
        const where = outcome.test.indicator ?? '整体';
        context.stdout.write(`  ${outcome.passed ? '✓' : '✗'} [${where}] ${outcome.test.name}\n`);
        if (!outcome.passed) {
          failed += 1;
          for (const failure of outcome.failures) context.stdout.write(`      ${failure}(${outcome.test.file})\n`);
        }
      }
    }
    context.stdout.write(failed === 0 ? `全部 ${total} 个用例通过\n` : `${total} 个用例中 ${failed} 个未通过\n`);
    return failed === 0 ? 0 : 1;
  },
};
