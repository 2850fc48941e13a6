import type { Selectable, Transaction } from 'kysely';
import type { Database, UserTable } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { loadAccountSecurityPolicy } from './account-security-policy.ts';
import { generateSecret, hashSecret } from './secret-token.ts';

export interface OpenedSession {
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  /** The absolute end of the session (catalog/account-security.yaml session_absolute_hours, unless overridden). */
  expiresAt: Date;
}

/** How the person proved who they are: the account's password, or the unified identity service (docs/integration.md). */
export type LoginMethod = 'password' | 'unified';

/** Opens a session for an account whose password (or unified identity) was just checked, and records the login. */
export async function openSession(
  trx: Transaction<Database>,
  user: Selectable<UserTable>,
  input: { ip?: string; userAgent?: string; sessionLifetimeMs?: number; method?: LoginMethod },
): Promise<OpenedSession> {
  const sessionToken = generateSecret();
  const lifetimeMs = input.sessionLifetimeMs ?? loadAccountSecurityPolicy().sessionAbsoluteHours * 3_600_000;
  const expiresAt = new Date(Date.now() + lifetimeMs);
  const session = await trx
    .insertInto('sessions')
    .values({
      token_hash: hashSecret(sessionToken),
      user_id: user.id,
      expires_at: expiresAt,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 256) ?? null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, {
    actor: user.username,
    action: 'auth.logged_in',
    subjectType: 'user',
    subjectId: String(user.id),
    payload: {
      sessionId: session.id,
      ip: input.ip ?? null,
      expiresAt: expiresAt.toISOString(),
      method: input.method ?? 'password',
    },
  });
  return { sessionToken, expiresAt };
}
