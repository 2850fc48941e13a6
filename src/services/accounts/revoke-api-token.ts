import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

/**
 * Revokes a token at once. Only its owner or an administrator may; anyone else is told it does not exist, so token
 * ids cannot be probed. Revoking an already revoked token changes nothing.
 */
export async function revokeApiToken(db: Kysely<Database>, principal: Principal, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const token = await trx
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'name', 'revoked_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!token || (principal.role !== 'admin' && token.user_id !== principal.userId))
      throw new AppError('NOT_FOUND', `API 令牌 ${id} 不存在`);
    if (token.revoked_at) return;
    await trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'token.revoked',
      subjectType: 'api_token',
      subjectId: String(id),
      payload: { name: token.name, ownerUserId: token.user_id },
    });
  });
}
