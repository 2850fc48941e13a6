import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { createUser } from './create-user.ts';

export const INITIAL_ADMINISTRATOR = 'admin';

/**
 * A production store starts with one 系统管理员 and a random password shown once on the console; it must be changed
 * at the first login (createUser sets that). The 安全管理员 and 审计管理员 are created on the command line
 * (`xinping user create … --role security_admin|audit_admin`), never by the 系统管理员 (三权分立, roles.ts).
 * Returns null when the store already has accounts.
 */
export async function createInitialAdministrator(
  db: Kysely<Database>,
): Promise<{ username: string; password: string } | null> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  // The fixed prefix guarantees all four character classes; the rest is 96 random bits.
  const password = `Xp7-${randomBytes(12).toString('base64url')}`;
  await createUser(db, '初始化', {
    username: INITIAL_ADMINISTRATOR,
    displayName: '初始系统管理员',
    role: 'admin',
    password,
  });
  return { username: INITIAL_ADMINISTRATOR, password };
}
