import { z } from 'zod';
import { createApiToken } from '../../services/accounts/create-api-token.ts';
import { listApiTokens } from '../../services/accounts/list-api-tokens.ts';
import { revokeApiToken } from '../../services/accounts/revoke-api-token.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, TokenScopeSchema } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * API tokens are for machines: a department's system pushing records, a bank's or an association's system pulling
 * lists. People (reviewers, inspectors, enterprises) use the browser session. Each account manages its own tokens;
 * an administrator sees and revokes everyone's.
 */
const TOKEN_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'own-account',
  bank: 'own-account',
  association: 'own-account',
};

const ApiTokenSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().describe('令牌开头几位，用于辨认'),
    owner: z.string().describe('所属账号用户名'),
    scopes: z.array(TokenScopeSchema),
    departmentCode: z.string().nullable().describe('部门令牌：以该部门的身份报送记录'),
    recordKinds: z.array(z.string()).nullable().describe('可报送的记录类别代码；null 为该部门可报送的全部类别'),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().describe('最近使用时间（精确到分钟）'),
  })
  .meta({ id: 'ApiToken' });

const NewTokenBody = z.object({
  name: z.string().trim().min(1).max(100).describe('用途说明，如“市场监管局报送系统”'),
  scopes: z.array(TokenScopeSchema).min(1).default(['read']).describe('权限，默认只读'),
  expiresAt: z.iso.datetime({ offset: true }).optional().describe('过期时间（ISO 8601），不填则长期有效直至吊销'),
  departmentCode: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('部门代码：管理员为该部门的系统创建令牌；部门账号的令牌总属于本部门'),
  recordKinds: z
    .array(z.string().trim().min(1))
    .optional()
    .describe('只允许报送这些记录类别（代码或中文名称），须为该部门可报送的类别；不填为全部'),
});

export function registerTokenRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/tokens',
    {
      config: { access: TOKEN_ACCESS, sessionOnly: true },
      schema: {
        summary: '创建 API 令牌',
        description:
          '令牌明文只在本次响应中出现一次，平台只保存其摘要。调用时使用请求头 `Authorization: Bearer <令牌>`。',
        tags: ['API 令牌'],
        body: NewTokenBody,
        response: { 201: ApiTokenSchema.extend({ token: z.string().describe('令牌明文（仅显示这一次）') }) },
      },
    },
    async (request, reply) => {
      const { name, scopes, expiresAt, departmentCode, recordKinds } = request.body;
      const created = await createApiToken(context.store.db, principalOf(request), {
        name,
        scopes,
        expiresAt: expiresAt ? new Date(expiresAt) : null,
        departmentCode,
        recordKinds,
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/tokens',
    {
      config: { access: TOKEN_ACCESS },
      schema: {
        summary: 'API 令牌列表',
        description: '本人的令牌；管理员可见全部。',
        tags: ['API 令牌'],
        response: { 200: z.object({ items: z.array(ApiTokenSchema) }) },
      },
    },
    async (request) => ({ items: await listApiTokens(context.store.db, principalOf(request)) }),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: TOKEN_ACCESS },
      schema: {
        summary: '吊销 API 令牌',
        description: '立即生效；重复吊销无副作用。',
        tags: ['API 令牌'],
        params: IdParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await revokeApiToken(context.store.db, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
