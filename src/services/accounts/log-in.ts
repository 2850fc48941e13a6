import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { getDecoyHash, verifyPassword } from './hash-password.ts';
import { openSession, type OpenedSession } from './open-session.ts';
import { clearLoginFailures, recordLoginFailure } from './throttle-logins.ts';
import { mustChangePassword } from './must-change-password.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface LogInInput {
  username: string;
  password: string;
  ip?: string;
  userAgent?: string;
  /** How long the session lasts, from now (default: catalog/account-security.yaml). */
  sessionLifetimeMs?: number;
}

export interface LoggedIn extends OpenedSession {
  user: UserView;
  /** Initial, reset or expired password: the session may only change it (and read `me`, log out). */
  mustChangePassword: boolean;
}

// One message for an unknown user and a wrong password: the response must not tell which usernames exist.
const WRONG_CREDENTIALS = '用户名或密码错误';

/**
 * Checks a username and password and opens a session. Every attempt, failed or not, is in the audit trail with
 * the address it came from; the reason for a failure is recorded there, never told to the client. A wrong password
 * counts on the failed-login counters (throttle-logins.ts; the caller checks the delay before calling), a success
 * clears the account's.
 */
export async function logIn(db: Kysely<Database>, input: LogInInput): Promise<LoggedIn> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(username)`, '=', input.username.toLowerCase())
    .executeTakeFirst();
  // An unknown user still costs one scrypt, so response time does not reveal whether the account exists.
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await getDecoyHash()));
  const failure = !user ? 'unknown_user' : !matches ? 'wrong_password' : user.disabled ? 'disabled' : undefined;
  const attempt = { username: input.username, ip: input.ip ?? '' };
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
    if (failure === 'disabled') throw new AppError('FORBIDDEN', '账号已停用，请联系平台管理员');
    await recordLoginFailure(db, attempt);
    throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  }
  await clearLoginFailures(db, attempt);
  const session = await db.transaction().execute((trx) => openSession(trx, user, input));
  return { ...session, user: toUserView(user), mustChangePassword: mustChangePassword(user) };
}
