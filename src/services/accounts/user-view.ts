import type { Selectable } from 'kysely';
import { AUDIENCE_LABELS, type Role } from '../../domain/roles.ts';
import type { UserTable } from '../../store/database.ts';
import { mustChangePassword } from './must-change-password.ts';

/** An account as shown to administrators and to its owner: never the password hash. */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  departmentCode: string | null;
  uscc: string | null;
  disabled: boolean;
  /** Initial, reset or expired password. */
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export function toUserView(row: Selectable<UserTable>): UserView {
  const role = row.role as Role;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    roleLabel: AUDIENCE_LABELS[role],
    departmentCode: row.department_code,
    uscc: row.uscc,
    disabled: row.disabled,
    mustChangePassword: mustChangePassword(row),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
