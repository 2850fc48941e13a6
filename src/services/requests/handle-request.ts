import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { AWAITING_ANSWER_STATES, type HandlingAction } from '../../domain/requests/request-workflow.ts';
import { addWorkingDays, describeDeadline } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { advanceRequest, type RequestRow } from './advance-request.ts';
import { assertMayHandle, findRequestRow } from './find-request.ts';
import { SYSTEM_ACTOR, type RequestActor } from './request-actor.ts';
import { loadRequestSettings } from './request-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface HandlingInput {
  id: number;
  action: HandlingAction;
  /** The answer (required to answer); a note for the other actions. */
  text?: string | null;
  actor: RequestActor;
}

export interface HandledRequest {
  id: number;
  state: string;
  /** Duplicates that received this answer with it. */
  followers: number[];
}

/**
 * The department's steps on a case: accept (受理), start (开始办理), answer (答复, with the answer text; the first answer's
 * lateness is fixed then), close (办结: after a rating, or once the rating window passed without one — a case is
 * never closed without an answer). Duplicates linked to the case receive the same answer.
 */
export async function handleRequest(
  db: Kysely<Database>,
  input: HandlingInput,
  options: { today?: string } = {},
): Promise<HandledRequest> {
  const today = options.today ?? todayInDistrict();
  const text = input.text?.trim() ?? '';
  if (input.action === 'answer' && !text) throw new AppError('INVALID_INPUT', '字段“答复内容”：答复诉求须填写答复内容');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findRequestRow(trx, input.id, { forUpdate: true });
    assertMayHandle(current, input.actor);
    if (input.action === 'answer') return answerWithFollowers(trx, current, text, input.actor, today, messages);
    if (input.action === 'close') {
      const closed = await closeRequest(trx, current, input.actor, today, text || null);
      if (closed.enterprise_id)
        messages.push(
          await notifyEnterprise(trx, {
            enterpriseId: closed.enterprise_id,
            topic: 'request',
            title: '诉求已办结',
            body: `您的诉求“${closed.title}”已办结。`,
            subjectType: 'request',
            subjectId: String(closed.id),
          }),
        );
      return { id: closed.id, state: closed.state, followers: [] };
    }
    const advanced = await advanceRequest(trx, current, input.action, {
      actor: input.actor,
      today,
      note: text || null,
    });
    return { id: advanced.id, state: advanced.state, followers: [] };
  });
  await deliverMessages(messages);
  return result;
}

/** Closes an answered case: rated (satisfied), or never rated within the window (unrated). */
async function closeRequest(
  trx: Transaction<Database>,
  current: RequestRow,
  actor: RequestActor,
  today: string,
  note: string | null,
): Promise<RequestRow> {
  if (!current.answer_text) throw new AppError('PRECONDITION_FAILED', '诉求尚未答复，不能办结：办结须有答复内容');
  if (current.state === 'answered') {
    const window = addWorkingDays(
      await readHolidayCalendar(trx),
      current.answered_on!,
      loadRequestSettings(current.filed_on).ratingWindowWorkingDays,
    );
    if (today <= window.date)
      throw new AppError(
        'PRECONDITION_FAILED',
        `答复后等待诉求人评价至 ${describeDeadline(window.date, window.isCovered)}，期满仍未评价的方可按“未评价”办结`,
      );
  }
  const outcome = current.state === 'rated' ? 'satisfied' : 'unrated';
  return advanceRequest(trx, current, 'close', {
    actor,
    today,
    note,
    changes: { outcome, closed_on: today },
    payload: { outcome },
  });
}

/** Answers a case and, with the same text, every duplicate linked to it that still awaits an answer. */
export async function answerWithFollowers(
  trx: Transaction<Database>,
  current: RequestRow,
  text: string,
  actor: RequestActor,
  today: string,
  messages: OutgoingMessage[],
): Promise<HandledRequest> {
  const answered = await advanceRequest(trx, current, 'answer', {
    actor,
    today,
    note: text,
    changes: answerChanges(current, text, actor.name, today),
  });
  messages.push(...(await tellAnswered(trx, answered)));
  const duplicates = await trx
    .selectFrom('requests')
    .selectAll()
    .where('duplicate_of', '=', current.id)
    .where('state', 'in', [...AWAITING_ANSWER_STATES])
    .orderBy('id')
    .forUpdate()
    .execute();
  const followers: number[] = [];
  for (const duplicate of duplicates) {
    followers.push((await followOriginal(trx, duplicate, answered, today, messages)).id);
  }
  return { id: answered.id, state: answered.state, followers };
}

/** A duplicate takes its original's answer ("the duplicate follows the original's answer"). */
export async function followOriginal(
  trx: Transaction<Database>,
  duplicate: RequestRow,
  original: RequestRow,
  today: string,
  messages: OutgoingMessage[],
): Promise<RequestRow> {
  const text = original.answer_text!;
  const followed = await advanceRequest(trx, duplicate, 'follow_original', {
    actor: SYSTEM_ACTOR,
    today,
    note: `随原诉求（编号 ${original.id}）答复：${text}`,
    changes: answerChanges(duplicate, text, original.answered_by ?? SYSTEM_ACTOR.name, today),
    payload: { originalId: original.id },
  });
  messages.push(...(await tellAnswered(trx, followed)));
  return followed;
}

function answerChanges(current: RequestRow, text: string, answeredBy: string, today: string): Record<string, unknown> {
  const changes: Record<string, unknown> = { answer_text: text, answered_by: answeredBy, answered_on: today };
  if (!current.first_answered_on) {
    changes.first_answered_on = today;
    changes.is_first_answer_late = today > current.due_on;
  }
  return changes;
}

async function tellAnswered(trx: Transaction<Database>, row: RequestRow): Promise<OutgoingMessage[]> {
  if (!row.enterprise_id) return [];
  const window = loadRequestSettings(row.filed_on).ratingWindowWorkingDays;
  return [
    await notifyEnterprise(trx, {
      enterpriseId: row.enterprise_id,
      topic: 'request',
      title: '诉求已答复',
      body: `您的诉求“${row.title}”已答复：${row.answer_text}\n请在 ${window} 个工作日内对答复进行评价（非常满意、满意、基本满意、不满意、非常不满意）。`,
      subjectType: 'request',
      subjectId: String(row.id),
    }),
  ];
}
