import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { HONEST_CASE_STATES } from '../../services/public-portal/honest-case.ts';
import { listHonestCases } from '../../services/public-portal/list-honest-cases.ts';
import { publishHonestCase } from '../../services/public-portal/publish-honest-case.ts';
import { withdrawHonestCase } from '../../services/public-portal/withdraw-honest-case.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { PublicHonestCaseSchema } from './public.routes.ts';

/** The credit office curates the cases (001 §二(九): 区市场监管局、区发改经信局 lead the publicity). */
const CURATORS: RouteAccess = { admin: 'all' };
const TAGS = ['公示'];

const HonestCaseSchema = PublicHonestCaseSchema.extend({
  state: z.enum(HONEST_CASE_STATES).describe('published 发布中；withdrawn 已撤回'),
  version: z.number().int(),
  publishedBy: z.string().describe('发布人账号'),
  publishedByName: z.string().describe('发布人姓名'),
  publishedAt: z.string(),
  withdrawnBy: z.string().nullable().describe('撤回人账号'),
  withdrawnByName: z.string().nullable().describe('撤回人姓名'),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  currentGrade: z.string().nullable().describe('企业现行信用等级'),
  isShownPublicly: z.boolean().describe('公众门户现在是否展示'),
  hiddenReason: z.string().nullable().describe('发布中但不展示的原因'),
}).meta({ id: 'HonestCase' });

/** 诚信典型案例 management: publish and withdraw, both audited; the public list is in public.routes.ts. */
export function registerHonestCaseRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/honest-cases',
    {
      config: { access: CURATORS },
      schema: {
        summary: '诚信典型案例列表（管理）',
        description: '全部案例，含已撤回的；标明公众门户现在是否展示及原因。',
        tags: TAGS,
        querystring: PageQuery.extend({ state: z.enum(HONEST_CASE_STATES).optional() }),
        response: { 200: pageOf(HonestCaseSchema) },
      },
    },
    async (request) => listHonestCases(db, request.query),
  );

  app.post(
    '/api/honest-cases',
    {
      config: { access: CURATORS },
      schema: {
        summary: '发布诚信典型案例',
        description:
          '选取一家企业，写明标题与正文，在公众门户发布。企业现行信用等级须在诚信典型案例规定的等级范围内；每家企业同时只有一个发布中的案例。' +
          '未给出亮点时，取企业的荣誉表彰记录。记入审计链。',
        tags: TAGS,
        body: z.object({
          uscc: z.string().max(100).describe('企业统一社会信用代码'),
          title: z.string().max(200).describe('案例标题（最多 100 字）'),
          story: z.string().max(8000).describe('案例正文（最多 4000 字）'),
          highlights: z.array(z.string().max(200)).max(20).optional().describe('亮点（最多 8 条，每条最多 60 字）'),
        }),
        response: { 201: HonestCaseSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await publishHonestCase(db, { ...request.body, actor: describeActor(principalOf(request)) })),
  );

  app.post(
    '/api/honest-cases/:id/withdraw',
    {
      config: { access: CURATORS },
      schema: {
        summary: '撤回诚信典型案例',
        description: '从公众门户撤回案例，须写明原因；案例记录保留。记入审计链。',
        tags: TAGS,
        params: IdParams,
        body: z.object({ reason: z.string().max(1000).describe('撤回原因') }),
        response: { 200: HonestCaseSchema },
      },
    },
    async (request) =>
      withdrawHonestCase(db, {
        id: request.params.id,
        reason: request.body.reason,
        actor: describeActor(principalOf(request)),
      }),
  );
}
