import { notifyTaskDeadlines } from '../../services/reform-tasks/notify-task-deadlines.ts';
import type { Command } from '../command.ts';
import { runDailyCheck } from '../run-daily-check.ts';

/** `xinping task remind`: the reform tasks' deadline reminders to their lead units (the server runs it daily too). */
export const taskRemindCommand: Command = {
  run: (context) =>
    runDailyCheck(context, notifyTaskDeadlines, (run) => [
      `重点任务提醒（${run.today}）：临期 ${run.atRisk.length} 项，逾期 ${run.late.length} 项，新发提醒 ${run.messages} 条`,
      ...(run.atRisk.length > 0 ? [`  临期：${run.atRisk.join('、')}`] : []),
      ...(run.late.length > 0 ? [`  逾期：${run.late.join('、')}`] : []),
    ]),
};
