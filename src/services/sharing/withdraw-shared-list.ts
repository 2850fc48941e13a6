import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishShareEvents } from './publish-share-events.ts';
import { findEnterpriseRefsById, findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';

export interface ListWithdrawal {
  listCode: string;
  listLabel: string;
  /** The bank's or association's account id. */
  recipientUserId: number;
  usccs: string[];
  actor: string;
  /** Why, for the recipient and the audit trail (e.g. 不再符合白名单条件). */
  reason: string;
}

/**
 * Takes enterprises off a list pushed to a bank or an association (the counterpart of pushSharedList): the entries
 * stay with their withdrawal time, the recipient stops seeing those enterprises through the list, and it receives
 * one `list_updated` event per enterprise with change 'removed', addressed to it alone. Entries not on the list (or
 * withdrawn already) are left alone, so withdrawing twice changes nothing.
 */
export async function withdrawSharedList(
  db: Kysely<Database>,
  withdrawal: ListWithdrawal,
): Promise<{ withdrawn: number }> {
  const codes = [...new Set(withdrawal.usccs)];
  if (codes.length === 0) return { withdrawn: 0 };
  return db.transaction().execute(async (trx) => {
    const enterpriseIds = (await findEnterpriseRefsByUscc(trx, codes)).map((row) => row.id);
    if (enterpriseIds.length === 0) return { withdrawn: 0 };
    const withdrawn = await trx
      .updateTable('shared_list_entries')
      .set({ withdrawn_at: sql<Date>`now()` })
      .where('list_code', '=', withdrawal.listCode)
      .where('recipient_user_id', '=', withdrawal.recipientUserId)
      .where('withdrawn_at', 'is', null)
      .where('enterprise_id', 'in', enterpriseIds)
      .returning('enterprise_id')
      .execute();
    if (withdrawn.length === 0) return { withdrawn: 0 };
    await publishShareEvents(
      trx,
      withdrawn.map((row) => ({
        type: 'list_updated' as const,
        enterpriseId: Number(row.enterprise_id),
        recipientUserId: withdrawal.recipientUserId,
        payload: {
          listCode: withdrawal.listCode,
          listLabel: withdrawal.listLabel,
          change: 'removed',
          reason: withdrawal.reason,
        },
      })),
    );
    const recipient = await trx
      .selectFrom('users')
      .select('username')
      .where('id', '=', withdrawal.recipientUserId)
      .executeTakeFirstOrThrow();
    const withdrawnIds = withdrawn.map((row) => Number(row.enterprise_id));
    const withdrawnCodes = (await findEnterpriseRefsById(trx, withdrawnIds)).map((row) => row.uscc).sort();
    await appendAuditEvent(trx, {
      actor: withdrawal.actor,
      action: 'list.withdrawn',
      subjectType: 'shared_list',
      subjectId: withdrawal.listCode,
      payload: {
        recipient: recipient.username,
        listLabel: withdrawal.listLabel,
        reason: withdrawal.reason,
        withdrawn: withdrawn.length,
        usccs: withdrawnCodes,
      },
    });
    return { withdrawn: withdrawn.length };
  });
}
