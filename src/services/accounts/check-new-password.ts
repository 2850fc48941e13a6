import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { findPasswordProblems } from '../../domain/password-policy.ts';
import type { Database } from '../../store/database.ts';
import { loadAccountSecurityPolicy } from './account-security-policy.ts';
import { verifyPassword } from './hash-password.ts';

/**
 * Refuses a password that breaks the policy (catalog/account-security.yaml), naming every broken rule, or that
 * repeats one of the account's last few passwords (the current one included). `field` is the request field named in
 * the message.
 */
export async function checkNewPassword(
  db: Kysely<Database>,
  input: { username: string; password: string; userId?: number; field?: string },
): Promise<void> {
  const policy = loadAccountSecurityPolicy();
  const field = input.field ?? 'password';
  const problems = findPasswordProblems(policy.password, input.password, input.username);
  if (problems.length > 0) throw new AppError('INVALID_INPUT', `字段 ${field}：口令不符合要求：${problems.join('；')}`);
  if (input.userId === undefined) return;
  const recent = await db
    .selectFrom('password_history')
    .select('password_hash')
    .where('user_id', '=', input.userId)
    .orderBy('id', 'desc')
    .limit(policy.passwordHistory)
    .execute();
  for (const { password_hash } of recent) {
    if (await verifyPassword(input.password, password_hash)) {
      throw new AppError(
        'INVALID_INPUT',
        `字段 ${field}：口令不符合要求：不能与最近 ${policy.passwordHistory} 次使用过的口令相同`,
      );
    }
  }
}
