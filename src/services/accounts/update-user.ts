import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import { AUDIENCE_LABELS, type Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { checkAccountBinding } from './check-account-binding.ts';
import { checkNewPassword } from './check-new-password.ts';
import { hashPassword } from './hash-password.ts';
import { revokeUserCredentials } from './revoke-user-credentials.ts';
import { storePassword } from './store-password.ts';
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
 * 三权分立 (roles.ts): the 系统管理员 maintains accounts (name, binding, disabled, password reset); the 安全管理员
 * assigns roles (with the binding the new role needs). Nobody changes their own role or disables themselves.
 */
const FIELDS_BY_ROLE: Partial<Record<Role, ReadonlyArray<keyof UserChanges>>> = {
  admin: ['displayName', 'departmentCode', 'uscc', 'disabled', 'password'],
  security_admin: ['role', 'departmentCode', 'uscc'],
};

/**
 * Changes an account's role, binding, name, password or disabled flag. A disabled account's sessions and tokens stop
 * working at once (every request re-reads the account); they work again if it is re-enabled. A password reset or a
 * role change ends every session and revokes every token of the account; a reset password must be changed at the
 * next login.
 */
export async function updateUser(
  db: Kysely<Database>,
  actor: Principal,
  id: number,
  changes: UserChanges,
): Promise<UserView> {
  const current = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!current) throw new AppError('NOT_FOUND', `账号 ${id} 不存在`);
  const allowed = FIELDS_BY_ROLE[actor.role] ?? [];
  const refused = (Object.keys(changes) as Array<keyof UserChanges>).filter(
    (key) => changes[key] !== undefined && !allowed.includes(key),
  );
  if (refused.length > 0) {
    const owner = refused.includes('role') ? '角色由安全管理员调整' : '账号信息、停用与口令重置由系统管理员办理';
    throw new AppError('FORBIDDEN', `字段 ${refused.join('、')}：${AUDIENCE_LABELS[actor.role]}不能修改（${owner}）`);
  }
  // Without this an administrator could lock themselves out, or grant themselves another administrator's powers.
  if (
    id === actor.userId &&
    ((changes.disabled ?? false) || (changes.role !== undefined && changes.role !== current.role))
  ) {
    throw new AppError('PRECONDITION_FAILED', '不能停用自己的账号或修改自己的角色，请由另一位管理员操作');
  }
  const role = changes.role ?? (current.role as Role);
  const roleChanged = role !== current.role;
  // A role change drops a binding the new role cannot have, unless the request sets one explicitly.
  const departmentCode =
    changes.departmentCode !== undefined
      ? changes.departmentCode
      : roleChanged && role !== 'department_operator'
        ? null
        : current.department_code;
  const uscc = changes.uscc !== undefined ? changes.uscc : roleChanged && role !== 'enterprise' ? null : current.uscc;
  await checkAccountBinding(db, { role, departmentCode, uscc });
  if (changes.password !== undefined)
    await checkNewPassword(db, { username: current.username, password: changes.password, userId: id });
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;

  const next = {
    display_name: changes.displayName ?? current.display_name,
    role,
    department_code: departmentCode,
    uscc,
    disabled: changes.disabled ?? current.disabled,
  };
  // The audit event lists what changed, from → to (never the password itself).
  const changed: Record<string, unknown> = {};
  for (const key of ['display_name', 'role', 'department_code', 'uscc', 'disabled'] as const) {
    if (next[key] !== current[key]) changed[key] = { from: current[key], to: next[key] };
  }
  if (changes.password !== undefined) changed.password = '已重置';
  if (Object.keys(changed).length === 0) return toUserView(current);

  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ ...next, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    if (passwordHash) await storePassword(trx, id, passwordHash, { mustChange: true, expires: true });
    await appendAuditEvent(trx, {
      actor: describeActor(actor),
      action: 'user.updated',
      subjectType: 'user',
      subjectId: String(id),
      payload: { username: current.username, changes: changed },
    });
    if (passwordHash || roleChanged) {
      await revokeUserCredentials(trx, {
        userId: id,
        username: current.username,
        actor: describeActor(actor),
        reason: passwordHash ? 'password_reset' : 'role_changed',
      });
    }
    return toUserView(await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  });
}
