import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { checkAccountBinding, checkPasswordStrength } from './check-account-binding.ts';
import { hashPassword } from './hash-password.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  departmentCode?: string | null;
  uscc?: string | null;
}

/** Creates an account (admin only, checked by the caller) and records who created it. */
export async function createUser(db: Kysely<Database>, actor: string, input: NewUser): Promise<UserView> {
  const binding = { role: input.role, departmentCode: input.departmentCode ?? null, uscc: input.uscc ?? null };
  await checkAccountBinding(db, binding);
  checkPasswordStrength(input.password);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where(sql`lower(username)`, '=', input.username.toLowerCase()).executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', `字段 username:用户名“${input.username}”已被使用`);
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
    await appendAuditEvent(trx, {
      actor,
      action: 'user.created',
      subjectType: 'user',
      subjectId: String(row.id),
      payload: { username: row.username, role: row.role, departmentCode: row.department_code, uscc: row.uscc },
    });
    return toUserView(row);
  });
}
