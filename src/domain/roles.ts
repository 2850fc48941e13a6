/**
 * Who uses the platform (DOMAIN.md §1). Every account has exactly one role; a department operator is bound to one
 * department and an enterprise account to one USCC. Anyone not logged in is the anonymous public.
 *
 * 三权分立 (GB/T 22239-2019 8.1.4.2 c) “实现管理用户的权限分离” and 8.1.5.1–8.1.5.3 系统管理、审计管理、安全管理;
 * docs/security.md): the administrator's powers are split over three roles, and since an account has exactly one role no
 * account holds two of them. `admin` keeps its identifier (existing accounts and access rules stay valid) and is now the 系统管理员:
 * configuration and accounts; `security_admin` (安全管理员) changes roles and security settings; `audit_admin`
 * (审计管理员) reads and verifies the audit trail and can change nothing else.
 */
export const ROLES = [
  'admin',
  'security_admin',
  'audit_admin',
  'department_operator',
  'reviewer',
  'enterprise',
  'bank',
  'association',
  'inspector',
] as const;
export type Role = (typeof ROLES)[number];

/** The roles plus the anonymous public: everyone an access rule may speak about. */
export const AUDIENCES = [...ROLES, 'anonymous'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  admin: '系统管理员',
  security_admin: '安全管理员',
  audit_admin: '审计管理员',
  department_operator: '数据报送单位',
  reviewer: '审核员',
  enterprise: '企业用户',
  bank: '金融机构',
  association: '行业协会',
  inspector: '检查人员',
  anonymous: '公众（未登录）',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The three administrator roles of 三权分立; no account may hold two of them (one role per account). */
export const ADMINISTRATOR_ROLES = ['admin', 'security_admin', 'audit_admin'] as const satisfies readonly Role[];

export function isAdministratorRole(role: Role): boolean {
  return (ADMINISTRATOR_ROLES as readonly Role[]).includes(role);
}
