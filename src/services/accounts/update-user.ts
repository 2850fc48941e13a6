import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { checkAccountBinding, checkPasswordStrength } from './check-account-binding.ts';
import { hashPassword } from './hash-password.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface UserChanges {
  displayName?: string;
  role?: Role;
  departmentCode?: string | null;
  uscc?: string | null;
  disabled?: boolean;
  password?: string;
}

/**
 * Changes an account's role, binding, name, password or disabled flag. A disabled account's sessions and tokens stop
 * working at once (every request re-reads the account); they work again if it is re-enabled.
 */
export async function updateUser(db: Kysely<Database>, actor: Principal, id: number, changes: UserChanges): Promise<UserView> {
  const current = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw new AppError('NOT_FOUND', `账号 ${id} 不存在`);
  // Without this an administrator could lock everyone, themselves included, out of user management.
  if (id === actor.userId && ((changes.disabled ?? false) || (changes.role !== undefined && changes.role !== 'admin'))) {
    throw new AppError('PRECONDITION_FAILED', '不能停用自己的账号或取消自己的管理员角色,请由另一位管理员操作');
  }
  const role = changes.role ?? (current.role as Role);
  const roleChanged = role !== current.role;
  // A role change drops a binding the new role cannot have, unless the request sets one explicitly.
  const departmentCode = changes.departmentCode !== undefined ? changes.departmentCode : roleChanged && role !== 'department_operator' ? null : current.department_code;
  const uscc = changes.uscc !== undefined ? changes.uscc : roleChanged && role !== 'enterprise' ? null : current.uscc;
  await checkAccountBinding(db, { role, departmentCode, uscc });
  if (changes.password !== undefined) checkPasswordStrength(changes.password);
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : current.password_hash;

  const next = {
    display_name: changes.displayName ?? current.display_name,
    role,
    department_code: departmentCode,
    uscc,
    disabled: changes.disabled ?? current.disabled,
    password_hash: passwordHash,
  };
  // The audit event lists what changed, from → to (never the password itself).
  const changed: Record<string, unknown> = {};
  for (const key of ['display_name', 'role', 'department_code', 'uscc', 'disabled'] as const) {
    if (next[key] !== current[key]) changed[key] = { from: current[key], to: next[key] };
  }
  if (changes.password !== undefined) changed.password = '已重置';
  if (Object.keys(changed).length === 0) return toUserView(current);

  return db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('users').set({ ...next, updated_at: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: describeActor(actor),
      action: 'user.updated',
      subjectType: 'user',
      subjectId: String(id),
      payload: { username: row.username, changes: changed },
    });
    return toUserView(row);
  });
}
