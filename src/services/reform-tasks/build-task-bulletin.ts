import type { Kysely } from 'kysely';
import { UNCOVERED_DEADLINE_NOTE } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import type { ReportTable, ReportTableRow } from '../report/report-tables.ts';
import { buildTaskBoard, emptyCounts, type StatusCounts, type TaskOnBoard } from './build-task-board.ts';
import { loadReformTasks } from './load-reform-tasks.ts';
import { PROGRESS_STATUSES, TASK_STATUSES, type TaskStatus, type UnitReport } from './task-status.ts';

/**
 * The progress bulletin (通报) on a date (000 附件1 §三(二) "定期通报工作进度"; 001 §四(二)): the counts per phase,
 * then for each lead unit its tasks that are late, at risk or done, each with the lead unit's latest report. The HTML
 * page and the PDF are both rendered from this structure, so they say exactly the same.
 */
export interface TaskBulletin {
  title: string;
  asOf: string;
  offices: Array<{ listCode: string; listTitle: string; office: string; officeReference: string }>;
  summary: string[];
  phaseTable: ReportTable;
  units: Array<{ unitCode: string; unitName: string; heading: string; table: ReportTable | null }>;
  notes: string[];
  /** Task codes per standing, for a reader that wants the lists (tests, the web console). */
  codes: Record<TaskStatus, string[]>;
}

const LISTED: readonly TaskStatus[] = ['late', 'at_risk', 'done'];

function describeCounts(counts: StatusCounts): string {
  return `共 ${counts.total} 项：已完成 ${counts.done} 项，正常推进 ${counts.on_track} 项，临期 ${counts.at_risk} 项，逾期 ${counts.late} 项`;
}

function shorten(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text;
}

function describeReport(report: UnitReport | undefined, unitName: string): string {
  if (!report) return `${unitName}：尚未报送`;
  const percent = report.percent !== null ? `，${report.percent}%` : '';
  return `${report.reportedOn} ${unitName}：${PROGRESS_STATUSES[report.status]}${percent}。${shorten(report.text, 160)}`;
}

function taskRow(task: TaskOnBoard, unitCode: string, unitName: string): ReportTableRow {
  const report = task.leadReports.find((item) => item.unitCode === unitCode);
  const standing =
    task.status === 'done'
      ? `已完成${task.isCompletedLate ? '（逾期完成）' : ''}`
      : task.status === 'late'
        ? '逾期'
        : `临期（剩 ${task.workingDaysLeft} 个工作日${task.isCovered ? '' : `,${UNCOVERED_DEADLINE_NOTE}`}）`;
  return {
    cells: [
      standing,
      `${task.code} ${task.mainTask}\n${shorten(task.text, 80)}`,
      task.deadlineText,
      describeReport(report, unitName),
    ],
    tone: task.status === 'late' ? 'negative' : 'normal',
  };
}

export async function buildTaskBulletin(
  db: Kysely<Database>,
  options: { asOf: string; listCode?: string },
): Promise<TaskBulletin> {
  const board = await buildTaskBoard(db, options);
  const catalog = loadReformTasks();
  const lists = catalog.lists.filter((list) => !options.listCode || list.code === options.listCode);
  const codes = Object.fromEntries(
    Object.keys(TASK_STATUSES).map((status) => [
      status,
      board.tasks.filter((task) => task.status === status).map((task) => task.code),
    ]),
  ) as Record<TaskStatus, string[]>;
  const summary = [
    `截至 ${board.asOf},${lists.map((list) => `《${list.title}》`).join('、')}${describeCounts(board.totals)}。`,
    ...lists.map((list) => {
      const counts = board.byPhase
        .filter((phase) => phase.listCode === list.code)
        .reduce((sum, phase) => addCounts(sum, phase.counts), emptyCounts());
      return `其中《${list.title}》${describeCounts(counts)}。`;
    }),
  ];
  const phaseTable: ReportTable = {
    columns: [
      { header: '清单', width: 0.1, align: 'center' },
      { header: '实施阶段', width: 0.2, align: 'left' },
      { header: '时间', width: 0.22, align: 'left' },
      { header: '任务', width: 0.08, align: 'right' },
      { header: '已完成', width: 0.1, align: 'right' },
      { header: '正常推进', width: 0.1, align: 'right' },
      { header: '临期', width: 0.1, align: 'right' },
      { header: '逾期', width: 0.1, align: 'right' },
    ],
    rows: board.byPhase.map((phase) => ({
      cells: [
        phase.listCode,
        phase.phase,
        phase.period,
        String(phase.counts.total),
        String(phase.counts.done),
        String(phase.counts.on_track),
        String(phase.counts.at_risk),
        String(phase.counts.late),
      ],
      tone: phase.counts.late > 0 ? 'negative' : 'normal',
    })),
  };
  const units = board.byUnit
    .filter((unit) => unit.asLead.total > 0)
    .map((unit) => {
      const led = board.tasks.filter(
        (task) => task.lead.some((lead) => lead.code === unit.unitCode) && LISTED.includes(task.status),
      );
      led.sort((a, b) => LISTED.indexOf(a.status) - LISTED.indexOf(b.status) || a.code.localeCompare(b.code));
      const heading = `${unit.unitName}（牵头 ${unit.asLead.total} 项：已完成 ${unit.asLead.done}，正常推进 ${unit.asLead.on_track}，临期 ${unit.asLead.at_risk}，逾期 ${unit.asLead.late}）`;
      const table: ReportTable | null =
        led.length === 0
          ? null
          : {
              columns: [
                { header: '状态', width: 0.13, align: 'left' },
                { header: '任务', width: 0.4, align: 'left' },
                { header: '完成时间', width: 0.14, align: 'left' },
                { header: '牵头单位最新报送', width: 0.33, align: 'left' },
              ],
              rows: led.map((task) => taskRow(task, unit.unitCode, unit.unitName)),
            };
      return { unitCode: unit.unitCode, unitName: unit.unitName, heading, table };
    });
  return {
    title: '重点任务推进情况通报',
    asOf: board.asOf,
    offices: lists.map((list) => ({
      listCode: list.code,
      listTitle: list.title,
      office: list.office,
      officeReference: list.officeReference,
    })),
    summary,
    phaseTable,
    units,
    notes: [
      `“已完成”以牵头单位报送“已完成”为准（两个牵头单位的任务须均报送完成）；“临期”指距完成时间不超过 ${board.atRiskWorkingDays} 个工作日仍未完成；“逾期”指已过完成时间仍未完成；“持续推进”的任务无完成时间，不计逾期。`,
      '任务原文见 catalog/reform-tasks.yaml（转录自 000 附件2 与 001 附件）。',
    ],
    codes,
  };
}

function addCounts(sum: StatusCounts, counts: StatusCounts): StatusCounts {
  return {
    total: sum.total + counts.total,
    done: sum.done + counts.done,
    on_track: sum.on_track + counts.on_track,
    at_risk: sum.at_risk + counts.at_risk,
    late: sum.late + counts.late,
  };
}
