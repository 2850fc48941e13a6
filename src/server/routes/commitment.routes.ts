import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import {
  COMMITMENT_ACTIONS,
  COMMITMENT_TYPES,
  COMMITMENT_WORKFLOW,
} from '../../domain/workflows/commitment-workflow.ts';
import {
  checkCommitmentEligibility,
  findCommitmentItem,
} from '../../services/workflows/check-commitment-eligibility.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { countCases, listCases } from '../../services/workflows/list-cases.ts';
import { markCommitment } from '../../services/workflows/mark-commitment.ts';
import { signCommitment } from '../../services/workflows/sign-commitment.ts';
import { loadCommitmentList } from '../../services/workflows/workflow-settings.ts';
import { PUBLIC, principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';
import { CaseListQuery, CaseSchema, DecisionResultSchema } from './workflow-schemas.ts';

/** Commitments: the enterprise signs; the department it was made to (or a reviewer) checks it. */
const COMMITMENT_LIST_ACCESS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  enterprise: 'own-enterprise',
  department_operator: 'own-department',
};
const COMMITMENT_CHECKERS: RouteAccess = { reviewer: 'all', department_operator: 'own-department' };
/** Departments ask about the items they handle; the credit office about any. */
const ELIGIBILITY_ACCESS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'own-department' };

const CommitmentListSchema = z
  .object({
    eligibility: z
      .array(z.object({ measure: z.string(), grades: z.array(z.string()), reference: z.string() }))
      .describe('各便利措施要求的评价等级'),
    items: z
      .array(
        z.object({
          code: z.string(),
          name: z.string(),
          department: z.string(),
          measures: z.array(z.string()),
          reference: z.string(),
        }),
      )
      .describe('可承诺办理的事项'),
    excluded: z
      .array(z.object({ name: z.string(), department: z.string(), reason: z.string(), reference: z.string() }))
      .describe('不实行承诺制的事项及原因'),
    texts: z
      .array(z.object({ type: z.string(), version: z.string(), text: z.string() }))
      .describe('各类承诺书的现行文本及版本号'),
  })
  .meta({ id: 'CommitmentList' });

const EligibilitySchema = z
  .object({
    uscc: z.string(),
    enterpriseName: z.string(),
    item: z.object({ code: z.string(), name: z.string(), department: z.string(), reference: z.string() }),
    grade: z.string().nullable().describe('当前评价等级（尚无评价时为 null）'),
    score: z.number().nullable(),
    evaluatedAsOf: z.string().nullable(),
    measures: z.array(
      z.object({
        measure: z.string(),
        isEligible: z.boolean(),
        requiredGrades: z.array(z.string()),
        explanation: z.string(),
        reference: z.string(),
        referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
      }),
    ),
  })
  .meta({ id: 'CommitmentEligibility' });

/** Commitments a page at a time: 100 by default, as the list answered before it was paged. */
const CommitmentListQuery = CaseListQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(100).describe('每页条数（1–200，默认 100）'),
  offset: PageQuery.shape.offset,
  q: z.string().trim().max(100).optional().describe('企业名称（包含此文字）或统一社会信用代码（以此开头）'),
  signedFrom: z.iso.date().optional().describe('签署日期起 YYYY-MM-DD（含当日）'),
  signedTo: z.iso.date().optional().describe('签署日期止 YYYY-MM-DD（含当日）'),
});

export function registerCommitmentRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/commitment-list',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用承诺清单',
        description:
          '可承诺办理的审批事项、不实行承诺制的事项及原因、容缺受理与告知承诺要求的评价等级、各类承诺书的现行文本（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（二）（五）项）。',
        tags: ['办事'],
        response: { 200: CommitmentListSchema },
      },
    },
    async () => loadCommitmentList(),
  );

  app.post(
    '/api/commitments',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '作出信用承诺',
        description:
          '企业向某一部门作出信用承诺（审批替代型须指定清单中的事项）；签署时记录承诺书文本的版本号与摘要，此后文本修改不影响已作出的承诺。修复型承诺随信用修复申请一并作出。',
        tags: ['办事'],
        body: z.object({
          commitmentType: z.enum(COMMITMENT_TYPES).describe('承诺类型'),
          departmentCode: z.string().trim().min(1).describe('承诺对象部门代码（负责核查）'),
          itemCode: z.string().trim().min(1).optional().describe('审批替代型：信用承诺清单中的事项代码'),
        }),
        response: {
          201: z.object({ id: z.number().int(), state: z.string(), textVersion: z.string(), uscc: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await signCommitment(db, {
        uscc: principal.uscc,
        actor: describeActor(principal),
        ...request.body,
      });
      return reply.code(201).send({ ...created, uscc: principal.uscc! });
    },
  );

  app.get(
    '/api/commitments',
    {
      config: { access: COMMITMENT_LIST_ACCESS },
      schema: {
        summary: '信用承诺列表',
        description:
          '企业看本企业的承诺，数据报送单位看向本部门作出的承诺；可按状态、企业名称或代码、签署日期查找，分页返回（新签署的在前）。',
        tags: ['办事'],
        querystring: CommitmentListQuery,
        response: {
          200: z.object({ total: z.number().int().describe('符合条件的承诺总数'), items: z.array(CaseSchema) }),
        },
      },
    },
    async (request) => {
      const scope = scopeOf(request);
      const principal = principalOf(request);
      const enterpriseId = scope === 'own-enterprise' ? (await findEnterpriseByUscc(db, principal.uscc)).id : undefined;
      const departmentCode = scope === 'own-department' ? (principal.departmentCode ?? '') : undefined;
      const { state, q, signedFrom, signedTo } = request.query;
      const filter = { enterpriseId, departmentCode, state, q, signedFrom, signedTo };
      const [items, total] = await Promise.all([
        listCases(db, 'commitments', COMMITMENT_WORKFLOW, {
          ...filter,
          limit: request.query.limit,
          offset: request.query.offset,
        }),
        countCases(db, 'commitments', filter),
      ]);
      return { total, items };
    },
  );

  app.post(
    '/api/commitments/:id/check',
    {
      config: { access: COMMITMENT_CHECKERS },
      schema: {
        summary: '核查信用承诺',
        description:
          '承诺对象部门（或审核员）根据投诉举报、随机抽查、专项治理等核查结果，将承诺标为已履行（keep）或未履行（break，可认定为虚假承诺 isFalse），须说明核查情况。' +
          '结果记为信用承诺记录（履约状态 已履行/未履行）并立即重新评价企业。同一承诺只能核查一次，两人同时核查时只有一个成功，另一个得到 409。',
        tags: ['办事'],
        params: IdParams,
        body: z.object({
          action: z.enum(COMMITMENT_ACTIONS),
          evidence: z.string().trim().min(1).max(4000).describe('核查依据与结果'),
          isFalse: z.boolean().optional().describe('是否为虚假承诺'),
        }),
        response: { 200: DecisionResultSchema },
      },
    },
    async (request) => markCommitment(db, { id: request.params.id, ...request.body, principal: principalOf(request) }),
  );

  app.get(
    '/api/commitment-items/:code/eligibility',
    {
      config: { access: ELIGIBILITY_ACCESS },
      schema: {
        summary: '查询企业能否适用容缺受理、告知承诺',
        description:
          '按企业当前评价等级与信用承诺清单，回答该企业办理某事项时能否适用容缺受理、告知承诺，并给出依据。数据报送单位只能查询本部门办理的事项。',
        tags: ['办事'],
        params: z.object({ code: z.string().trim().min(1).max(100).describe('信用承诺清单中的事项代码') }),
        querystring: z.object({ uscc: z.string().trim().min(1).max(40).describe('企业统一社会信用代码') }),
        response: { 200: EligibilitySchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const item = findCommitmentItem(request.params.code);
      if (scopeOf(request) === 'own-department' && item.department !== principal.departmentCode)
        throw new AppError('FORBIDDEN', `事项“${item.name}”不由本部门办理`);
      return checkCommitmentEligibility(db, { uscc: request.query.uscc, itemCode: item.code });
    },
  );
}
