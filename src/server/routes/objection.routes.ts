import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { OBJECTION_ACTIONS } from '../../domain/workflows/objection-workflow.ts';
import { decideObjection } from '../../services/workflows/decide-objection.ts';
import { fileObjection } from '../../services/workflows/file-objection.ts';
import { listCasesWithDeadlines } from '../../services/workflows/list-cases-with-deadlines.ts';
import { principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { CASE_LIST_ACCESS, ENTERPRISE_FILES } from './declaration.routes.ts';
import { AttachmentList, CaseListQuery, caseWithDeadlineSchema, DecisionResultSchema } from './workflow-schemas.ts';

/** Reviewers decide every objection; a department operator only those about its own department's records. */
const OBJECTION_DECIDERS: RouteAccess = { reviewer: 'all', department_operator: 'own-department' };

const ObjectionSchema = caseWithDeadlineSchema('Objection', '办结时限（工作日）与超期、即将到期提示');

export function registerObjectionRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/objections',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '提出异议（信用复评（核）申请）',
        description:
          '对本企业的信用记录或评价结果提出异议，附理由与佐证材料（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项）；须在信息归集或评价之日起的申请期限内提出。',
        tags: ['办事'],
        body: z.object({
          recordId: z.number().int().positive().optional(),
          evaluationId: z.number().int().positive().optional(),
          reason: z.string().trim().min(1).max(4000),
          attachments: AttachmentList,
        }),
        response: { 201: z.object({ id: z.number().int(), state: z.string(), uscc: z.string() }) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await fileObjection(context.store.db, {
        uscc: principal.uscc,
        actor: describeActor(principal),
        ...request.body,
      });
      return reply.code(201).send({ ...created, uscc: principal.uscc! });
    },
  );

  app.get(
    '/api/objections',
    {
      config: { access: CASE_LIST_ACCESS },
      schema: {
        summary: '异议申请列表（含办结时限提示）',
        tags: ['办事'],
        querystring: CaseListQuery,
        response: { 200: z.object({ items: z.array(ObjectionSchema) }) },
      },
    },
    async (request) => ({
      items: await listCasesWithDeadlines(context.store.db, 'objections', {
        enterpriseUscc: scopeOf(request) === 'own-enterprise' ? principalOf(request).uscc : undefined,
        state: request.query.state,
      }),
    }),
  );

  app.post(
    '/api/objections/:id/decision',
    {
      config: { access: OBJECTION_DECIDERS },
      schema: {
        summary: '处理异议',
        description:
          '受理（accept，开始计算办结时限）、更正记录（correct）、撤销记录（revoke）、重新评价（reevaluate）或维持原结果（uphold）；除受理外须说明理由，结果告知企业。',
        tags: ['办事'],
        params: IdParams,
        body: z.object({
          action: z.enum(OBJECTION_ACTIONS),
          reason: z.string().trim().max(2000).optional(),
          corrections: z.record(z.string(), z.unknown()).optional().describe('更正后的字段值（按目录字段键）'),
        }),
        response: { 200: DecisionResultSchema },
      },
    },
    async (request) =>
      decideObjection(context.store.db, { id: request.params.id, ...request.body, principal: principalOf(request) }),
  );
}
