import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { hashSecret } from './secret-token.ts';

/** Ends the session the cookie names; the cookie stops working even if the browser keeps it. */
export async function logOut(db: Kysely<Database>, sessionToken: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const session = await trx
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('token_hash', '=', hashSecret(sessionToken))
      .where('revoked_at', 'is', null)
      .returning(['id', 'user_id'])
      .executeTakeFirst();
    if (!session) return;
    const user = await trx
      .selectFrom('users')
      .select('username')
      .where('id', '=', session.user_id)
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: user.username,
      action: 'auth.logged_out',
      subjectType: 'user',
      subjectId: String(session.user_id),
      payload: { sessionId: session.id },
    });
  });
}
