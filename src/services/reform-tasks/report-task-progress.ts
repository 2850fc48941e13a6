import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { requireAttachments } from '../workflows/store-attachment.ts';
import { loadReformTasks } from './load-reform-tasks.ts';
import { PROGRESS_STATUSES, type ProgressStatus, type UnitReport } from './task-status.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface ProgressInput {
  taskCode: string;
  /** The unit reporting: a department operator's own department (may be left out); an administrator must name it. */
  unitCode?: string | null;
  status: ProgressStatus;
  percent?: number | null;
  text: string;
  attachments?: string[];
  actor: { name: string; role: Role; departmentCode: string | null };
}

/**
 * A unit reports its progress on a reform task (000 附件1 §三(二): 信息反馈、定期通报): status, optional percentage,
 * what was done, and evidence. Only the task's lead unit and the units it names as responsible may report, each for
 * itself (an administrator may record a report on a unit's behalf). Reports are append-only: a correction is a newer
 * report. A responsible unit's report is passed on to the lead unit.
 */
export async function reportTaskProgress(
  db: Kysely<Database>,
  input: ProgressInput,
  options: { today?: string } = {},
): Promise<UnitReport> {
  const today = options.today ?? todayInDistrict();
  const task = loadReformTasks().task(input.taskCode);
  if (!task) throw new AppError('NOT_FOUND', `未找到编号为 ${input.taskCode} 的重点任务`);
  let unitCode = input.unitCode ?? null;
  if (input.actor.role === 'department_operator') {
    if (unitCode && unitCode !== input.actor.departmentCode)
      throw new AppError('FORBIDDEN', '只能以本部门的名义报送推进情况');
    unitCode = input.actor.departmentCode;
  } else if (input.actor.role !== 'admin') {
    throw new AppError('FORBIDDEN', '只有牵头单位、责任单位或平台管理员可以报送推进情况');
  }
  if (!unitCode) throw new AppError('INVALID_INPUT', '字段“报送单位”：请指明报送单位');
  const unit = loadCatalog().department(unitCode);
  if (!unit) throw new AppError('INVALID_INPUT', `字段“报送单位”：未知的部门代码“${unitCode}”`);
  const isLead = task.lead.some((lead) => lead.code === unit.code);
  if (!isLead && !task.responsible.some((responsible) => responsible.code === unit.code)) {
    throw new AppError(
      'FORBIDDEN',
      `${unit.shortName}不是重点任务 ${task.code} 的牵头单位或责任单位，不能报送其推进情况（牵头单位：${task.leadText}；责任单位：${task.responsibleText}）`,
    );
  }
  const text = input.text.trim();
  if (!text) throw new AppError('INVALID_INPUT', '字段“推进情况”：请填写推进情况');
  const percent = input.percent ?? null;
  if (percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100))
    throw new AppError('INVALID_INPUT', '字段“完成进度”：完成进度应为 0–100 的整数');
  if (input.status === 'done' && percent !== null && percent !== 100)
    throw new AppError('INVALID_INPUT', `字段“完成进度”：状态为“已完成”时进度应为 100，实际为 ${percent}`);
  if (input.status !== 'done' && percent === 100)
    throw new AppError(
      'INVALID_INPUT',
      `字段“状态”：进度为 100 时状态应为“已完成”，实际为“${PROGRESS_STATUSES[input.status]}”`,
    );
  if (input.status === 'not_started' && percent !== null && percent > 0)
    throw new AppError('INVALID_INPUT', `字段“完成进度”：状态为“未开始”时进度应为 0，实际为 ${percent}`);
  return db.transaction().execute(async (trx) => {
    const attachments = await requireAttachments(trx, input.attachments ?? [], {
      actor: input.actor.name,
      departmentCode: input.actor.role === 'department_operator' ? unit.code : null,
    });
    const row = await trx
      .insertInto('reform_task_reports')
      .values({
        task_code: task.code,
        unit_code: unit.code,
        status: input.status,
        percent,
        text,
        attachments,
        reported_on: today,
        reported_by: input.actor.name,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor.name,
      action: 'reform_task.progress_reported',
      subjectType: 'reform_task',
      subjectId: task.code,
      payload: {
        reportId: row.id,
        unitCode: unit.code,
        role: isLead ? 'lead' : 'responsible',
        status: input.status,
        percent,
        attachments,
        reportedOn: today,
      },
    });
    if (!isLead) {
      await sendStaffMessages(
        trx,
        task.lead.map((lead) => ({
          role: 'department_operator' as const,
          departmentCode: lead.code,
          topic: 'reform_task',
          title: '责任单位报送了重点任务推进情况',
          body: `${unit.shortName}报送了重点任务 ${task.code}（${task.mainTask}）的推进情况：${PROGRESS_STATUSES[input.status]}${percent !== null ? `,${percent}%` : ''}。${text}`,
          subjectType: 'reform_task',
          subjectId: task.code,
          dedupeKey: `reform-task:${task.code}:report:${row.id}:${lead.code}`,
        })),
      );
    }
    return {
      id: row.id,
      taskCode: row.task_code,
      unitCode: row.unit_code,
      status: row.status as ProgressStatus,
      percent: row.percent,
      text: row.text,
      attachments: row.attachments,
      reportedOn: row.reported_on,
      reportedBy: row.reported_by,
    };
  });
}
