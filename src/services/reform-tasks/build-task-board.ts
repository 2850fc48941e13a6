import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { loadReformTasks, type ReformTask } from './load-reform-tasks.ts';
import {
  standingOf,
  TASK_STATUSES,
  type ProgressStatus,
  type TaskStanding,
  type TaskStatus,
  type UnitReport,
} from './task-status.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { loadWorkflowDeadlines } from '../workflows/workflow-settings.ts';

export interface TaskOnBoard extends ReformTask, TaskStanding {
  statusLabel: string;
  /** The latest report (up to the date) of each lead unit that reported, in the order the seed names them. */
  leadReports: UnitReport[];
  /** The latest report of any unit up to the date. */
  latestReport: UnitReport | null;
  reportCount: number;
}

export type StatusCounts = Record<TaskStatus, number> & { total: number };

export interface TaskBoard {
  asOf: string;
  atRiskWorkingDays: number;
  totals: StatusCounts;
  byPhase: Array<{ listCode: string; phase: string; period: string; counts: StatusCounts }>;
  /** Per department: the tasks it leads and those it is named responsible for. */
  byUnit: Array<{ unitCode: string; unitName: string; asLead: StatusCounts; asResponsible: StatusCounts }>;
  tasks: TaskOnBoard[];
}

export function emptyCounts(): StatusCounts {
  return { total: 0, done: 0, on_track: 0, at_risk: 0, late: 0 };
}

function count(counts: StatusCounts, status: TaskStatus): void {
  counts.total += 1;
  counts[status] += 1;
}

/** Every report up to a date, by task, newest first (the table is append-only: a correction is a newer report). */
export async function readReportsAsOf(
  db: Kysely<Database>,
  asOf: string,
  taskCode?: string,
): Promise<Map<string, UnitReport[]>> {
  let query = db.selectFrom('reform_task_reports').selectAll().where('reported_on', '<=', asOf);
  if (taskCode) query = query.where('task_code', '=', taskCode);
  const rows = await query.orderBy('reported_on', 'desc').orderBy('id', 'desc').execute();
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.reported_by),
  );
  const byTask = new Map<string, UnitReport[]>();
  for (const row of rows) {
    const report: UnitReport = {
      id: row.id,
      taskCode: row.task_code,
      unitCode: row.unit_code,
      status: row.status as ProgressStatus,
      percent: row.percent,
      text: row.text,
      attachments: row.attachments,
      reportedOn: row.reported_on,
      reportedBy: row.reported_by,
      reportedByName: nameOf(row.reported_by),
    };
    const list = byTask.get(row.task_code);
    if (list) list.push(report);
    else byTask.set(row.task_code, [report]);
  }
  return byTask;
}

/**
 * The reform task board on a date (000 附件1 §三 统筹调度): both task lists of the policy documents with each task's standing,
 * counted per phase and per unit. `listCode` narrows it to one list (000 or 001).
 */
export async function buildTaskBoard(
  db: Kysely<Database>,
  options: { asOf?: string; listCode?: string } = {},
): Promise<TaskBoard> {
  const asOf = options.asOf ?? todayInDistrict();
  if (!isIsoDate(asOf))
    throw new AppError('INVALID_INPUT', `查询参数“date”应为 YYYY-MM-DD 格式的有效日期，实际为“${asOf}”`);
  const catalog = loadReformTasks();
  // The 临期 margin as in force on the board's day (catalog/workflow-deadlines.yaml, dated values).
  const atRiskWorkingDays = loadWorkflowDeadlines(asOf).reformTaskAtRiskWorkingDays;
  const lists = options.listCode ? catalog.lists.filter((list) => list.code === options.listCode) : catalog.lists;
  if (lists.length === 0)
    throw new AppError(
      'INVALID_INPUT',
      `查询参数“list”：未知的任务清单“${options.listCode}”（可用：${catalog.lists.map((list) => list.code).join('、')}）`,
    );
  const reports = await readReportsAsOf(db, asOf);
  const calendar = await readHolidayCalendar(db);
  const totals = emptyCounts();
  const byPhase: TaskBoard['byPhase'] = [];
  const units = new Map<string, TaskBoard['byUnit'][number]>();
  const unitOf = (code: string, name: string) => {
    let unit = units.get(code);
    if (!unit)
      units.set(code, (unit = { unitCode: code, unitName: name, asLead: emptyCounts(), asResponsible: emptyCounts() }));
    return unit;
  };
  const tasks: TaskOnBoard[] = [];
  for (const list of lists) {
    for (const phase of list.phases)
      byPhase.push({ listCode: list.code, phase: phase.name, period: phase.period, counts: emptyCounts() });
    for (const task of list.tasks) {
      const taskReports = reports.get(task.code) ?? [];
      const latestByUnit = new Map<string, UnitReport>();
      for (const report of taskReports)
        if (!latestByUnit.has(report.unitCode)) latestByUnit.set(report.unitCode, report);
      const standing = standingOf(task, latestByUnit, asOf, calendar, atRiskWorkingDays);
      count(totals, standing.status);
      count(
        byPhase.find((phase) => phase.listCode === list.code && phase.phase === task.phase)!.counts,
        standing.status,
      );
      for (const unit of task.lead) count(unitOf(unit.code, unit.name).asLead, standing.status);
      for (const unit of task.responsible) count(unitOf(unit.code, unit.name).asResponsible, standing.status);
      tasks.push({
        ...task,
        ...standing,
        statusLabel: TASK_STATUSES[standing.status],
        leadReports: task.lead
          .map((unit) => latestByUnit.get(unit.code))
          .filter((report): report is UnitReport => report !== undefined),
        latestReport: taskReports[0] ?? null,
        reportCount: taskReports.length,
      });
    }
  }
  return {
    asOf,
    atRiskWorkingDays,
    totals,
    byPhase,
    byUnit: [...units.values()].sort((a, b) => b.asLead.total - a.asLead.total || a.unitCode.localeCompare(b.unitCode)),
    tasks,
  };
}
