import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import { grantAuthorization } from '../../services/sharing/grant-authorization.ts';
import { listAuthorizations } from '../../services/sharing/list-authorizations.ts';
import { pushSharedList } from '../../services/sharing/push-shared-list.ts';
import { revokeAuthorization } from '../../services/sharing/revoke-authorization.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * Who may see an enterprise beyond the officials: the enterprise authorises a bank or association
 * (企业授权查询) and revokes it; the recipients see the authorisations given to them; the credit office pushes lists
 * (e.g. the IP-pledge whitelist, 000 §二(七)) to a bank or an association.
 */
const AUTHORIZATION_READ_ACCESS: RouteAccess = {
  admin: 'all',
  enterprise: 'own-enterprise',
  bank: 'own-account',
  association: 'own-account',
};
const AUTHORIZATION_WRITE_ACCESS: RouteAccess = { enterprise: 'own-enterprise' };
const LIST_PUSH_ACCESS: RouteAccess = { admin: 'all' };

const AuthorizationSchema = z
  .object({
    id: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    grantee: z.string().describe('被授权的金融机构或行业协会账号'),
    granteeName: z.string(),
    purpose: z.string(),
    validUntil: z.string().describe('授权截止日（含当日）'),
    grantedBy: z.string().describe('作出授权的企业账号'),
    grantedByName: z.string().describe('作出授权的人员姓名'),
    grantedAt: z.string(),
    revokedAt: z.string().nullable(),
    isActive: z.boolean().describe('今天是否有效'),
  })
  .meta({ id: 'EnterpriseAuthorization' });

export function registerAuthorizationRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.post(
    '/api/authorizations',
    {
      config: { access: AUTHORIZATION_WRITE_ACCESS },
      schema: {
        summary: '授权金融机构查询本企业',
        description:
          '企业授权查询：被授权账号在截止日前可查看本企业的信用等级、评价轨迹与完整版信用报告，并接收本企业的共享事件。可随时撤回。',
        tags: ['共享'],
        body: z.object({
          grantee: z.string().trim().min(1).max(64).describe('金融机构或行业协会的账号名'),
          validUntil: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期')
            .describe('授权截止日'),
          purpose: z.string().trim().min(1).max(200).describe('授权用途，如“贷款审批”'),
        }),
        response: { 201: AuthorizationSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await grantAuthorization(db, principalOf(request), request.body)),
  );

  app.get(
    '/api/authorizations',
    {
      config: { access: AUTHORIZATION_READ_ACCESS },
      schema: {
        summary: '企业授权查询列表',
        description: '企业看到本企业作出的授权，金融机构看到授予本机构的授权，管理员可见全部。',
        tags: ['共享'],
        response: { 200: z.object({ items: z.array(AuthorizationSchema) }) },
      },
    },
    async (request) => ({ items: await listAuthorizations(db, principalOf(request)) }),
  );

  app.delete(
    '/api/authorizations/:id',
    {
      config: { access: AUTHORIZATION_WRITE_ACCESS },
      schema: {
        summary: '撤回查询授权',
        description: '立即生效；只能撤回本企业作出的授权。',
        tags: ['共享'],
        params: IdParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await revokeAuthorization(db, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/shared-lists/:code',
    {
      config: { access: LIST_PUSH_ACCESS },
      schema: {
        summary: '向金融机构或行业协会推送名单',
        description:
          '如知识产权质押融资白名单（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（七）项）：接收方此后可查看名单中的企业，并收到 list_updated 事件。已在名单中的企业不重复推送。',
        tags: ['共享'],
        params: z.object({
          code: z
            .string()
            .trim()
            .regex(/^[a-z0-9-]{2,64}$/, '名单代码应为 2–64 位小写字母、数字或连字符')
            .describe('名单代码，如 ip-pledge-whitelist'),
        }),
        body: z.object({
          label: z.string().trim().min(1).max(100).describe('名单名称，如“知识产权质押融资白名单”'),
          recipient: z.string().trim().min(1).max(64).describe('接收方账号名'),
          usccs: z
            .array(z.string().transform((value) => normalizeUscc(value)))
            .min(1)
            .max(10_000),
        }),
        response: { 200: z.object({ added: z.number().int(), alreadyListed: z.number().int() }) },
      },
    },
    async (request) =>
      pushSharedList(db, {
        listCode: request.params.code,
        listLabel: request.body.label,
        recipient: request.body.recipient,
        usccs: request.body.usccs,
        actor: describeActor(principalOf(request)),
      }),
  );
}
