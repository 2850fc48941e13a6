import { writeListXlsx } from '../grade-use/write-list-xlsx.ts';
import type { TaskBoard } from './build-task-board.ts';
import { PROGRESS_STATUSES } from './task-status.ts';

const HEADERS = [
  '清单',
  '实施阶段',
  '主要任务',
  '序号',
  '任务编号',
  '细化任务',
  '牵头单位',
  '责任单位',
  '完成时间',
  '状态',
  '剩余工作日',
  '完成日期',
  '最新报送日期',
  '最新报送单位',
  '最新报送状态',
  '完成进度（%）',
  '最新报送内容',
];

/** The board on its date as one sheet: every task with its units, deadline, standing and latest report. */
export function writeTaskBoardXlsx(board: TaskBoard): Promise<Buffer> {
  const rows = board.tasks.map((task) => {
    const report = task.latestReport;
    return [
      task.listCode,
      task.phase,
      task.mainTask,
      task.sequence,
      task.code,
      task.text,
      task.leadText,
      task.responsibleText,
      task.deadlineText,
      `${task.statusLabel}${task.isCompletedLate ? '（逾期完成）' : ''}`,
      task.workingDaysLeft,
      task.completedOn,
      report?.reportedOn ?? null,
      report
        ? (task.lead.concat(task.responsible).find((unit) => unit.code === report.unitCode)?.shortName ??
          report.unitCode)
        : null,
      report ? PROGRESS_STATUSES[report.status] : null,
      report?.percent ?? null,
      report?.text ?? null,
    ];
  });
  return writeListXlsx(`重点任务（截至${board.asOf}）`, HEADERS, rows);
}
