import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { loadHolidayYear } from '../../services/calendar/load-holiday-year.ts';
import { printJson, type Command } from '../command.ts';

/** `xinping working-days load FILE --operator NAME`: loads one year of the State Council's holiday arrangement. */
export const workingDaysLoadCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      allowPositionals: true,
      options: { operator: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const operator = values.operator?.trim();
    if (positionals.length !== 1 || !operator)
      throw new AppError('INVALID_INPUT', `须给出安排文件和 --operator（载入人），用法：xinping ${context.usage}`);
    let text: string;
    try {
      text = fs.readFileSync(positionals[0]!, 'utf8');
    } catch (error) {
      throw new AppError('INVALID_INPUT', `无法读取文件“${positionals[0]}”`, { cause: error });
    }
    const store = await context.store();
    const loaded = await loadHolidayYear(store.db, { text, actor: operator });
    if (values.json) {
      printJson(context, loaded);
      return 0;
    }
    context.stdout.write(
      `已载入 ${loaded.year} 年节假日安排（${loaded.reference}）：放假 ${loaded.holidayDays} 天，调休上班 ${loaded.workdays} 天${loaded.isReplacement ? '，替换了此前载入的该年安排' : ''}。\n`,
    );
    context.stdout.write(
      loaded.recomputed.length === 0
        ? '没有需要调整的办理期限。\n'
        : `已重新计算 ${loaded.recomputed.length} 件办理期限并通知相关方：\n`,
    );
    for (const item of loaded.recomputed)
      context.stdout.write(`  ${item.subjectType} ${item.id}:${item.previousDueOn} → ${item.dueOn}\n`);
    return 0;
  },
};
