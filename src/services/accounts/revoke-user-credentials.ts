import type { Transaction } from 'kysely';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';

/**
 * Ends every session and revokes every API token of an account (password reset or change, role change), so a stolen
 * session or token stops working with the old password or role. Recorded when anything was revoked.
 */
export async function revokeUserCredentials(
  trx: Transaction<Database>,
  input: { userId: number; username: string; actor: string; reason: string },
): Promise<void> {
  const now = new Date();
  const sessions = await trx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', input.userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('id')
    .execute();
  const tokens = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('user_id', '=', input.userId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  if (sessions.length === 0 && tokens.length === 0) return;
  await appendAuditEvent(trx, {
    actor: input.actor,
    action: 'auth.credentials_revoked',
    subjectType: 'user',
    subjectId: String(input.userId),
    payload: {
      username: input.username,
      reason: input.reason,
      sessions: sessions.length,
      tokens: tokens.map((token) => token.id),
    },
  });
}
