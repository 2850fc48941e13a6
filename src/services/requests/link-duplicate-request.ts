import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { AWAITING_ANSWER_STATES, type RequestState } from '../../domain/requests/request-workflow.ts';
import type { Database } from '../../store/database.ts';
import { deliverMessages } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { recordRequestStep } from './advance-request.ts';
import { assertMayHandle, findRequestRow } from './find-request.ts';
import { followOriginal } from './handle-request.ts';
import type { RequestActor } from './request-actor.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface LinkInput {
  /** The later request, to be marked a duplicate … */
  id: number;
  /** … of this earlier one. */
  originalId: number;
  reason: string;
  actor: RequestActor;
}

/**
 * Links a repeated request (same requester, or the same matter raised again) to the earlier one, with the official's
 * reason. The duplicate then takes the original's answer: at once when the original was already answered (and is not
 * being reworked after a bad rating), otherwise when it is. A department links only cases routed to it; the credit office any.
 */
export async function linkDuplicateRequest(
  db: Kysely<Database>,
  input: LinkInput,
  options: { today?: string } = {},
): Promise<{ id: number; state: string; duplicateOf: number }> {
  const today = options.today ?? todayInDistrict();
  const reason = input.reason.trim();
  if (!reason) throw new AppError('INVALID_INPUT', '字段“关联理由”：关联重复诉求须说明理由（同一诉求人或同一事项）');
  if (input.id === input.originalId) throw new AppError('INVALID_INPUT', '字段“原诉求”：不能把诉求关联到它自己');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const duplicate = await findRequestRow(trx, input.id, { forUpdate: true });
    const original = await findRequestRow(trx, input.originalId);
    assertMayHandle(duplicate, input.actor);
    assertMayHandle(original, input.actor);
    if (original.duplicate_of)
      throw new AppError(
        'INVALID_INPUT',
        `字段“原诉求”：诉求 ${original.id} 本身是诉求 ${original.duplicate_of} 的重复件，请关联到原诉求 ${original.duplicate_of}`,
      );
    if (duplicate.duplicate_of)
      throw new AppError('CONFLICT', `诉求 ${duplicate.id} 已关联到诉求 ${duplicate.duplicate_of}`);
    if (!AWAITING_ANSWER_STATES.includes(duplicate.state as RequestState))
      throw new AppError('PRECONDITION_FAILED', `诉求 ${duplicate.id} 已答复，不能再作为重复件关联`);
    if (original.id > duplicate.id) throw new AppError('INVALID_INPUT', '字段“原诉求”：原诉求应早于重复诉求提交');
    const sameRequester =
      (duplicate.enterprise_id !== null && duplicate.enterprise_id === original.enterprise_id) ||
      (duplicate.phone_cipher !== null && duplicate.phone_cipher === original.phone_cipher);
    const linked = await trx
      .updateTable('requests')
      .set({ duplicate_of: original.id, updated_at: new Date() })
      .where('id', '=', duplicate.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordRequestStep(trx, linked, 'link', duplicate.state, {
      actor: input.actor,
      today,
      note: reason,
      payload: { originalId: original.id, isSameRequester: sameRequester },
    });
    const isOriginalAnswered = !AWAITING_ANSWER_STATES.includes(original.state as RequestState);
    const final = isOriginalAnswered ? await followOriginal(trx, linked, original, today, messages) : linked;
    return { id: final.id, state: final.state, duplicateOf: original.id };
  });
  await deliverMessages(messages);
  return result;
}
