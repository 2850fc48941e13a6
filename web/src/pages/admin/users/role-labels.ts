import type { Role } from '../../../api/client.ts';

/** The roles in the order the console lists them, with their Chinese names (DOMAIN.md §1; the API's RoleSchema). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
  department_operator: '数据报送单位',
  reviewer: '审核员',
  enterprise: '企业用户',
  bank: '金融机构',
  association: '行业协会',
  inspector: '检查人员',
};

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
}));

/** 三权分立: the administrator roles are granted by the 安全管理员 (a role change), never with a new account. */
export const ADMINISTRATOR_ROLES: readonly Role[] = ['admin', 'security_admin', 'audit_admin'];
export const NEW_ACCOUNT_ROLE_OPTIONS = ROLE_OPTIONS.filter((option) => !ADMINISTRATOR_ROLES.includes(option.value));
