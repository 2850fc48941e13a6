import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { REPAIR_ACTIONS } from '../../domain/workflows/repair-workflow.ts';
import { applyForRepair } from '../../services/workflows/apply-for-repair.ts';
import { decideRepair } from '../../services/workflows/decide-repair.ts';
import { listCasesWithDeadlines } from '../../services/workflows/list-cases-with-deadlines.ts';
import { principalOf, scopeOf } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { CASE_LIST_ACCESS, ENTERPRISE_FILES, REVIEWER_DECIDES } from './declaration.routes.ts';
import { AttachmentList, CaseListQuery, caseWithDeadlineSchema, DecisionResultSchema } from './workflow-schemas.ts';

const RepairApplicationSchema = caseWithDeadlineSchema(
  'RepairApplication',
  '审核时限（自受理起按工作日计算）与超期、即将到期提示',
);

export function registerRepairRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/repairs',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '申请信用修复',
        description:
          '对本企业已过最短公示期的失信记录申请修复，附纠正行为、履行义务的证明，并作出修复型信用承诺（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项）。未到可修复日期的申请被拒绝，并告知可申请的日期。',
        tags: ['办事'],
        body: z.object({
          recordId: z.number().int().positive(),
          correction: z.string().trim().min(1).max(4000).describe('纠正失信行为、履行义务的情况'),
          attachments: AttachmentList,
          acceptsCommitment: z.boolean().describe('是否作出修复型信用承诺（必须为 true）'),
        }),
        response: {
          201: z.object({ id: z.number().int(), state: z.string(), commitmentId: z.number().int(), uscc: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await applyForRepair(context.store.db, {
        uscc: principal.uscc,
        actor: describeActor(principal),
        ...request.body,
      });
      return reply.code(201).send({ ...created, uscc: principal.uscc! });
    },
  );

  app.get(
    '/api/repairs',
    {
      config: { access: CASE_LIST_ACCESS },
      schema: {
        summary: '信用修复申请列表（含审核时限提示）',
        tags: ['办事'],
        querystring: CaseListQuery,
        response: { 200: z.object({ items: z.array(RepairApplicationSchema) }) },
      },
    },
    async (request) => ({
      items: await listCasesWithDeadlines(context.store.db, 'repair_applications', {
        enterpriseUscc: scopeOf(request) === 'own-enterprise' ? principalOf(request).uscc : undefined,
        state: request.query.state,
      }),
    }),
  );

  app.post(
    '/api/repairs/:id/decision',
    {
      config: { access: REVIEWER_DECIDES },
      schema: {
        summary: '审核信用修复申请',
        description:
          '受理（accept）、准予修复（approve：记录标为已修复，停止公示、共享和使用，重新评价）或不予修复（reject，须说明理由）。',
        tags: ['办事'],
        params: IdParams,
        body: z.object({ action: z.enum(REPAIR_ACTIONS), reason: z.string().trim().max(2000).optional() }),
        response: { 200: DecisionResultSchema },
      },
    },
    async (request) =>
      decideRepair(context.store.db, {
        id: request.params.id,
        ...request.body,
        actor: describeActor(principalOf(request)),
      }),
  );
}
