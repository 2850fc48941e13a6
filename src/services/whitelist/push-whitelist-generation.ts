import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { pushSharedList } from '../sharing/push-shared-list.ts';
import { withdrawSharedList } from '../sharing/withdraw-shared-list.ts';
import type { RecipientMode, WhitelistRules } from './whitelist-rules.ts';

export interface WhitelistRecipient {
  userId: number;
  username: string;
}

export interface PushOutcome {
  recipient: string;
  /** False for a bank that is no longer a recipient (its whole list was withdrawn). */
  isRecipient: boolean;
  added: number;
  withdrawn: number;
}

/**
 * The banks a whitelist goes to (catalog recipients.mode): every active bank account, or only those with an active
 * subscription to list_updated — the bank's own opt-in to the push (see the reasoning in the catalog file).
 */
export async function findWhitelistRecipients(
  db: Kysely<Database>,
  mode: RecipientMode,
): Promise<WhitelistRecipient[]> {
  let query = db
    .selectFrom('users as u')
    .select(['u.id', 'u.username'])
    .where('u.role', '=', 'bank')
    .where('u.disabled', '=', false)
    .orderBy('u.id');
  if (mode === 'subscribed') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('subscriptions as s')
          .select('s.id')
          .whereRef('s.user_id', '=', 'u.id')
          .where('s.active', '=', true)
          .where(sql<boolean>`'list_updated' = any(s.event_types)`),
      ),
    );
  }
  return (await query.execute()).map((row) => ({ userId: Number(row.id), username: row.username }));
}

/**
 * Makes every bank's shared list match a generation: pushes its entries to each recipient (pushSharedList adds
 * only those not listed yet), withdraws what is on a recipient's list but not in the generation, and withdraws the
 * whole list from banks that are no longer recipients. A reconciliation rather than a diff with the previous
 * generation, so a push interrupted half-way is completed by the next generation.
 */
export async function pushWhitelistGeneration(
  db: Kysely<Database>,
  generationId: number,
  rules: WhitelistRules,
  actor: string,
): Promise<PushOutcome[]> {
  const recipients = await findWhitelistRecipients(db, rules.recipients.mode);
  const entries = await db
    .selectFrom('whitelist_entries as w')
    .select('w.enterprise_id')
    .where('w.generation_id', '=', generationId)
    .orderBy('w.rank')
    .execute();
  const usccs = await usccsOf(
    db,
    entries.map((row) => row.enterprise_id),
  );
  const staleOf = async (userId: number, keepGeneration: boolean) => {
    const rows = await db
      .selectFrom('shared_list_entries as l')
      .select('l.enterprise_id')
      .where('l.list_code', '=', rules.listCode)
      .where('l.recipient_user_id', '=', userId)
      .where('l.withdrawn_at', 'is', null)
      .$if(keepGeneration, (query) =>
        query.where('l.enterprise_id', 'not in', (eb) =>
          eb.selectFrom('whitelist_entries').select('enterprise_id').where('generation_id', '=', generationId),
        ),
      )
      .execute();
    return usccsOf(
      db,
      rows.map((row) => row.enterprise_id),
    );
  };
  const outcomes: PushOutcome[] = [];
  for (const recipient of recipients) {
    const added =
      usccs.length === 0
        ? 0
        : (
            await pushSharedList(db, {
              listCode: rules.listCode,
              listLabel: rules.label,
              recipient: recipient.username,
              usccs,
              actor,
            })
          ).added;
    const { withdrawn } = await withdrawSharedList(db, {
      listCode: rules.listCode,
      listLabel: rules.label,
      recipientUserId: recipient.userId,
      usccs: await staleOf(recipient.userId, true),
      actor,
      reason: `不再符合${rules.label}条件（第 ${generationId} 期名单未列入）`,
    });
    await db
      .insertInto('whitelist_recipients')
      .values({ generation_id: generationId, recipient_user_id: recipient.userId, added, withdrawn })
      .onConflict((conflict) =>
        conflict.columns(['generation_id', 'recipient_user_id']).doUpdateSet({
          added: sql`whitelist_recipients.added + excluded.added`,
          withdrawn: sql`whitelist_recipients.withdrawn + excluded.withdrawn`,
        }),
      )
      .execute();
    outcomes.push({ recipient: recipient.username, isRecipient: true, added, withdrawn });
  }
  const former = await db
    .selectFrom('shared_list_entries as l')
    .innerJoin('users as u', 'u.id', 'l.recipient_user_id')
    .select(['u.id', 'u.username'])
    .distinct()
    .where('l.list_code', '=', rules.listCode)
    .where('l.withdrawn_at', 'is', null)
    .$if(recipients.length > 0, (query) =>
      query.where(
        'l.recipient_user_id',
        'not in',
        recipients.map((recipient) => recipient.userId),
      ),
    )
    .orderBy('u.id')
    .execute();
  for (const bank of former) {
    const { withdrawn } = await withdrawSharedList(db, {
      listCode: rules.listCode,
      listLabel: rules.label,
      recipientUserId: Number(bank.id),
      usccs: await staleOf(Number(bank.id), false),
      actor,
      reason: `本机构已不是${rules.label}的推送对象（未订阅“推送名单更新”或账号已停用）`,
    });
    outcomes.push({ recipient: bank.username, isRecipient: false, added: 0, withdrawn });
  }
  return outcomes;
}

/** The USCCs of these enterprises, in the same order. */
async function usccsOf(db: Kysely<Database>, enterpriseIds: readonly number[]): Promise<string[]> {
  const refs = await mapEnterpriseRefsById(db, enterpriseIds);
  return enterpriseIds.map((id) => refs.get(Number(id))!.uscc);
}
