import { z } from 'zod';
import { ROLES } from '../domain/roles.ts';
import { TOKEN_SCOPES } from '../domain/principal.ts';

/** Schemas shared by several routes. Each validates requests or responses and is also what /openapi.json shows. */

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20).describe('每页条数（1–200，默认 20）'),
  offset: z.coerce.number().int().min(0).default(0).describe('跳过的条数（默认 0）'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int().describe('符合条件的总条数'), items: z.array(item) });
}

export const IdParams = z.object({ id: z.coerce.number().int().positive().describe('编号') });

export const RoleSchema = z
  .enum(ROLES)
  .describe(
    '角色：admin 系统管理员、security_admin 安全管理员、audit_admin 审计管理员、department_operator 数据报送单位、reviewer 审核员、enterprise 企业用户、bank 金融机构、association 行业协会、inspector 检查人员',
  );
export const TokenScopeSchema = z.enum(TOKEN_SCOPES).describe('令牌权限：read 只读、write 可写');

export const UserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: RoleSchema,
    roleLabel: z.string(),
    departmentCode: z.string().nullable().describe('数据报送单位账号所属部门代码'),
    uscc: z.string().nullable().describe('企业用户账号绑定的统一社会信用代码'),
    disabled: z.boolean(),
    mustChangePassword: z.boolean().describe('true：初始口令、已重置或已过期，登录后须先修改口令'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

/** An account in the administrators' list: with the name of the enterprise an enterprise account is bound to. */
export const ListedUserSchema = UserSchema.extend({
  enterpriseName: z.string().nullable().describe('企业用户账号所绑定企业的名称'),
}).meta({ id: 'ListedUser' });

/** Usernames are ASCII so they can be typed anywhere and compared case-insensitively; the display name is Chinese. */
export const UsernameSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{1,63}$/, '用户名应为 2–64 位字母、数字、点、下划线或连字符，以字母或数字开头');
