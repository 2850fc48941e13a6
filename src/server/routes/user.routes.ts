import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { listUsers } from '../../services/accounts/list-users.ts';
import { updateUser } from '../../services/accounts/update-user.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery, RoleSchema, UserSchema, UsernameSchema, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const ADMIN_ONLY: RouteAccess = { admin: 'all' };

const NewUserBody = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(100).describe('姓名或单位名称'),
  role: RoleSchema,
  password: z.string().max(256).describe('初始密码,至少 10 个字符'),
  departmentCode: z.string().trim().min(1).nullish().describe('数据报送单位账号必填:部门代码'),
  uscc: z.string().trim().toUpperCase().length(18).nullish().describe('企业用户账号必填:统一社会信用代码'),
});

const UserChangesBody = z
  .object({
    displayName: z.string().trim().min(1).max(100),
    role: RoleSchema,
    departmentCode: z.string().trim().min(1).nullable(),
    uscc: z.string().trim().toUpperCase().length(18).nullable(),
    disabled: z.boolean().describe('true 停用账号:其会话和令牌立即失效'),
    password: z.string().max(256).describe('重置密码'),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, '至少需要修改一项');

export function registerUserRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/users',
    {
      config: { access: ADMIN_ONLY },
      schema: {
        summary: '账号列表',
        tags: ['账号管理'],
        querystring: PageQuery.extend({ role: RoleSchema.optional(), q: z.string().trim().max(64).optional().describe('用户名或显示名称的一部分') }),
        response: { 200: pageOf(UserSchema) },
      },
    },
    async (request) => listUsers(context.store.db, request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: ADMIN_ONLY, sessionOnly: true },
      schema: { summary: '创建账号', tags: ['账号管理'], body: NewUserBody, response: { 201: UserSchema } },
    },
    async (request, reply) => {
      const user = await createUser(context.store.db, describeActor(principalOf(request)), request.body);
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ADMIN_ONLY, sessionOnly: true },
      schema: {
        summary: '修改账号',
        description: '停用/启用、调整角色与绑定、重置密码。不能停用自己或取消自己的管理员角色。',
        tags: ['账号管理'],
        params: IdParams,
        body: UserChangesBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => updateUser(context.store.db, principalOf(request), request.params.id, request.body),
  );
}
