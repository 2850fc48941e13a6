import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { checkAccountBinding } from './check-account-binding.ts';
import { checkNewPassword } from './check-new-password.ts';
import { hashPassword } from './hash-password.ts';
import { storePassword } from './store-password.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentCode?: string | null;
  uscc?: string | null;
}

/**
 * Creates an account (系统管理员 only, checked by the caller) and records who created it. The password is an initial
 * one, set by someone other than its owner: it must be changed at the first login. `isDemo`: a demo account of a demo
 * store, whose password is published (create-demo-accounts.ts): no policy, no forced change, no expiry.
 */
export async function createUser(
  db: Kysely<Database>,
  actor: string,
  input: NewUser,
  options: { isDemo?: boolean } = {},
): Promise<UserView> {
  const binding = { role: input.role, departmentCode: input.departmentCode ?? null, uscc: input.uscc ?? null };
  await checkAccountBinding(db, binding);
  if (!options.isDemo) await checkNewPassword(db, { username: input.username, password: input.password });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where(sql`lower(username)`, '=', input.username.toLowerCase())
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', `字段 username：用户名“${input.username}”已被使用`);
    const row = await trx
      .insertInto('users')
      .values({
        username: input.username,
        display_name: input.displayName,
        role: input.role,
        department_code: binding.departmentCode,
        uscc: binding.uscc,
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await storePassword(trx, row.id, passwordHash, { mustChange: !options.isDemo, expires: !options.isDemo });
    await appendAuditEvent(trx, {
      actor,
      action: 'user.created',
      subjectType: 'user',
      subjectId: String(row.id),
      payload: { username: row.username, role: row.role, departmentCode: row.department_code, uscc: row.uscc },
    });
    return toUserView({ ...row, must_change_password: !options.isDemo });
  });
}
