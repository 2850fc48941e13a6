import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { buildTaskBulletin } from '../../services/reform-tasks/build-task-bulletin.ts';
import { renderTaskBulletinHtml } from '../../services/reform-tasks/render-task-bulletin-html.ts';
import { renderTaskBulletinPdf } from '../../services/reform-tasks/render-task-bulletin-pdf.ts';
import type { Command } from '../command.ts';
import { checkDateOption } from '../run-daily-check.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/** `xinping task bulletin --out 通报.pdf`: the progress bulletin (通报) as of a date, as PDF or HTML (by the file's extension). */
export const taskBulletinCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { out: { type: 'string' }, date: { type: 'string' }, list: { type: 'string' } },
    });
    if (!values.out) throw new AppError('INVALID_INPUT', '请用 --out 指定输出文件（.pdf 或 .html）');
    const extension = path.extname(values.out).toLowerCase();
    if (extension !== '.pdf' && extension !== '.html')
      throw new AppError('INVALID_INPUT', `--out 的扩展名应为 .pdf 或 .html，实际为“${extension || '（无）'}”`);
    const asOf = values.date === undefined ? todayInDistrict() : checkDateOption(values.date);
    const store = await context.store();
    const bulletin = await buildTaskBulletin(store.db, { asOf, listCode: values.list });
    fs.writeFileSync(
      values.out,
      extension === '.pdf' ? await renderTaskBulletinPdf(bulletin) : renderTaskBulletinHtml(bulletin),
    );
    context.stdout.write(
      `已生成截至 ${asOf} 的重点任务推进情况通报：${values.out}（逾期 ${bulletin.codes.late.length} 项，临期 ${bulletin.codes.at_risk.length} 项，已完成 ${bulletin.codes.done.length} 项）\n`,
    );
    return 0;
  },
};
