import type { Kysely, Transaction } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { isBadRating, RATINGS, ratingAction, type Rating } from '../../domain/requests/request-workflow.ts';
import { addWorkingDays, describeDeadline } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { advanceRequest, type RequestRow } from './advance-request.ts';
import { findRequestRow } from './find-request.ts';
import type { RequestActor } from './request-actor.ts';
import { loadRequestSettings } from './request-settings.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface RatingInput {
  id: number;
  rating: Rating;
  comment?: string | null;
  /** The requester: the enterprise account of the case, or a visitor already checked by tracking code and phone. */
  actor: RequestActor;
  /** For an enterprise account: its enterprise id (the case must be its own). */
  enterpriseId?: number;
}

export interface RatedRequest {
  id: number;
  state: string;
  rating: Rating;
  /** Set when a bad rating reopened the case: the new deadline for the rectified answer. */
  rectificationDueOn: string | null;
  /** False when the holiday calendar does not cover the rectification deadline. */
  isDeadlineCovered: boolean;
  isFlaggedForSupervision: boolean;
}

/**
 * 好差评 (003 §四(一): 评价、反馈、整改、监督全流程闭环): the requester rates the answer. 非常满意/满意/基本满意 are recorded
 * (the department then closes the case). A first 不满意 or 非常不满意 reopens the case for rectification (整改) with a
 * new working-day deadline and tells the department; a bad rating of the rectified answer closes the case as
 * unsatisfied and flags it for supervision (督查), telling the administrators. A bad rating needs a comment: the
 * department must know what to put right.
 */
export async function rateRequest(
  db: Kysely<Database>,
  input: RatingInput,
  options: { today?: string } = {},
): Promise<RatedRequest> {
  const today = options.today ?? todayInDistrict();
  const comment = input.comment?.trim() || null;
  if (isBadRating(input.rating) && !comment)
    throw new AppError(
      'INVALID_INPUT',
      `字段“评价说明”：评价为“${RATINGS[input.rating]}”时请说明不满意的原因，以便承办部门整改`,
    );
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findRequestRow(trx, input.id, { forUpdate: true });
    if (input.enterpriseId !== undefined && current.enterprise_id !== input.enterpriseId)
      throw new AppError('FORBIDDEN', '只能评价本企业提交的诉求');
    const action = ratingAction(input.rating, current.reopen_count);
    const changes: Record<string, unknown> = { rating: input.rating, rating_comment: comment, rated_on: today };
    let rectificationDueOn: string | null = null;
    let rectificationDeadline = '';
    let isDeadlineCovered = true;
    if (action === 'reopen') {
      const due = addWorkingDays(
        await readHolidayCalendar(trx),
        today,
        loadRequestSettings(current.filed_on).rectificationWorkingDays,
      );
      rectificationDueOn = due.date;
      isDeadlineCovered = due.isCovered;
      rectificationDeadline = describeDeadline(due.date, due.isCovered);
      Object.assign(changes, { reopen_count: current.reopen_count + 1, due_on: rectificationDueOn });
    }
    if (action === 'close_unsatisfied')
      Object.assign(changes, { outcome: 'unsatisfied', closed_on: today, is_flagged_for_supervision: true });
    const note = `${RATINGS[input.rating]}${comment ? `:${comment}` : ''}`;
    const rated = await advanceRequest(trx, current, action, {
      actor: input.actor,
      today,
      note,
      changes,
      payload: { rating: input.rating, rectificationDueOn },
    });
    if (action === 'reopen') await tellRectification(trx, rated, note, rectificationDeadline, messages);
    if (action === 'close_unsatisfied') await tellSupervision(trx, rated, note, messages);
    return {
      id: rated.id,
      state: rated.state,
      rating: input.rating,
      rectificationDueOn,
      isDeadlineCovered,
      isFlaggedForSupervision: rated.is_flagged_for_supervision,
    };
  });
  await deliverMessages(messages);
  return result;
}

async function tellRectification(
  trx: Transaction<Database>,
  row: RequestRow,
  note: string,
  deadline: string,
  messages: OutgoingMessage[],
): Promise<void> {
  await sendStaffMessages(trx, [
    {
      role: 'department_operator',
      departmentCode: row.department_code,
      topic: 'request',
      title: '差评诉求待整改',
      body: `诉求“${row.title}”（编号 ${row.id}）的答复被评价为${note}。请整改后于 ${deadline} 前重新答复。`,
      subjectType: 'request',
      subjectId: String(row.id),
      dedupeKey: `request:${row.id}:reopened:${row.reopen_count}`,
    },
  ]);
  if (row.enterprise_id) {
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: row.enterprise_id,
        topic: 'request',
        title: '诉求已重新办理',
        body: `您对诉求“${row.title}”的答复不满意，已交承办部门整改，将于 ${deadline} 前重新答复。`,
        subjectType: 'request',
        subjectId: String(row.id),
      }),
    );
  }
}

async function tellSupervision(
  trx: Transaction<Database>,
  row: RequestRow,
  note: string,
  messages: OutgoingMessage[],
): Promise<void> {
  const body = `诉求“${row.title}”（编号 ${row.id}，承办部门：${loadCatalog().department(row.department_code)?.name ?? row.department_code}）整改后的答复仍被评价为${note}，已按不满意办结并列入督查。`;
  await sendStaffMessages(trx, [
    {
      role: 'admin',
      departmentCode: null,
      topic: 'request',
      title: '不满意诉求列入督查',
      body,
      subjectType: 'request',
      subjectId: String(row.id),
      dedupeKey: `request:${row.id}:supervision:admin`,
    },
    {
      role: 'department_operator',
      departmentCode: row.department_code,
      topic: 'request',
      title: '不满意诉求列入督查',
      body,
      subjectType: 'request',
      subjectId: String(row.id),
      dedupeKey: `request:${row.id}:supervision:department`,
    },
  ]);
  if (row.enterprise_id) {
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: row.enterprise_id,
        topic: 'request',
        title: '诉求已办结',
        body: `您的诉求“${row.title}”已按“不满意”办结，并已列入督查，督查结果将另行告知。`,
        subjectType: 'request',
        subjectId: String(row.id),
      }),
    );
  }
}
