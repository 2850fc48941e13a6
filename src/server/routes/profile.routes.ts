import { z } from 'zod';
import { todayInDistrict } from '../../domain/district-date.ts';
import { listProfileTags } from '../../services/profile/list-profile-tags.ts';
import { showEnterpriseProfile } from '../../services/profile/show-enterprise-profile.ts';
import type { RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { UsccParams } from './enterprise.routes.ts';

/** Officials who see the 企业库; the enterprise sees its own 信用画像 in its portal (我的信用). */
const PROFILE_TAG_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'all',
  reviewer: 'all',
  inspector: 'all',
};
const ENTERPRISE_PROFILE_ACCESS: RouteAccess = { ...PROFILE_TAG_ACCESS, enterprise: 'own-enterprise' };

const Tone = z.enum(['positive', 'negative']).describe('positive 正面；negative 风险提示');

const ProfileTagSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    tone: Tone,
    explanation: z.string().describe('标签含义'),
    reference: z.string().describe('规则依据'),
    isLocalExample: z.boolean().describe('为真时口径为本地示例，待主管部门确认'),
    enterpriseCount: z.number().int().describe('最近一次刷新时带此标签的企业数'),
  })
  .meta({ id: 'ProfileTag' });

const EnterpriseTagSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    tone: Tone,
    explanation: z.string(),
    reference: z.string(),
    referenceText: z.string().describe('规则依据（可读文字）'),
    facts: z.array(z.string()).describe('标签所依据的事实：记录、数字及日期'),
  })
  .meta({ id: 'EnterpriseTag' });

/** 信用画像 (000 §二(二)): the tags as data, and one enterprise's tags with the facts behind each. */
export function registerProfileRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/profile-tags',
    {
      config: { access: PROFILE_TAG_ACCESS },
      schema: {
        summary: '信用画像标签',
        description: '标签及其含义、依据，以及最近一次刷新时带各标签的企业数。',
        tags: ['企业'],
        response: {
          200: z.object({
            refreshedAsOf: z.string().nullable().describe('最近一次刷新的基准日（尚未刷新为空）'),
            items: z.array(ProfileTagSchema),
          }),
        },
      },
    },
    async () => listProfileTags(db),
  );

  app.get(
    '/api/enterprises/:uscc/profile',
    {
      config: { access: ENTERPRISE_PROFILE_ACCESS },
      schema: {
        summary: '企业信用画像',
        description: '按现有数据即时计算企业的信用画像标签，每个标签列出含义、依据和所依据的事实。',
        tags: ['企业'],
        params: UsccParams,
        querystring: z.object({ asOf: z.iso.date().optional().describe('基准日 YYYY-MM-DD（默认今天）') }),
        response: {
          200: z.object({
            uscc: z.string(),
            name: z.string(),
            grade: z.string().nullable(),
            asOf: z.string(),
            tags: z.array(EnterpriseTagSchema),
          }),
        },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return showEnterpriseProfile(db, { uscc: request.params.uscc, asOf: request.query.asOf ?? todayInDistrict() });
    },
  );
}
