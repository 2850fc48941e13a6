/**
 * Who uses the platform (DOMAIN.md §1). Every account has exactly one role; a department operator is bound to one
 * department and an enterprise account to one USCC. Anyone not logged in is the anonymous public.
 */
export const ROLES = ['admin', 'department_operator', 'reviewer', 'enterprise', 'bank', 'association', 'inspector'] as const;
export type Role = (typeof ROLES)[number];

/** The roles plus the anonymous public: everyone an access rule may speak about. */
export const AUDIENCES = [...ROLES, 'anonymous'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  admin: '平台管理员',
  department_operator: '数据报送单位',
  reviewer: '审核员',
  enterprise: '企业用户',
  bank: '金融机构',
  association: '行业协会',
  inspector: '检查人员',
  anonymous: '公众(未登录)',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
