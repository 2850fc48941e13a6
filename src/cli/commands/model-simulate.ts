import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { simulateModel, type SimulationReport } from '../../services/evaluation/simulate-model.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { defaultOperator } from './evaluate.ts';

const formatCount = (value: number) => value.toLocaleString('en-US');

function printReport(context: CommandContext, report: SimulationReport, limit: number): void {
  const out = context.stdout;
  out.write(
    `模拟草稿 ${report.draft.modelVersion}（摘要 ${report.draft.digest.slice(0, 12)}…,${report.draft.dir}），评价基准日 ${report.asOf}，企业 ${formatCount(report.enterprises)} 家\n`,
  );
  out.write(
    report.published ? `对比现行发布版本 ${report.published.modelVersion}\n` : '尚无发布版本：以下仅为草稿的等级分布\n',
  );
  out.write('等级分布：\n');
  for (const grade of report.grades) {
    const draft = report.distribution.draft[grade] ?? 0;
    const current = report.distribution.published?.[grade];
    out.write(
      `  ${grade}  ${current === undefined ? '' : `现行 ${formatCount(current).padStart(9)}  →  `}草稿 ${formatCount(draft).padStart(9)}\n`,
    );
  }
  if (report.transitions) {
    out.write(
      `等级迁移矩阵（行：现行等级，列：草稿等级）：\n      ${report.grades.map((grade) => grade.padStart(9)).join('')}\n`,
    );
    for (const from of report.grades)
      out.write(
        `  ${from.padEnd(4)}${report.grades.map((to) => formatCount(report.transitions![from][to]).padStart(9)).join('')}\n`,
      );
    out.write(
      `等级变化的企业 ${formatCount(report.movedCount)} 家${report.movedCount > limit ? `（列出前 ${limit} 家，--limit 可调，--json 列出全部）` : ''}:\n`,
    );
    for (const moved of report.moved.slice(0, limit))
      out.write(
        `  ${moved.uscc}  ${moved.fromGrade}→${moved.toGrade}  ${moved.fromScore} → ${moved.toScore}  主要因为：${moved.reasons.join('；')}\n`,
      );
  }
  if (report.changeLog) {
    out.write(`与 ${report.changeLog.from} 相比的变更（${report.changeLog.changes.length} 项）：\n`);
    for (const change of report.changeLog.changes) out.write(`  ${change.text}\n`);
  }
  out.write(
    `已记录本次模拟（版本状态：已模拟），用时 ${report.seconds} 秒；确认后可运行 xinping model publish ${report.draft.dir} --operator 姓名\n`,
  );
}

/** `xinping model simulate DRAFT_DIR`: the draft against the published version, on every enterprise, nothing stored but the simulation. */
export const modelSimulateCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        limit: { type: 'string' },
        operator: { type: 'string' },
      },
    });
    if (positionals.length !== 1) {
      context.stderr.write(`请给出模型草稿目录\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    if (values.limit !== undefined && !/^\d+$/.test(values.limit))
      throw new AppError('INVALID_INPUT', `--limit 应为非负整数，实际为“${values.limit}”`);
    const store = await context.store();
    const report = await simulateModel(store, path.resolve(positionals[0]), {
      operator: values.operator?.trim() || defaultOperator(),
      asOf: values['as-of'],
    });
    if (values.json) printJson(context, report);
    else printReport(context, report, values.limit === undefined ? 20 : Number(values.limit));
    return 0;
  },
};
