import { z } from 'zod';
import { listSharedEnterprises } from '../../services/sharing/list-shared-enterprises.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** Only the sharing recipients: officials have the registry (GET /api/enterprises) instead. */
const SHARED_LIST_ACCESS: RouteAccess = { bank: 'shared-enterprise', association: 'shared-enterprise' };

const SharedEnterpriseSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    grade: z.string().nullable().describe('当前信用等级（尚未评价为空）'),
    score: z.number().nullable(),
    asOf: z.string().nullable().describe('评价基准日'),
    lists: z.array(z.string()).describe('推送给本机构、包含该企业的名单'),
    authorizedUntil: z.string().nullable().describe('企业授权本机构查询的截止日（未授权为空）'),
  })
  .meta({ id: 'SharedEnterprise' });

/**
 * The enterprises shared with a bank or an association (an association's members), with their current grades: the
 * same enterprises and the same grade the grade query gives one at a time (docs/sharing.md).
 */
export function registerSharedEnterpriseRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/shared-enterprises',
    {
      config: { access: SHARED_LIST_ACCESS },
      schema: {
        summary: '共享给本机构的企业及其信用等级',
        description:
          '推送给本机构的名单中、或授权本机构查询（截止日前且未撤回）的企业，附当前信用等级、得分与评价基准日，以及共享的途径。按企业名称排序，可用 q 按名称或统一社会信用代码查找。',
        tags: ['共享'],
        querystring: PageQuery.extend({
          q: z.string().trim().max(100).optional().describe('企业名称关键词或统一社会信用代码前缀'),
        }),
        response: { 200: pageOf(SharedEnterpriseSchema) },
      },
    },
    async (request) => listSharedEnterprises(context.store.db, principalOf(request).userId, request.query),
  );
}
