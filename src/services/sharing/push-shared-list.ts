import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishShareEvents } from './publish-share-events.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';

export interface ListPush {
  /** e.g. ip-pledge-whitelist */
  listCode: string;
  /** e.g. 知识产权质押融资白名单 */
  listLabel: string;
  /** The bank's or association's account name. */
  recipient: string;
  usccs: string[];
  actor: string;
}

/**
 * Pushes a list of enterprises to a bank or an association (双向推送, 000 §二(七); e.g. the IP-pledge whitelist,
 * DOMAIN.md §7): from then on the recipient sees those enterprises, and it receives one `list_updated` event per
 * enterprise, addressed to it alone. Entries already on the list (not withdrawn) are not pushed again.
 */
export async function pushSharedList(
  db: Kysely<Database>,
  push: ListPush,
): Promise<{ added: number; alreadyListed: number }> {
  const recipient = await db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', push.recipient.trim().toLowerCase()))
    .executeTakeFirst();
  if (!recipient || !['bank', 'association'].includes(recipient.role))
    throw new AppError('INVALID_INPUT', `字段“接收机构”：未找到名为“${push.recipient}”的金融机构或行业协会账号`);
  const codes = [...new Set(push.usccs)];
  const enterprises = await findEnterpriseRefsByUscc(db, codes);
  const missing = codes.filter((code) => !enterprises.some((row) => row.uscc === code));
  if (missing.length > 0)
    throw new AppError(
      'INVALID_INPUT',
      `字段“统一社会信用代码”：以下统一社会信用代码不在企业名录中：${missing.join('、')}`,
    );
  return db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('shared_list_entries')
      .values(
        enterprises.map((row) => ({
          list_code: push.listCode,
          list_label: push.listLabel,
          recipient_user_id: recipient.id,
          enterprise_id: row.id,
          pushed_by: push.actor,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['list_code', 'recipient_user_id', 'enterprise_id'])
          .doUpdateSet({ withdrawn_at: null, pushed_by: push.actor, list_label: push.listLabel })
          .where('shared_list_entries.withdrawn_at', 'is not', null),
      )
      .returning('enterprise_id')
      .execute();
    await publishShareEvents(
      trx,
      added.map((row) => ({
        type: 'list_updated' as const,
        enterpriseId: Number(row.enterprise_id),
        recipientUserId: recipient.id,
        payload: { listCode: push.listCode, listLabel: push.listLabel, change: 'added' },
      })),
    );
    await appendAuditEvent(trx, {
      actor: push.actor,
      action: 'list.pushed',
      subjectType: 'shared_list',
      subjectId: push.listCode,
      payload: { recipient: recipient.username, listLabel: push.listLabel, added: added.length, usccs: codes },
    });
    return { added: added.length, alreadyListed: codes.length - added.length };
  });
}
