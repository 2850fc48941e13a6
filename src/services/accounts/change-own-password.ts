import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { checkNewPassword } from './check-new-password.ts';
import { hashPassword, verifyPassword } from './hash-password.ts';
import { openSession, type OpenedSession } from './open-session.ts';
import { revokeUserCredentials } from './revoke-user-credentials.ts';
import { storePassword } from './store-password.ts';
import { recordLoginFailure } from './throttle-logins.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  ip?: string;
  userAgent?: string;
  sessionLifetimeMs?: number;
}

/**
 * Self-service password change, also how an initial, reset or expired password is replaced. Every
 * session and token of the account ends (a thief's included); the browser that made the change gets a new session.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  principal: Principal,
  input: PasswordChange,
): Promise<OpenedSession & { user: UserView }> {
  const user = await db.selectFrom('users').selectAll().where('id', '=', principal.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    // A stolen session must not become a way around the failed-login delays to guess the password.
    await recordLoginFailure(db, { username: user.username, ip: input.ip ?? '' });
    throw new AppError('INVALID_INPUT', '字段 currentPassword：当前口令不正确');
  }
  await checkNewPassword(db, {
    username: user.username,
    password: input.newPassword,
    userId: user.id,
    field: 'newPassword',
  });
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await storePassword(trx, user.id, passwordHash, { mustChange: false, expires: true });
    await appendAuditEvent(trx, {
      actor: user.username,
      action: 'auth.password_changed',
      subjectType: 'user',
      subjectId: String(user.id),
      payload: { ip: input.ip ?? null },
    });
    await revokeUserCredentials(trx, {
      userId: user.id,
      username: user.username,
      actor: user.username,
      reason: 'password_changed',
    });
    const session = await openSession(trx, user, input);
    const updated = await trx.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    return { ...session, user: toUserView(updated) };
  });
}
