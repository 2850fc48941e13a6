import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Band } from '../../engine/model.ts';
import type { EvaluationResult, ParameterTrace } from '../../engine/trace.ts';
import { evaluateEnterprise } from '../../services/evaluation/evaluate-enterprise.ts';
import { runEvaluation, type RunProgress, type RunSummary } from '../../services/evaluation/run-evaluation.ts';
import { refreshProfileTagsAfterRun, type ProfileTagRefresh } from '../../services/profile/refresh-profile-tags.ts';
import { printJson, type Command, type CommandContext } from '../command.ts';
import { pickProgressMode, type ProgressMode } from '../progress.ts';

/** Who a command acts as when --operator is not given: the login name. */
export function defaultOperator(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || 'unknown';
  }
}

const formatCount = (value: number) => value.toLocaleString('en-US');
const percent = (part: number, whole: number) => (whole === 0 ? '0.0' : ((100 * part) / whole).toFixed(1));

/** Progress of a run on stderr: a bar redrawn in place on a terminal, a line per committed shard with --progress. */
export function createRunProgress(
  stream: NodeJS.WritableStream,
  mode: ProgressMode,
): { update(progress: RunProgress): void; finish(): void } {
  let first: { time: number; done: number } | undefined;
  let drawn = false;
  return {
    update(progress) {
      if (mode === 'none') return;
      const done = progress.evaluated;
      first ??= { time: Date.now(), done };
      const seconds = (Date.now() - first.time) / 1000;
      const rate = seconds > 0 ? `  ${formatCount(Math.round((done - first.done) / seconds))} 家/秒` : '';
      if (mode === 'bar') {
        const filled = progress.total === 0 ? 24 : Math.min(24, Math.round((24 * done) / progress.total));
        stream.write(
          `\r评价中 [${'█'.repeat(filled)}${'░'.repeat(24 - filled)}] ${percent(done, progress.total).padStart(5)}%  已评价 ${formatCount(done)} / ${formatCount(progress.total)} 家${rate}\x1b[K`,
        );
        drawn = true;
      } else {
        stream.write(
          `评价进度 ${percent(done, progress.total)}%：已评价 ${formatCount(done)} / ${formatCount(progress.total)} 家，已保存 ${formatCount(progress.stored)} 条（任务 ${progress.runId}）\n`,
        );
      }
    },
    finish() {
      if (mode === 'bar' && drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function showValue(value: unknown): string {
  if (value === null || value === undefined) return '（无）';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A parameter as read for this indicator, in a line: a number as itself, a table by the entry the value hit. */
function describeParameter(parameter: ParameterTrace, value: number | string | null): string {
  const data = parameter.value as unknown;
  const unit = parameter.unit ? ` ${parameter.unit}` : '';
  let shown: string;
  if (typeof data === 'number') shown = `${data}${unit}`;
  else if (Array.isArray(data) && data.length > 0 && 'points' in data[0]) {
    // First-hit bands: a band without `min` starts where the previous one ended.
    const bands = data as Band[];
    const index =
      typeof value === 'number'
        ? bands.findIndex((row) => (row.min === null || value >= row.min) && (row.below === null || value < row.below))
        : -1;
    const band = bands[index];
    const from = band ? (band.min ?? (index > 0 ? bands[index - 1].below : null)) : null;
    const range =
      from === null
        ? band?.below === null
          ? '全部'
          : `不足 ${band?.below}`
        : band?.below === null
          ? `${from} 及以上`
          : `${from} 至不足 ${band?.below}`;
    shown = band ? `${value} 在“${range}”一档，${band.points}${unit}` : `分段表 ${bands.length} 档`;
  } else if (Array.isArray(data)) shown = `按记录时间分 ${data.length} 档衰减`;
  else {
    const table = data as Record<string, number>;
    const key = value === null ? 'none' : String(value);
    if (typeof value === 'string' || value === null)
      shown = Object.hasOwn(table, key) ? `“${key}”对应 ${table[key]}${unit}` : `其他取值 ${table.default}${unit}`;
    else
      shown =
        Object.entries(table)
          .map(([entry, points]) => `${entry === 'default' ? '其他' : entry === 'none' ? '无' : entry} ${points}`)
          .join('，') + unit;
  }
  return `${parameter.description}:${shown}（自 ${parameter.effectiveFrom} 起；依据 ${parameter.reference}）`;
}

/** The readable explanation of one evaluation: grade, vetoes, dimensions, and each indicator that counted, with its records and parameters. */
function printExplanation(context: CommandContext, result: EvaluationResult & { evaluationId: number }): void {
  const out = context.stdout;
  out.write(`企业 ${result.uscc}\n`);
  out.write(
    `  评价结果：${result.score} 分，${result.grade} 级（${result.gradeLabel}），对应市场监管企业信用风险分类 ${result.samr.class} 类（${result.samr.label}）\n`,
  );
  if (result.vetoes.length > 0) {
    out.write(
      `  否决项：按分数为 ${result.gradeBeforeVetoes} 级；${result.vetoes.map((veto) => `${veto.label}（等级不高于 ${veto.capGrade}，依据 ${veto.reference}）`).join('；')}\n`,
    );
  }
  out.write(
    `  模型 ${result.modelVersion}，评价基准日 ${result.asOf}，输入指纹 ${result.fingerprint}，评价记录号 ${result.evaluationId}\n`,
  );
  out.write('各维度（得分 = 基础分 + 指标加减分，限定在维度上下限内；总分 = Σ 权重 × 得分）：\n');
  for (const dimension of result.dimensions) {
    out.write(
      `  ${dimension.label}：权重 ${Math.round(dimension.weight * 1000) / 10}%，基础分 ${dimension.base}，指标合计 ${signed(dimension.points)}，得分 ${dimension.score}，计入总分 ${dimension.contribution}\n`,
    );
  }
  const counted = result.indicators.filter((indicator) => indicator.points !== 0 || indicator.records.length > 0);
  out.write('计分的指标：\n');
  for (const indicator of counted) {
    const dimension = result.dimensions.find((candidate) => candidate.id === indicator.dimension);
    out.write(
      `  ${indicator.label}(${dimension?.label ?? indicator.dimension})：取值 ${showValue(indicator.value)}，得分 ${signed(indicator.points)}，计入总分 ${indicator.contribution}\n`,
    );
    if (indicator.records.length > 0) {
      const shown = indicator.records
        .slice(0, 8)
        .map(
          (record) =>
            `#${record.id}（第${record.version}版，${record.occurredOn ?? '日期不详'}${record.factor !== 1 ? `，按 ${record.factor} 计` : ''}）`,
        );
      out.write(
        `    依据记录：${shown.join('、')}${indicator.records.length > 8 ? ` 等 ${indicator.records.length} 条` : ''}\n`,
      );
    }
    for (const parameter of indicator.parameters)
      out.write(`    参数 ${describeParameter(parameter, indicator.value)}\n`);
  }
  const others = result.indicators.length - counted.length;
  if (others > 0) out.write(`其余 ${others} 个指标没有适用的记录，不加不减分（完整的取值与参数见 --json）\n`);
  if (result.excluded.length > 0) {
    out.write(
      `未计入的记录（${result.excluded.length} 条）：${result.excluded
        .slice(0, 20)
        .map((record) => `#${record.id} ${record.reason}`)
        .join('；')}${result.excluded.length > 20 ? ' …' : ''}\n`,
    );
  }
}

export function printRunSummary(context: CommandContext, summary: RunSummary, what: string): void {
  const out = context.stdout;
  const resumed = summary.resumedAfter === null ? '' : `（续跑：从企业编号 ${summary.resumedAfter} 之后继续）`;
  out.write(`${what}完成${resumed}：任务 ${summary.runId}，模型 ${summary.modelVersion}，评价基准日 ${summary.asOf}\n`);
  out.write(
    `  评价 ${formatCount(summary.evaluated)} 家，保存评价 ${formatCount(summary.stored)} 条，用时 ${summary.seconds} 秒\n`,
  );
  out.write('  等级分布：\n');
  for (const { grade, label } of summary.grades) {
    const count = summary.gradeCounts[grade] ?? 0;
    out.write(
      `    ${grade} ${label}  ${formatCount(count).padStart(10)} 家  ${percent(count, summary.evaluated).padStart(5)}%\n`,
    );
  }
}

/** The 信用画像 tag refresh that follows a run (refresh-profile-tags.ts), in one line. */
export function printProfileTagRefresh(context: CommandContext, refresh: ProfileTagRefresh): void {
  context.stdout.write(
    `  信用画像标签已刷新：${formatCount(refresh.enterprises)} 家企业，用时 ${refresh.seconds} 秒\n`,
  );
}

/**
 * `xinping evaluate USCC [--as-of D] [--json]`: one enterprise, with the trace, stored.
 * `xinping evaluate --all [--as-of D] [--json] [--progress]`: everyone (resumes a killed run).
 * `xinping evaluate --due [--json] [--progress]`: the daily run — as of today, the enterprises whose result may have
 * changed (their day has come, or their records changed), storing only changed results (run-evaluation.ts).
 */
export const evaluateCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        due: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        operator: { type: 'string' },
      },
    });
    const modes = [values.all, values.due, positionals.length > 0].filter(Boolean).length;
    if (modes !== 1 || positionals.length > 1) {
      context.stderr.write(`请给出一个统一社会信用代码，或 --all、--due 之一\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const store = await context.store();
    if (positionals.length === 1) {
      const result = await evaluateEnterprise(store.db, positionals[0], { asOf: values['as-of'] });
      if (values.json) printJson(context, result);
      else printExplanation(context, result);
      return 0;
    }
    if (values.due && values['as-of'] !== undefined) {
      context.stderr.write('--due 总是按今天评价，不接受 --as-of\n');
      return 2;
    }
    const progress = createRunProgress(
      context.stderr,
      values.json && !values.progress ? 'none' : pickProgressMode(context.stderr, values.progress),
    );
    try {
      const summary = await runEvaluation(store, {
        kind: values.due ? 'due' : 'all',
        asOf: values['as-of'],
        operator: values.operator?.trim() || defaultOperator(),
        onProgress: (snapshot) => progress.update(snapshot),
      });
      progress.finish();
      // No server here to queue the refresh on: the command ends once the tags follow the run.
      const profileTags = await refreshProfileTagsAfterRun(store.db, summary);
      if (values.json) printJson(context, { ...summary, profileTags });
      else {
        printRunSummary(context, summary, values.due ? '到期重评' : '全部企业评价');
        printProfileTagRefresh(context, profileTags);
      }
      return 0;
    } finally {
      progress.finish();
    }
  },
};
