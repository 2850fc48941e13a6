import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/database.ts';
import { loadAccountSecurityPolicy } from './account-security-policy.ts';

const DAY_MS = 86_400_000;

/**
 * Writes a new password hash with its history entry. `mustChange`: set by someone else (initial or reset password),
 * so the owner must replace it at the next login. `expires`: false for demo accounts, whose password is published.
 */
export async function storePassword(
  trx: Transaction<Database> | Kysely<Database>,
  userId: number,
  passwordHash: string,
  options: { mustChange: boolean; expires: boolean },
): Promise<void> {
  const { passwordExpiryDays } = loadAccountSecurityPolicy();
  const now = new Date();
  await trx
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      must_change_password: options.mustChange,
      password_changed_at: now,
      password_expires_at:
        options.expires && passwordExpiryDays > 0 ? new Date(now.getTime() + passwordExpiryDays * DAY_MS) : null,
      updated_at: now,
    })
    .where('id', '=', userId)
    .execute();
  await trx.insertInto('password_history').values({ user_id: userId, password_hash: passwordHash }).execute();
}
