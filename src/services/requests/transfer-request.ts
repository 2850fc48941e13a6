import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { addWorkingDays, describeDeadline, isDeadlineCovered } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { advanceRequest } from './advance-request.ts';
import { assertMayHandle, findRequestRow } from './find-request.ts';
import type { RequestActor } from './request-actor.ts';
import { loadRequestSettings } from './request-settings.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface TransferInput {
  id: number;
  departmentCode: string;
  reason: string;
  actor: RequestActor;
}

/**
 * 转办: the department a case was routed to (or the credit office) hands it to the department whose duty it is, with
 * the reason; the receiving department accepts it anew. The clock is kept — the requester does not wait longer
 * because the case was misrouted — but the receiving department always gets at least the minimum of
 * catalog/workflow-deadlines.yaml (request_transfer_min_working_days) from the day after the transfer.
 */
export async function transferRequest(
  db: Kysely<Database>,
  input: TransferInput,
  options: { today?: string } = {},
): Promise<{ id: number; state: string; departmentCode: string; dueOn: string; isDeadlineCovered: boolean }> {
  const today = options.today ?? todayInDistrict();
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', '字段“转办理由”：转办须说明理由');
  const department = loadCatalog().department(input.departmentCode);
  if (!department) throw new AppError('INVALID_INPUT', `字段“承办部门”：未知的部门代码“${input.departmentCode}”`);
  return db.transaction().execute(async (trx) => {
    const current = await findRequestRow(trx, input.id, { forUpdate: true });
    assertMayHandle(current, input.actor);
    if (current.department_code === department.code)
      throw new AppError('INVALID_INPUT', `字段“承办部门”：该诉求已由${department.name}承办，无须转办`);
    const calendar = await readHolidayCalendar(trx);
    const floor = addWorkingDays(calendar, today, loadRequestSettings(current.filed_on).transferMinWorkingDays).date;
    const dueOn = current.due_on > floor ? current.due_on : floor;
    const moved = await advanceRequest(trx, current, 'transfer', {
      actor: input.actor,
      today,
      note: reason,
      changes: { department_code: department.code, due_on: dueOn },
      payload: {
        fromDepartment: current.department_code,
        toDepartment: department.code,
        previousDueOn: current.due_on,
        dueOn,
      },
    });
    await sendStaffMessages(trx, [
      {
        role: 'department_operator',
        departmentCode: department.code,
        topic: 'request',
        title: '转办诉求待受理',
        body: `诉求“${current.title}”（编号 ${current.id}）由${loadCatalog().department(current.department_code)?.name ?? current.department_code}转至本部门，理由：${reason}。应于 ${describeDeadline(dueOn, isDeadlineCovered(calendar, today, dueOn))} 前答复。`,
        subjectType: 'request',
        subjectId: String(current.id),
        dedupeKey: `request:${current.id}:assigned:${department.code}:${today}:${moved.version}`,
      },
    ]);
    return {
      id: moved.id,
      state: moved.state,
      departmentCode: moved.department_code,
      dueOn: moved.due_on,
      isDeadlineCovered: isDeadlineCovered(calendar, today, moved.due_on),
    };
  });
}
