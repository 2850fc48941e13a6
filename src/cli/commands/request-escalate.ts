import { escalateOverdueRequests } from '../../services/requests/escalate-overdue-requests.ts';
import type { Command } from '../command.ts';
import { runDailyCheck } from '../run-daily-check.ts';

/**
 * `xinping request escalate`: the daily escalation (督办) of requests still unanswered after their deadline, for cron
 * when the server is not running (the server runs the same check itself). Idempotent: a case is escalated once per
 * deadline. For example, every morning:
 *
 *   30 7 * * *  cd /srv/xinping && npx xinping request escalate >> logs/escalate.log 2>&1
 */
export const requestEscalateCommand: Command = {
  run: (context) =>
    runDailyCheck(context, escalateOverdueRequests, (run) => [
      `督办检查（${run.today}）：新督办 ${run.escalated.length} 件，发出提醒 ${run.messages} 条`,
      ...run.escalated.map(
        (item) => `  诉求 ${item.id}（${item.trackingCode}）承办部门 ${item.departmentCode}，答复时限 ${item.dueOn}`,
      ),
    ]),
};
