import type { Transaction } from 'kysely';
import { AWAITING_ANSWER_STATES } from '../../domain/requests/request-workflow.ts';
import {
  addWorkingDays,
  describeDeadline,
  type HolidayCalendar,
  type WorkingDayResult,
} from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { notifyEnterprise } from '../notifications/notify-enterprise.ts';
import { sendStaffMessages, type StaffMessageInput } from '../notifications/send-staff-messages.ts';
import { loadRequestSettings } from '../requests/request-settings.ts';
import { countReviewDeadline } from '../workflows/start-review-deadline.ts';

export interface RecomputedDeadline {
  subjectType: 'objection' | 'repair_application' | 'request';
  id: number;
  previousDueOn: string;
  dueOn: string;
  isCovered: boolean;
}

interface OpenDeadline {
  subjectType: RecomputedDeadline['subjectType'];
  id: number;
  enterpriseId: number | null;
  departmentCode: string | null;
  title: string;
  dueOn: string;
  /** The first day the deadline was counted from (its span touches the loaded year only if due_on is on or after it). */
  startedOn: string;
  recompute: (calendar: HolidayCalendar) => WorkingDayResult;
}

const LABELS = { objection: '异议申请', repair_application: '信用修复申请', request: '诉求' } as const;

function touchesYear(item: OpenDeadline, year: number): boolean {
  return Number(item.startedOn.slice(0, 4)) <= year && Number(item.dueOn.slice(0, 4)) >= year;
}

/**
 * A request's deadline replayed from its history: filing, then transfers (a floor) and reopenings (a new period), each
 * period the one in force on the day the request was filed (catalog/workflow-deadlines.yaml), not today's.
 */
async function openRequests(trx: Transaction<Database>): Promise<OpenDeadline[]> {
  const rows = await trx
    .selectFrom('requests')
    .select(['id', 'enterprise_id', 'department_code', 'title', 'filed_on', 'due_on'])
    .where('state', 'in', [...AWAITING_ANSWER_STATES])
    .orderBy('id')
    .forUpdate()
    .execute();
  if (rows.length === 0) return [];
  const events = await trx
    .selectFrom('request_events')
    .select(['request_id', 'action', 'occurred_on'])
    .where(
      'request_id',
      'in',
      rows.map((row) => row.id),
    )
    .where('action', 'in', ['transfer', 'reopen'])
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const steps = events.filter((event) => event.request_id === row.id);
    const lastReopen = steps.filter((step) => step.action === 'reopen').at(-1);
    const settings = loadRequestSettings(row.filed_on);
    return {
      subjectType: 'request' as const,
      id: row.id,
      enterpriseId: row.enterprise_id,
      departmentCode: row.department_code,
      title: `诉求“${row.title}”`,
      dueOn: row.due_on,
      startedOn: lastReopen?.occurred_on ?? row.filed_on,
      recompute: (calendar: HolidayCalendar) => {
        let due = lastReopen
          ? addWorkingDays(calendar, lastReopen.occurred_on, settings.rectificationWorkingDays)
          : addWorkingDays(calendar, row.filed_on, settings.answerWorkingDays);
        for (const step of steps) {
          if (step.action !== 'transfer' || (lastReopen && step.occurred_on < lastReopen.occurred_on)) continue;
          const floor = addWorkingDays(calendar, step.occurred_on, settings.transferMinWorkingDays);
          if (floor.date > due.date) due = floor;
        }
        return due;
      },
    };
  });
}

/** Accepted objections and repair applications: the review period in force on the day each was filed, from acceptance. */
async function openCases(trx: Transaction<Database>): Promise<OpenDeadline[]> {
  const cases: OpenDeadline[] = [];
  for (const [table, subjectType, limit] of [
    ['objections', 'objection', 'objectionReviewWorkingDays'],
    ['repair_applications', 'repair_application', 'repairReviewWorkingDays'],
  ] as const) {
    const rows = await trx
      .selectFrom(table)
      .select(['id', 'enterprise_id', 'created_at', 'accepted_on', 'due_on'])
      .where('state', '=', 'accepted')
      .where('accepted_on', 'is not', null)
      .where('due_on', 'is not', null)
      .orderBy('id')
      .forUpdate()
      .execute();
    for (const row of rows) {
      cases.push({
        subjectType,
        id: row.id,
        enterpriseId: row.enterprise_id,
        departmentCode: null,
        title: `${LABELS[subjectType]}（编号 ${row.id}）`,
        dueOn: row.due_on!,
        startedOn: row.accepted_on!,
        recompute: (calendar) => countReviewDeadline(calendar, row.created_at, row.accepted_on!, limit),
      });
    }
  }
  return cases;
}

/**
 * After a year of the calendar is loaded: every open case whose deadline was counted across that year
 * (accepted objections and repair applications, requests awaiting an answer) is counted again on the new calendar.
 * Each changed deadline is written, audited, and told to the enterprise (inbox) and to the staff handling it.
 */
export async function recomputeOpenDeadlines(
  trx: Transaction<Database>,
  calendar: HolidayCalendar,
  year: number,
  actor: string,
  messages: OutgoingMessage[],
): Promise<RecomputedDeadline[]> {
  const open = [...(await openCases(trx)), ...(await openRequests(trx))].filter((item) => touchesYear(item, year));
  const changed: RecomputedDeadline[] = [];
  const staff: StaffMessageInput[] = [];
  for (const item of open) {
    const next = item.recompute(calendar);
    if (next.date === item.dueOn) continue;
    const table =
      item.subjectType === 'objection'
        ? 'objections'
        : item.subjectType === 'repair_application'
          ? 'repair_applications'
          : 'requests';
    await trx.updateTable(table).set({ due_on: next.date }).where('id', '=', item.id).execute();
    await appendAuditEvent(trx, {
      actor,
      action: 'deadline.recomputed',
      subjectType: item.subjectType,
      subjectId: String(item.id),
      payload: { year, previousDueOn: item.dueOn, dueOn: next.date, isCovered: next.isCovered },
    });
    const when = describeDeadline(next.date, next.isCovered);
    const body = `${year} 年节假日安排已载入，${item.title}的办理期限由 ${item.dueOn} 调整为 ${when}。`;
    const topic = item.subjectType === 'repair_application' ? 'repair' : item.subjectType;
    if (item.enterpriseId) {
      messages.push(
        await notifyEnterprise(trx, {
          enterpriseId: item.enterpriseId,
          topic,
          title: `${LABELS[item.subjectType]}办理期限已调整`,
          body,
          subjectType: item.subjectType,
          subjectId: String(item.id),
        }),
      );
    }
    staff.push({
      role: item.subjectType === 'request' ? 'department_operator' : 'reviewer',
      departmentCode: item.departmentCode,
      topic: 'deadline',
      title: `${LABELS[item.subjectType]}办理期限已调整`,
      body,
      subjectType: item.subjectType,
      subjectId: String(item.id),
      dedupeKey: `${item.subjectType}:${item.id}:recomputed:${next.date}`,
    });
    changed.push({
      subjectType: item.subjectType,
      id: item.id,
      previousDueOn: item.dueOn,
      dueOn: next.date,
      isCovered: next.isCovered,
    });
  }
  await sendStaffMessages(trx, staff);
  return changed;
}
