import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { getDecoyHash, verifyPassword } from './hash-password.ts';
import { generateSecret, hashSecret } from './secret-token.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface LogInInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  /** How long the session lasts, from now. */
  sessionLifetimeMs: number;
}

export interface LoggedIn {
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  expiresAt: Date;
  user: UserView;
}

// One message for an unknown user and a wrong password: the response must not tell which usernames exist.
const WRONG_CREDENTIALS = '用户名或密码错误';

/**
 * Checks a username and password and opens a session. Every attempt, failed or not, is in the audit trail with
 * the address it came from; the reason for a failure is recorded there, never told to the client.
 */
export async function logIn(db: Kysely<Database>, input: LogInInput): Promise<LoggedIn> {
  const user = await db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', input.username.toLowerCase()).executeTakeFirst();
  // An unknown user still costs one scrypt, so response time does not reveal whether the account exists.
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await getDecoyHash()));
  const failure = !user ? 'unknown_user' : !matches ? 'wrong_password' : user.disabled ? 'disabled' : undefined;
  if (failure || !user) {
    await db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actor: input.username.slice(0, 64),
        action: 'auth.login_failed',
        subjectType: 'user',
        subjectId: user ? String(user.id) : '',
        payload: { reason: failure, ip: input.ip ?? null },
      }),
    );
    if (failure === 'disabled') throw new AppError('FORBIDDEN', '账号已停用,请联系平台管理员');
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  const sessionToken = generateSecret();
  const expiresAt = new Date(Date.now() + input.sessionLifetimeMs);
  await db.transaction().execute(async (trx) => {
    const session = await trx
      .insertInto('sessions')
      .values({ token_hash: hashSecret(sessionToken), user_id: user.id, expires_at: expiresAt, ip: input.ip ?? null, user_agent: input.userAgent?.slice(0, 256) ?? null, revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: user.username,
      action: 'auth.logged_in',
      subjectType: 'user',
      subjectId: String(user.id),
      payload: { sessionId: session.id, ip: input.ip ?? null, expiresAt: expiresAt.toISOString() },
    });
  });
  return { sessionToken, expiresAt, user: toUserView(user) };
}
