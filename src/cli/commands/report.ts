import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';
import { loadSigningKey } from '../../services/crypto/signing-key.ts';
import { issueReport } from '../../services/report/issue-report.ts';
import { REPORT_AUDIENCES, type ReportAudience } from '../../services/report/report.ts';
import { renderReport, REPORT_OUTPUT_FORMATS, type ReportOutputFormat } from '../../services/report/render-report.ts';
import type { Command } from '../command.ts';

function defaultOperator(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || 'unknown';
  }
}

/** The format asked for, or the one the output file's extension names. */
function chooseFormat(format: string | undefined, out: string): ReportOutputFormat {
  const chosen = format ?? path.extname(out).slice(1).toLowerCase();
  if (!(REPORT_OUTPUT_FORMATS as readonly string[]).includes(chosen)) {
    throw new AppError(
      'INVALID_INPUT',
      format === undefined
        ? `请用 --format 指定格式（pdf、html 或 json），或使用相应扩展名的输出文件`
        : `--format 应为 pdf、html 或 json，实际为“${format}”`,
    );
  }
  return chosen as ReportOutputFormat;
}

/** `xinping report USCC --format pdf|html|json --out FILE [--as-of YYYY-MM-DD] [--audience full|public]`. */
export const reportCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        audience: { type: 'string', default: 'full' },
        operator: { type: 'string' },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !values.out) {
      context.stderr.write(
        `请给出一个统一社会信用代码和输出文件（--out FILE,“-”表示标准输出）\n用法： xinping ${context.usage}\n`,
      );
      return 2;
    }
    if (!(REPORT_AUDIENCES as readonly string[]).includes(values.audience)) {
      throw new AppError(
        'INVALID_INPUT',
        `--audience 应为 full（完整版）或 public（公示版），实际为“${values.audience}”`,
      );
    }
    const format = chooseFormat(values.format, values.out);
    const { db } = await context.store();
    const report = await issueReport(
      db,
      { secret: loadSecretKey(context.config.dataDir), signing: loadSigningKey(context.config.dataDir) },
      {
        uscc: positionals[0]!,
        audience: values.audience as ReportAudience,
        asOf: values['as-of'],
        issuedBy: values.operator?.trim() || defaultOperator(),
      },
    );
    const body = await renderReport(report, format);
    if (values.out === '-') {
      context.stdout.write(body);
      return 0;
    }
    fs.writeFileSync(values.out, body);
    const { evaluation } = report;
    context.stdout.write(
      `已签发信用报告 ${report.number}（${report.audienceLabel}）：${report.enterprise.name}，信用等级 ${evaluation.grade} 级（${evaluation.gradeLabel}），` +
        `得分 ${evaluation.score}，评价基准日 ${evaluation.asOf}\n` +
        `已写入 ${values.out}(${format.toUpperCase()},${Math.ceil(body.length / 1024)} KB)\n` +
        `验证码 ${report.verification.code}，核验地址 ${report.verification.path}\n`,
    );
    return 0;
  },
};
