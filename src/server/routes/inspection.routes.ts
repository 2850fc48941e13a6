import { z } from 'zod';
import { AttachmentList } from './workflow-schemas.ts';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import {
  createInspectionPlan,
  drawInspectionPlan,
  findInspectionPlan,
  listInspectionPlans,
  listInspectionVisits,
  type InspectionVisit,
} from '../../services/grade-use/inspection-plans.ts';
import {
  INSPECTION_OUTCOMES,
  listMergedVisits,
  mergeInspectionPlans,
  publishInspectionResults,
  recordInspectionResult,
} from '../../services/grade-use/inspection-results.ts';
import { writeListXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import { createTargetedInspection } from '../../services/grade-use/create-targeted-inspection.ts';
import {
  decideListingProposal,
  findInspectionFollowUp,
  listInspectionFollowUps,
} from '../../services/grade-use/inspection-follow-ups.ts';
import { assertInScope, principalOf, PUBLIC, scopeOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

/** A department plans, draws and publishes its own plans; the credit office (admin) any. */
const PLAN_WRITERS: RouteAccess = { admin: 'all', department_operator: 'own-department' };
const PLAN_READERS: RouteAccess = {
  admin: 'all',
  department_operator: 'own-department',
  reviewer: 'all',
  inspector: 'all',
};
/** Inspectors see and record only the visits they were drawn for. */
const VISIT_ACCESS: RouteAccess = { admin: 'all', inspector: 'own-account' };
/** The department that must act on a follow-up sees and decides its own; the credit office (admin) any. */
const FOLLOW_UP_ACCESS: RouteAccess = { admin: 'all', department_operator: 'own-department' };
const JOINT_READERS: RouteAccess = { admin: 'all', department_operator: 'all', reviewer: 'all', inspector: 'all' };

const RatiosSchema = z
  .record(z.string(), z.number().min(0).max(1))
  .describe(
    '各风险分类的抽查比例（0–1），如 {"A":0.05,"D":0.8}；未给出的分类取该分类的默认比例（GET /api/supervision/classes 各分类的 ratio.default）',
  );

const PlanSchema = z
  .object({
    id: z.number().int(),
    departmentCode: z.string(),
    title: z.string(),
    seed: z.string().describe('随计划公布的随机种子'),
    scope: z.object({ industryPrefix: z.string().optional(), tier: z.string().optional() }),
    ratios: z.record(z.string(), z.number()),
    inspectors: z.array(z.string()).describe('检查人员名录（账号）'),
    inspectorNames: z.array(z.string()).describe('检查人员姓名（与 inspectors 顺序相同）'),
    inspectorsPerVisit: z.number().int(),
    state: z.string().describe('planned 待摇号；drawn 已摇号；published 结果已公示'),
    drawInputs: z
      .unknown()
      .nullable()
      .describe('摇号读取的全部输入（候选企业、比例、检查人员名录、回避关系），任何人可据此按公布的方法复算'),
    drawBasisTexts: z
      .object({ yearlyLimit: z.string().nullable(), riskClasses: z.string().nullable() })
      .nullable()
      .describe('摇号输入中所引依据的可读文字（年度检查次数限制、风险分类来源）'),
    createdBy: z.string().describe('创建人账号'),
    createdByName: z.string().describe('创建人姓名'),
    checkItems: z.string().nullable().describe('检查事项'),
    legalBasis: z.string().nullable().describe('检查依据'),
    startsOn: z.string().nullable().describe('检查期间：开始日期'),
    dueOn: z.string().nullable().describe('检查期间：截止日期（过期未录入结果即逾期）'),
    inspectionType: z.string().describe('检查方式：双随机、投诉举报、转办交办、专项检查、风险预警'),
    basis: z
      .record(z.string(), z.string())
      .nullable()
      .describe('非随机检查的依据，如 {"request_number":"QH…"}；双随机计划为 null'),
  })
  .meta({ id: 'InspectionPlan' });

const VisitSchema = z
  .object({
    id: z.number().int(),
    planId: z.number().int(),
    planTitle: z.string(),
    departmentCode: z.string(),
    uscc: z.string(),
    name: z.string(),
    riskClass: z.string(),
    inspectors: z.array(z.string()),
    problem: z.string().nullable(),
    jointVisitId: z.number().int().nullable(),
    outcome: z.string().nullable(),
    findings: z.string().nullable(),
    inspectedOn: z.string().nullable(),
    published: z.boolean(),
    address: z.string().nullable().describe('企业住所（经营场所）'),
    checkItems: z.string().nullable().describe('检查事项'),
    legalBasis: z.string().nullable().describe('检查依据'),
    startsOn: z.string().nullable().describe('检查期间：开始日期'),
    dueOn: z.string().nullable().describe('检查期间：截止日期'),
    photos: z.array(z.string()).describe('现场照片（附件 SHA-256）'),
    inspectorNames: z.array(z.string()).describe('检查人员姓名（与 inspectors 顺序相同）'),
    inspectionType: z.string().describe('检查方式'),
  })
  .meta({ id: 'InspectionVisit' });

const PublicResultSchema = z
  .object({
    planTitle: z.string(),
    departmentCode: z.string(),
    uscc: z.string(),
    name: z.string(),
    outcome: z.string().nullable(),
    inspectedOn: z.string().nullable(),
    inspectionType: z.string().describe('检查方式'),
  })
  .meta({ id: 'PublicInspectionResult' });

const FollowUpSchema = z
  .object({
    id: z.number().int(),
    visitId: z.number().int(),
    planId: z.number().int(),
    planTitle: z.string(),
    inspectionType: z.string(),
    uscc: z.string(),
    name: z.string(),
    outcome: z.string().describe('检查结果'),
    inspectedOn: z.string().nullable(),
    action: z
      .enum(['listing_proposal', 'task'])
      .describe('listing_proposal 名录列入建议（须确认或驳回）；task 后续任务'),
    description: z.string(),
    departmentCode: z.string().describe('应办理的部门'),
    proposedKind: z.string().nullable(),
    proposedSubtype: z.string().nullable(),
    reference: z.string().describe('依据'),
    state: z.enum(['open', 'confirmed', 'rejected']).describe('open 待处理；confirmed 已确认；rejected 已驳回'),
    recordId: z.number().int().nullable().describe('确认后写入的信用记录'),
    decidedBy: z.string().nullable().describe('处理人账号'),
    decidedByName: z.string().nullable().describe('处理人姓名'),
    decisionReason: z.string().nullable(),
  })
  .meta({ id: 'InspectionFollowUp' });
const MergedVisitSchema = z.object({
  uscc: z.string(),
  name: z.string(),
  planIds: z.array(z.number().int()),
  jointVisitId: z.number().int().nullable(),
  inspectors: z.array(z.string()),
  inspectorNames: z.array(z.string()).describe('检查人员姓名（与 inspectors 顺序相同）'),
});
const PlanIdsQuery = z.object({
  planIds: z
    .string()
    .regex(/^\d+(,\d+)*$/, '应为以逗号分隔的计划编号')
    .describe('以逗号分隔的计划编号，如 3,4'),
});

const VISIT_HEADERS = [
  '计划编号',
  '抽查计划',
  '统一社会信用代码',
  '企业名称',
  '风险分类',
  '检查人员',
  '综合查一次编号',
  '检查结果',
  '检查情况',
  '检查日期',
  '备注',
];
const visitRow = (visit: InspectionVisit) => [
  visit.planId,
  visit.planTitle,
  visit.uscc,
  visit.name,
  visit.riskClass,
  visit.inspectors.join('、'),
  visit.jointVisitId,
  visit.outcome,
  visit.findings,
  visit.inspectedOn,
  visit.problem,
];
const toPublic = (visit: InspectionVisit) => ({
  planTitle: visit.planTitle,
  departmentCode: visit.departmentCode,
  uscc: visit.uscc,
  name: visit.name,
  outcome: visit.outcome,
  inspectedOn: visit.inspectedOn,
  inspectionType: visit.inspectionType,
});

/**
 * 双随机、一公开 (004 §(七)(八); 003 §二(一)): plans with a published seed, the reproducible draw, joint
 * visits of several departments, inspectors' results, and their publication on the public portal.
 */
export function registerInspectionRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;
  const planInScope = async (request: Parameters<typeof assertInScope>[0], id: number) => {
    const plan = await findInspectionPlan(db, id);
    assertInScope(request, { departmentCode: plan.departmentCode });
    return plan;
  };

  app.post(
    '/api/inspection-plans',
    {
      config: { access: PLAN_WRITERS },
      schema: {
        summary: '创建双随机抽查计划',
        description: '设定抽查范围、各风险分类抽查比例与检查人员名录；随机种子随计划公布（未给出时由平台生成）。',
        tags: ['双随机'],
        body: z.object({
          departmentCode: z.string().optional().describe('实施部门代码；数据报送单位只能为本部门创建，可省略'),
          title: z.string().trim().min(1).max(200),
          seed: z.string().trim().max(200).optional(),
          scope: z
            .object({
              industryPrefix: z.string().max(10).optional().describe('行业代码前缀'),
              tier: z.string().max(50).optional().describe('梯次培育库层级'),
            })
            .optional(),
          ratios: RatiosSchema.optional(),
          inspectors: z.array(z.string()).min(1).describe('检查人员账号'),
          inspectorsPerVisit: z
            .number()
            .int()
            .min(1)
            .max(10)
            .optional()
            .describe('每户检查人员数（默认 2；不能多于检查人员名录的人数）'),
          checkItems: z.string().trim().max(2000).optional().describe('检查事项'),
          legalBasis: z.string().trim().max(2000).optional().describe('检查依据'),
          startsOn: z.iso.date().optional().describe('检查期间：开始日期 YYYY-MM-DD'),
          dueOn: z.iso.date().optional().describe('检查期间：截止日期 YYYY-MM-DD'),
        }),
        response: { 201: PlanSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const departmentCode = request.body.departmentCode ?? principal.departmentCode;
      if (!departmentCode) throw new AppError('INVALID_INPUT', '请填写实施部门代码（departmentCode）');
      assertInScope(request, { departmentCode });
      const plan = await createInspectionPlan(db, { ...request.body, departmentCode, actor: describeActor(principal) });
      return reply.code(201).send(plan);
    },
  );

  app.get(
    '/api/inspection-plans',
    {
      config: { access: PLAN_READERS },
      schema: {
        summary: '抽查计划列表',
        tags: ['双随机'],
        response: { 200: z.object({ items: z.array(PlanSchema) }) },
      },
    },
    async (request) => ({
      items: await listInspectionPlans(
        db,
        scopeOf(request) === 'own-department' ? { departmentCode: principalOf(request).departmentCode ?? '-' } : {},
      ),
    }),
  );

  app.get(
    '/api/inspection-plans/:id',
    {
      config: { access: PLAN_READERS },
      schema: {
        summary: '抽查计划详情（含摇号输入与抽中企业）',
        tags: ['双随机'],
        params: IdParams,
        response: { 200: PlanSchema.extend({ visits: z.array(VisitSchema) }) },
      },
    },
    async (request) => {
      const plan = await planInScope(request, request.params.id);
      return { ...plan, visits: await listInspectionVisits(db, { planIds: [plan.id] }) };
    },
  );

  app.post(
    '/api/inspection-plans/:id/draw',
    {
      config: { access: PLAN_WRITERS },
      schema: {
        summary: '摇号',
        description: '按公布的种子与方法随机抽取企业并匹配检查人员（回避有利害关系的检查人员）；每个计划只摇一次。',
        tags: ['双随机'],
        params: IdParams,
        response: { 200: PlanSchema.extend({ visits: z.array(VisitSchema) }) },
      },
    },
    async (request) => {
      await planInScope(request, request.params.id);
      const plan = await drawInspectionPlan(db, request.params.id, describeActor(principalOf(request)));
      return { ...plan, visits: await listInspectionVisits(db, { planIds: [plan.id] }) };
    },
  );

  app.get(
    '/api/inspection-plans/:id/visits.xlsx',
    {
      config: { access: PLAN_READERS },
      schema: {
        summary: '导出抽查计划的抽中企业与结果（Excel）',
        tags: ['双随机'],
        params: IdParams,
        response: { 200: xlsxResponse('抽中企业与检查结果') },
      },
    },
    async (request, reply) => {
      const plan = await planInScope(request, request.params.id);
      const file = await writeListXlsx(
        '抽中企业',
        VISIT_HEADERS,
        (await listInspectionVisits(db, { planIds: [plan.id] })).map(visitRow),
      );
      setXlsxHeaders(reply, `抽查计划-${plan.id}.xlsx`);
      return reply.send(file as unknown as string);
    },
  );

  app.post(
    '/api/inspection-plans/:id/publish',
    {
      config: { access: PLAN_WRITERS },
      schema: {
        summary: '公示抽查结果并记入信用记录',
        description: '已录入的检查结果在公示栏公开（一公开），并作为“抽查检查结果”记录写入企业信用记录。',
        tags: ['双随机'],
        params: IdParams,
        response: {
          200: z.object({
            published: z.number().int(),
            batchId: z.number().int().nullable(),
            followUps: z.number().int().describe('按检查结果开出的后续事项（名录列入建议、后续任务）数'),
          }),
        },
      },
    },
    async (request) => {
      await planInScope(request, request.params.id);
      const outcome = await publishInspectionResults(db, request.params.id, describeActor(principalOf(request)));
      return { published: outcome.published, batchId: outcome.batch?.batchId ?? null, followUps: outcome.followUps };
    },
  );

  app.post(
    '/api/targeted-inspections',
    {
      config: { access: PLAN_WRITERS },
      schema: {
        summary: '登记非随机检查（投诉举报、转办交办、专项检查、风险预警）',
        description:
          '对一户企业的针对性检查，须记录依据：投诉举报填企呼我应受理编号，转办交办填文书编号，专项检查填专项名称，风险预警填预警信号。可检查“免打扰”名单内企业；专项检查受每年检查次数上限约束（上限见 GET /api/supervision/classes）。',
        tags: ['双随机'],
        body: z.object({
          departmentCode: z.string().optional().describe('实施部门代码；数据报送单位只能为本部门登记，可省略'),
          inspectionType: z.string().describe('检查方式：投诉举报、转办交办、专项检查、风险预警'),
          uscc: z.string().describe('被检查企业的统一社会信用代码'),
          basis: z.string().max(500).describe('检查依据（随检查方式而定）'),
          title: z.string().trim().max(200).optional(),
          inspectors: z.array(z.string()).min(1).describe('检查人员账号'),
          inspectorsPerVisit: z
            .number()
            .int()
            .min(1)
            .max(10)
            .optional()
            .describe('检查人员数（默认 2；不能多于所列检查人员）'),
          checkItems: z.string().trim().max(2000).optional().describe('检查事项'),
          legalBasis: z.string().trim().max(2000).optional().describe('检查的法律依据'),
          startsOn: z.iso.date().optional(),
          dueOn: z.iso.date().optional(),
        }),
        response: {
          201: PlanSchema.extend({
            visitId: z.number().int(),
            isNoDisturb: z.boolean().describe('被检查企业当时是否在“免打扰”名单内'),
          }),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const departmentCode = request.body.departmentCode ?? principal.departmentCode;
      if (!departmentCode) throw new AppError('INVALID_INPUT', '请填写实施部门代码（departmentCode）');
      assertInScope(request, { departmentCode });
      const inspection = await createTargetedInspection(db, {
        ...request.body,
        departmentCode,
        actor: describeActor(principal),
      });
      return reply.code(201).send(inspection);
    },
  );

  app.get(
    '/api/inspection-follow-ups',
    {
      config: { access: FOLLOW_UP_ACCESS },
      schema: {
        summary: '检查后续事项（名录列入建议与后续任务）',
        description:
          '检查结果公示后，按结果开出的后续事项（如列入经营异常名录的建议、复查整改）；部门只看到本部门应办理的事项。',
        tags: ['双随机'],
        querystring: z.object({ state: z.enum(['open', 'confirmed', 'rejected']).optional() }),
        response: { 200: z.object({ items: z.array(FollowUpSchema) }) },
      },
    },
    async (request) => ({
      items: await listInspectionFollowUps(db, {
        state: request.query.state,
        ...(scopeOf(request) === 'own-department'
          ? { departmentCode: principalOf(request).departmentCode ?? '-' }
          : {}),
      }),
    }),
  );

  app.post(
    '/api/inspection-follow-ups/:id/decision',
    {
      config: { access: FOLLOW_UP_ACCESS },
      schema: {
        summary: '确认或驳回名录列入建议',
        description:
          '作出决定的部门（经营异常名录为区市场监管局）确认后，列入记录写入企业信用记录并重新评价该企业；驳回须填写理由。',
        tags: ['双随机'],
        params: IdParams,
        body: z.object({
          action: z.enum(['confirm', 'reject']).describe('confirm 确认列入；reject 驳回'),
          reason: z.string().max(2000).optional().describe('驳回理由（驳回时必填）'),
        }),
        response: { 200: FollowUpSchema },
      },
    },
    async (request) => {
      const followUp = await findInspectionFollowUp(db, request.params.id);
      assertInScope(request, { departmentCode: followUp.departmentCode });
      const { reevaluation: _reevaluation, ...decided } = await decideListingProposal(db, {
        id: request.params.id,
        ...request.body,
        actor: describeActor(principalOf(request)),
      });
      return decided;
    },
  );

  app.post(
    '/api/joint-visits',
    {
      config: { access: { admin: 'all' } },
      schema: {
        summary: '合并多部门抽查（综合查一次）',
        description: '对同一企业被多个已摇号计划抽中的，合并为一次联合检查。',
        tags: ['双随机'],
        body: z.object({ planIds: z.array(z.number().int().positive()).min(2) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number().int(),
                uscc: z.string(),
                planIds: z.array(z.number().int()),
                inspectors: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await mergeInspectionPlans(db, request.body.planIds, describeActor(principalOf(request))),
    }),
  );

  app.get(
    '/api/joint-visits',
    {
      config: { access: JOINT_READERS },
      schema: {
        summary: '合并后的检查清单（每户一次）',
        tags: ['双随机'],
        querystring: PlanIdsQuery,
        response: { 200: z.object({ items: z.array(MergedVisitSchema) }) },
      },
    },
    async (request) => ({ items: await listMergedVisits(db, request.query.planIds.split(',').map(Number)) }),
  );

  app.get(
    '/api/joint-visits.xlsx',
    {
      config: { access: JOINT_READERS },
      schema: {
        summary: '导出合并后的检查清单（Excel）',
        tags: ['双随机'],
        querystring: PlanIdsQuery,
        response: { 200: xlsxResponse('合并后的检查清单') },
      },
    },
    async (request, reply) => {
      const rows = (await listMergedVisits(db, request.query.planIds.split(',').map(Number))).map((visit) => [
        visit.uscc,
        visit.name,
        visit.planIds.join('、'),
        visit.jointVisitId,
        visit.inspectors.join('、'),
      ]);
      setXlsxHeaders(reply, '综合查一次清单.xlsx');
      return reply.send(
        (await writeListXlsx(
          '综合查一次',
          ['统一社会信用代码', '企业名称', '计划编号', '综合查一次编号', '检查人员'],
          rows,
        )) as unknown as string,
      );
    },
  );

  app.get(
    '/api/inspection-visits',
    {
      config: { access: VISIT_ACCESS },
      schema: {
        summary: '检查任务列表',
        description: '检查人员只看到分配给本人的任务。',
        tags: ['双随机'],
        response: { 200: z.object({ items: z.array(VisitSchema) }) },
      },
    },
    async (request) => ({
      items: await listInspectionVisits(
        db,
        scopeOf(request) === 'own-account' ? { inspector: principalOf(request).username } : {},
      ),
    }),
  );

  app.post(
    '/api/inspection-visits/:id/result',
    {
      config: { access: { inspector: 'own-account' } },
      schema: {
        summary: '录入检查结果',
        tags: ['双随机'],
        params: IdParams,
        body: z.object({
          outcome: z.enum(INSPECTION_OUTCOMES),
          findings: z.string().max(2000).optional(),
          inspectedOn: z.iso.date().describe('检查日期 YYYY-MM-DD'),
          photos: AttachmentList.describe('现场照片：本人通过 /api/attachments 上传的附件 SHA-256'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      await recordInspectionResult(db, {
        visitId: request.params.id,
        inspector: principal.username,
        ...request.body,
        actor: describeActor(principal),
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/public/inspection-results',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '抽查结果公示（一公开）',
        description: '已公示的双随机抽查结果。可按统一社会信用代码筛选。',
        tags: ['公示'],
        querystring: z.object({ uscc: z.string().optional() }),
        response: { 200: z.object({ items: z.array(PublicResultSchema) }) },
      },
    },
    async (request) => {
      const uscc = request.query.uscc ? normalizeUscc(request.query.uscc) : undefined;
      return {
        items: (await listInspectionVisits(db, { publishedOnly: true }))
          .filter((visit) => !uscc || visit.uscc === uscc)
          .map(toPublic),
      };
    },
  );

  app.get(
    '/api/public/inspection-results.xlsx',
    {
      config: { access: PUBLIC },
      schema: { summary: '导出抽查结果公示（Excel）', tags: ['公示'], response: { 200: xlsxResponse('抽查结果公示') } },
    },
    async (_request, reply) => {
      const rows = (await listInspectionVisits(db, { publishedOnly: true })).map((visit) => [
        visit.planTitle,
        visit.departmentCode,
        visit.uscc,
        visit.name,
        visit.outcome,
        visit.inspectedOn,
      ]);
      setXlsxHeaders(reply, '抽查结果公示.xlsx');
      return reply.send(
        (await writeListXlsx(
          '抽查结果公示',
          ['抽查计划', '实施部门', '统一社会信用代码', '企业名称', '检查结果', '检查日期'],
          rows,
        )) as unknown as string,
      );
    },
  );
}
