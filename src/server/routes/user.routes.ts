import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { AUDIENCE_LABELS, isAdministratorRole } from '../../domain/roles.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { listUsers } from '../../services/accounts/list-users.ts';
import { updateUser } from '../../services/accounts/update-user.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, ListedUserSchema, PageQuery, RoleSchema, UserSchema, UsernameSchema, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * 三权分立 (roles.ts): the 系统管理员 creates and maintains accounts, the 安全管理员 assigns roles; both see the list
 * (updateUser checks which fields each may change). The 审计管理员 has no access here.
 */
const ACCOUNT_READERS: RouteAccess = { admin: 'all', security_admin: 'all' };
const ACCOUNT_CREATORS: RouteAccess = { admin: 'all' };
const ACCOUNT_EDITORS: RouteAccess = { admin: 'all', security_admin: 'all' };

const NewUserBody = z.object({
  username: UsernameSchema,
  displayName: z.string().trim().min(1).max(100).describe('姓名或单位名称'),
  role: RoleSchema,
  password: z.string().max(256).describe('初始口令：须符合口令策略，账号首次登录时必须修改'),
  departmentCode: z.string().trim().min(1).nullish().describe('数据报送单位账号必填：部门代码'),
  uscc: z.string().trim().toUpperCase().length(18).nullish().describe('企业用户账号必填：统一社会信用代码'),
});

const UserChangesBody = z
  .object({
    displayName: z.string().trim().min(1).max(100),
    role: RoleSchema,
    departmentCode: z.string().trim().min(1).nullable(),
    uscc: z.string().trim().toUpperCase().length(18).nullable(),
    disabled: z.boolean().describe('true 停用账号：其会话和令牌立即失效'),
    password: z.string().max(256).describe('重置口令：账号的全部会话与令牌失效，下次登录须修改'),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, '至少需要修改一项');

export function registerUserRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/users',
    {
      config: { access: ACCOUNT_READERS },
      schema: {
        summary: '账号列表',
        tags: ['账号管理'],
        querystring: PageQuery.extend({
          role: RoleSchema.optional(),
          q: z.string().trim().max(64).optional().describe('用户名或显示名称的一部分'),
        }),
        response: {
          200: pageOf(ListedUserSchema),
        },
      },
    },
    async (request) => listUsers(context.store.db, request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: ACCOUNT_CREATORS, sessionOnly: true },
      schema: {
        summary: '创建账号',
        description:
          '系统管理员创建业务角色的账号；管理员角色（系统、安全、审计管理员）只能由安全管理员调整角色授予，或在命令行创建。',
        tags: ['账号管理'],
        body: NewUserBody,
        response: { 201: UserSchema },
      },
    },
    async (request, reply) => {
      if (isAdministratorRole(request.body.role)) {
        throw new AppError(
          'FORBIDDEN',
          `字段 role：系统管理员不能创建${AUDIENCE_LABELS[request.body.role]}账号（三权分立），请由安全管理员调整角色或在命令行创建`,
        );
      }
      const user = await createUser(context.store.db, describeActor(principalOf(request)), request.body);
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ACCOUNT_EDITORS, sessionOnly: true },
      schema: {
        summary: '修改账号',
        description:
          '系统管理员：修改名称与绑定、停用/启用、重置口令；安全管理员：调整角色（及新角色所需的绑定）。不能停用自己或修改自己的角色。' +
          '重置口令或调整角色后，该账号的全部会话与 API 令牌立即失效。',
        tags: ['账号管理'],
        params: IdParams,
        body: UserChangesBody,
        response: { 200: UserSchema },
      },
    },
    async (request) => updateUser(context.store.db, principalOf(request), request.params.id, request.body),
  );
}
