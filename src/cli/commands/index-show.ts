import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { DIMENSIONS, type Dimension } from '../../domain/index-dimensions.ts';
import { readIndexSeries, type IndexSeries } from '../../services/credit-index/read-index-series.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { padDisplay } from '../pad-display.ts';

/** `xinping index show`: the credit index series as the portal publishes it (withheld groups without numbers). */
export const indexShowCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        dimension: { type: 'string', default: 'district' },
        group: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (!(DIMENSIONS as readonly string[]).includes(values.dimension)) {
      throw new AppError(
        'INVALID_INPUT',
        `--dimension 应为 ${DIMENSIONS.join('、')} 之一，实际为“${values.dimension}”`,
      );
    }
    const store = await context.store();
    const series = await readIndexSeries(store.db, {
      dimension: values.dimension as Dimension,
      group: values.group,
      from: values.from,
      to: values.to,
    });
    if (values.json) printJson(context, series);
    else printSeries(context, series);
    return 0;
  },
};

function printSeries(context: CommandContext, series: IndexSeries): void {
  const out = context.stdout;
  out.write(
    `信用指数（${series.dimensionLabel}，基期 ${series.baseMonth} = 100，方法摘要 ${series.methodDigest.slice(0, 12)}），编制方法：docs/credit-index.md\n`,
  );
  if (series.series.length === 0) {
    out.write(`${series.from} 至 ${series.to} 没有指数数据（尚无评价结果或月份未结算）\n`);
    return;
  }
  const sources = new Map(series.months.map((month) => [month.month, month.source]));
  for (const group of series.series) {
    out.write(`\n${group.label}(${group.group})\n`);
    const headers: Array<[string, number]> = [
      ['指数', 10],
      ['综合测度', 12],
      ['平均分', 10],
      ['良好及以上', 12],
      ['较差', 10],
      ['企业数', 10],
    ];
    out.write(
      `  ${padDisplay('月份', 10)}${padDisplay('状态', 10)}${headers.map(([text, width]) => alignRight(text, width)).join('')}\n`,
    );
    for (const point of group.points) {
      const status =
        point.status === 'closed' ? (sources.get(point.month) === 'backfill' ? '已结算*' : '已结算') : '暂定';
      if (point.withheld) {
        out.write(
          `  ${padDisplay(point.month, 10)}${padDisplay(status, 10)}  不公布（少于 ${series.minGroupSize} 家）\n`,
        );
        continue;
      }
      const cell = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));
      out.write(
        `  ${padDisplay(point.month, 10)}${padDisplay(status, 10)}${cell(point.value, 2).padStart(10)}${cell(point.rawMeasure, 4).padStart(12)}${cell(point.meanScore, 2).padStart(10)}${percent(point.goodShare).padStart(12)}${percent(point.poorShare).padStart(10)}${String(point.enterprises).padStart(10)}\n`,
      );
    }
  }
  if (series.months.some((month) => month.source === 'backfill'))
    out.write('\n* 回溯重建（演示区县的历史，见 docs/credit-index.md §八）\n');
}

function percent(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(2)}%`;
}

/** Right-aligns text to a terminal column width (CJK characters take two columns). */
function alignRight(text: string, width: number): string {
  const columns = [...text].reduce((sum, character) => sum + (character.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  return ' '.repeat(Math.max(0, width - columns)) + text;
}
