import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { addMonths } from '../../domain/month-arithmetic.ts';
import {
  HANDLING_ACTIONS,
  RATING_CODES,
  REQUEST_CATEGORIES,
  REQUEST_STATES,
  REQUEST_TYPES,
  type Rating,
  type RequestCategory,
} from '../../domain/requests/request-workflow.ts';
import { analyzeRequestMonths } from '../../services/requests/analyze-request-months.ts';
import { fileRequest } from '../../services/requests/file-request.ts';
import { handleRequest } from '../../services/requests/handle-request.ts';
import { linkDuplicateRequest } from '../../services/requests/link-duplicate-request.ts';
import {
  findTrackedRequestId,
  listRequests,
  showRequest,
  trackRequest,
} from '../../services/requests/list-requests.ts';
import { openRequestAttachment } from '../../services/requests/open-request-attachment.ts';
import { rateRequest } from '../../services/requests/rate-request.ts';
import { requestActorOf, VISITOR_ACTOR, type RequestViewer } from '../../services/requests/request-actor.ts';
import { loadRequestSettings } from '../../services/requests/request-settings.ts';
import { listStaffMessages } from '../../services/notifications/list-staff-messages.ts';
import { transferRequest } from '../../services/requests/transfer-request.ts';
import { writeRequestAnalysisXlsx } from '../../services/requests/write-request-analysis-xlsx.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { assertInScope, principalOf, PUBLIC, scopeOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { AttachmentSha256, attachmentResponse, sendAttachment } from './attachment-download.routes.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';
import { AttachmentList } from './workflow-schemas.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const TAGS = ['企呼我应'];

/** An enterprise files for itself; a visitor files with a phone number. */
const FILERS: RouteAccess = { enterprise: 'own-enterprise', anonymous: 'all' };
/** The credit office sees every case, a department the cases routed to it, an enterprise its own. */
const CASE_VIEWERS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'own-department',
  enterprise: 'own-enterprise',
};
/** Those who handle cases: the department a case is routed to, or the credit office. */
const HANDLERS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'own-department' };
const REMINDER_READERS: RouteAccess = { admin: 'all', department_operator: 'own-department' };

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 YYYY-MM 格式的月份');
const Category = z.enum(Object.keys(REQUEST_CATEGORIES) as [RequestCategory, ...RequestCategory[]]).describe(
  `诉求类别：${Object.entries(REQUEST_CATEGORIES)
    .map(([code, label]) => `${code} ${label}`)
    .join('、')}`,
);
const RatingSchema = z
  .enum(RATING_CODES as [Rating, ...Rating[]])
  .describe(
    '评价：very_satisfied 非常满意、satisfied 满意、basically_satisfied 基本满意、dissatisfied 不满意、very_dissatisfied 非常不满意',
  );
const TrackingBody = z.object({
  trackingCode: z.string().trim().min(4).max(32).describe('提交时获得的查询码（QH 开头）'),
  phone: z.string().trim().min(11).max(20).describe('提交时填写的手机号码'),
});

const ObjectionHintSchema = z
  .object({
    message: z.string(),
    path: z.literal('/api/objections'),
    recordId: z.number().int().nullable(),
    evaluationId: z.number().int().nullable(),
  })
  .nullable()
  .describe('信用类诉求指明了信用记录或评价结果时：请改走异议申请（/api/objections）');

const RequestSchema = z
  .object({
    id: z.number().int(),
    trackingCode: z.string().describe('查询码'),
    requestType: z.enum(Object.keys(REQUEST_TYPES) as [string, ...string[]]),
    requestTypeLabel: z.string(),
    category: z.string(),
    categoryLabel: z.string(),
    title: z.string(),
    body: z.string(),
    attachments: z.array(z.string()).describe('附件 SHA-256'),
    requester: z.object({
      kind: z.enum(['enterprise', 'visitor']),
      uscc: z.string().nullable(),
      name: z.string().nullable(),
      phoneMasked: z.string().nullable().describe('访客手机号码（脱敏）'),
    }),
    departmentCode: z.string().describe('当前承办部门代码'),
    departmentName: z.string(),
    routingExplanation: z.string().describe('分办依据'),
    state: z.enum(REQUEST_STATES),
    stateLabel: z.string(),
    version: z.number().int(),
    filedOn: z.string(),
    dueOn: z.string().describe('当前答复（或整改答复）时限'),
    deadline: z.object({
      workingDaysLeft: z.number().int().nullable(),
      isOverdue: z.boolean(),
      isCovered: z.boolean().describe('节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新'),
    }),
    firstAnsweredOn: z.string().nullable(),
    answer: z
      .object({
        text: z.string(),
        answeredOn: z.string().nullable(),
        answeredBy: z.string().nullable().describe('答复人账号（仅工作人员可见）'),
        answeredByName: z.string().nullable().describe('答复人姓名（仅工作人员可见）'),
      })
      .nullable(),
    rating: z
      .object({ code: z.string(), label: z.string(), comment: z.string().nullable(), ratedOn: z.string().nullable() })
      .nullable(),
    reopenCount: z.number().int().describe('差评后重新办理（整改）的次数'),
    escalatedOn: z.string().nullable().describe('最近一次超期督办的日期'),
    escalationCount: z.number().int(),
    isFlaggedForSupervision: z.boolean().describe('整改后仍不满意，已列入督查'),
    outcome: z.string().nullable(),
    outcomeLabel: z.string().nullable(),
    closedOn: z.string().nullable(),
    duplicateOf: z.number().int().nullable().describe('重复诉求所关联的原诉求编号'),
    recordId: z.number().int().nullable(),
    evaluationId: z.number().int().nullable(),
    objectionHint: ObjectionHintSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'EnterpriseRequest' });

const RequestDetailSchema = RequestSchema.extend({
  history: z.array(
    z.object({
      action: z.string(),
      actionLabel: z.string(),
      fromState: z.string().nullable(),
      toState: z.string(),
      toStateLabel: z.string(),
      departmentCode: z.string().nullable(),
      actor: z.string().nullable().describe('经办账号（仅工作人员可见）'),
      actorName: z.string().nullable().describe('经办人姓名（仅工作人员可见）'),
      note: z.string().nullable(),
      occurredOn: z.string(),
      createdAt: z.string(),
    }),
  ),
  duplicates: z.array(z.number().int()).describe('关联到本诉求的重复诉求编号'),
}).meta({ id: 'EnterpriseRequestDetail' });

const MetricsSchema = z
  .object({
    volume: z.number().int().describe('诉求量'),
    answered: z.number().int(),
    meanResponseWorkingDays: z.number().nullable().describe('平均响应时间（工作日）'),
    medianResponseWorkingDays: z.number().nullable().describe('响应时间中位数（工作日）'),
    overdue: z.number().int(),
    overdueRate: z.number().nullable(),
    rated: z.number().int(),
    ratings: z.record(z.string(), z.number().int()).describe('各评价等级的件数'),
    satisfied: z.number().int(),
    satisfactionRate: z.number().nullable().describe('满意率（非常满意、满意、基本满意占已评价件数的比例）'),
  })
  .meta({ id: 'RequestMetrics' });

const AnalysisSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    asOf: z.string(),
    departmentCode: z.string().nullable(),
    months: z.array(
      z.object({
        month: z.string(),
        total: MetricsSchema,
        byDepartment: z.array(
          z.object({ departmentCode: z.string(), departmentName: z.string(), metrics: MetricsSchema }),
        ),
        byCategory: z.array(z.object({ category: z.string(), categoryLabel: z.string(), metrics: MetricsSchema })),
        cells: z.array(
          z.object({
            departmentCode: z.string(),
            departmentName: z.string(),
            category: z.string(),
            categoryLabel: z.string(),
            metrics: MetricsSchema,
          }),
        ),
      }),
    ),
    method: z.string().describe('统计口径'),
  })
  .meta({ id: 'RequestAnalysis' });

const AnalysisQuery = z.object({
  from: Month.optional().describe('起始月份（含），默认为截至月份前 5 个月'),
  to: Month.optional().describe('截至月份（含），默认为本月'),
  departmentCode: z.string().optional().describe('只看一个承办部门（数据报送单位只能看本部门）'),
});

const ReminderSchema = z
  .object({
    id: z.number().int(),
    topic: z.string(),
    title: z.string(),
    body: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    role: z.string(),
    departmentCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StaffReminder' });

const RatedSchema = z.object({
  id: z.number().int(),
  state: z.string(),
  rating: z.string(),
  rectificationDueOn: z.string().nullable(),
  isDeadlineCovered: z.boolean(),
  isFlaggedForSupervision: z.boolean(),
});

const FiledSchema = z.object({
  id: z.number().int(),
  trackingCode: z.string().describe('查询码：未登录提交的，凭查询码和手机号码查询进度、评价答复'),
  state: z.string(),
  uscc: z.string().nullable().describe('企业账号提交时为本企业代码'),
  departmentCode: z.string(),
  departmentName: z.string(),
  routingExplanation: z.string(),
  dueOn: z.string(),
  isDeadlineCovered: z.boolean().describe('节假日日历是否覆盖该时限'),
  objectionHint: ObjectionHintSchema,
});

/**
 * 企呼我应 (003 §四(三) “企呼我应直通车”, §四(一) 好差评, 004 §(十七) 投诉、处置、回应): filing by
 * enterprises and visitors, routing, handling by departments, transfer, duplicates, escalation of overdue cases,
 * rating with rectification, and the monthly analysis.
 */
export function registerRequestRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;
  const settings = () => loadRequestSettings();
  /** Looking up by tracking code is limited per address, more loosely than filing (catalog/workflow-deadlines.yaml). */
  const trackRateLimit = {
    timeWindow: 3_600_000,
    max: async () => settings().anonymousFilingsPerHour * 6,
    keyGenerator: (request: FastifyRequest) => `request-track:ip:${request.ip}`,
  };

  async function viewerOf(request: FastifyRequest): Promise<RequestViewer> {
    const scope = scopeOf(request);
    const principal = principalOf(request);
    if (scope === 'own-enterprise')
      return { kind: 'enterprise', enterpriseId: (await findEnterpriseByUscc(db, principal.uscc)).id };
    if (scope === 'own-department') {
      if (!principal.departmentCode) throw new AppError('FORBIDDEN', '账号未绑定部门');
      return { kind: 'department', departmentCode: principal.departmentCode };
    }
    return { kind: 'all' };
  }

  app.post(
    '/api/requests',
    {
      config: {
        access: FILERS,
        // Visitors are limited per address per hour (catalog/workflow-deadlines.yaml); accounts as everywhere else.
        rateLimit: {
          timeWindow: 3_600_000,
          max: async (request: FastifyRequest) =>
            request.principal ? context.limits.requestsPerMinute * 60 : settings().anonymousFilingsPerHour,
          keyGenerator: (request: FastifyRequest) =>
            request.principal ? `request-filing:user:${request.principal.userId}` : `request-filing:ip:${request.ip}`,
        },
      },
      schema: {
        summary: '提交诉求或投诉（企呼我应）',
        description:
          '企业账号为本企业提交；未登录访客须填写中国大陆手机号码（加密存储，列表中只显示脱敏号码），凭返回的查询码和手机号码查询进度、评价答复，每个网络地址每小时提交次数有上限。' +
          '按诉求类别与所涉事项的分办规则分至承办部门，答复时限按工作日计算。信用类诉求指明了本企业的信用记录（recordId）或评价结果（evaluationId）的，即为异议，直接答复并引导至异议申请（objectionHint）。附件先通过 /api/attachments 上传（仅企业账号）。',
        tags: TAGS,
        body: z.object({
          requestType: z
            .enum(Object.keys(REQUEST_TYPES) as ['request', 'complaint'])
            .default('request')
            .describe('request 诉求、complaint 投诉'),
          category: Category,
          title: z.string().trim().min(1).max(200),
          body: z.string().trim().min(1).max(4000).describe('诉求内容'),
          attachments: AttachmentList,
          phone: z.string().trim().max(20).optional().describe('访客的手机号码（未登录时必填）'),
          recordId: z.number().int().positive().optional().describe('信用类诉求：所涉本企业信用记录编号'),
          evaluationId: z.number().int().positive().optional().describe('信用类诉求：所涉本企业评价结果编号'),
        }),
        response: { 201: FiledSchema },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      const filed = await fileRequest(
        db,
        {
          ...request.body,
          uscc: principal ? (principal.uscc ?? '') : null,
          phone: principal ? null : (request.body.phone ?? null),
          actor: principal ? requestActorOf(principal).name : '访客',
        },
        context.secretKey,
      );
      return reply.code(201).send({ ...filed, uscc: principal?.uscc ?? null });
    },
  );

  app.get(
    '/api/requests',
    {
      config: { access: CASE_VIEWERS },
      schema: {
        summary: '诉求列表',
        description:
          '最新的在前，可按状态、类别、承办部门、提交月份、是否超期、是否督办、是否列入督查筛选。访客手机号码只显示脱敏形式。',
        tags: TAGS,
        querystring: PageQuery.extend({
          state: z.enum(REQUEST_STATES).optional(),
          category: Category.optional(),
          departmentCode: z.string().optional(),
          month: Month.optional().describe('提交月份'),
          overdue: z.enum(['true', 'false']).optional().describe('true：只看超期未答复的'),
          escalated: z.enum(['true', 'false']).optional().describe('true：只看被督办过的'),
          supervision: z.enum(['true', 'false']).optional().describe('true：只看不满意办结、列入督查的'),
        }),
        response: { 200: pageOf(RequestSchema) },
      },
    },
    async (request) => {
      const { overdue, escalated, supervision, ...filters } = request.query;
      return listRequests(db, await viewerOf(request), {
        ...filters,
        isOverdue: overdue === 'true',
        isEscalated: escalated === 'true',
        isFlaggedForSupervision: supervision === 'true',
      });
    },
  );

  app.get(
    '/api/requests/reminders',
    {
      config: { access: REMINDER_READERS },
      schema: {
        summary: '诉求办理提醒',
        description: '分办、转办、差评整改、超期督办、列入督查等提醒：数据报送单位看发给本部门的，平台管理员看全部。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(ReminderSchema) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(request);
      return listStaffMessages(db, viewer.kind === 'department' ? { departmentCode: viewer.departmentCode } : 'all', {
        ...request.query,
        subjectTypes: ['request'],
      });
    },
  );

  const analysisRange = (query: { from?: string; to?: string }) => {
    const to = query.to ?? todayInDistrict().slice(0, 7);
    return { to, from: query.from ?? addMonths(`${to}-01`, -5).slice(0, 7) };
  };
  const analysisViewer = async (
    request: FastifyRequest,
    departmentCode: string | undefined,
  ): Promise<RequestViewer> => {
    if (departmentCode) {
      assertInScope(request, { departmentCode });
      return { kind: 'department', departmentCode };
    }
    return viewerOf(request);
  };

  app.get(
    '/api/requests/analysis',
    {
      config: { access: HANDLERS },
      schema: {
        summary: '诉求分析研判（按月）',
        description:
          '按提交月份、承办部门与诉求类别统计：诉求量、平均与中位响应时间（工作日）、超期率、各评价等级分布与满意率（《洪山区营商环境改进提升行动任务措施》结尾段“分析研判”）。数据报送单位只能看本部门。',
        tags: TAGS,
        querystring: AnalysisQuery,
        response: { 200: AnalysisSchema },
      },
    },
    async (request) =>
      analyzeRequestMonths(db, {
        ...analysisRange(request.query),
        viewer: await analysisViewer(request, request.query.departmentCode),
      }),
  );

  app.get(
    '/api/requests/analysis.xlsx',
    {
      config: { access: HANDLERS },
      schema: {
        summary: '导出诉求分析研判（Excel）',
        description: '按月汇总、按部门、按类别、部门与类别四张工作表，另附统计口径。',
        tags: TAGS,
        querystring: AnalysisQuery,
        response: { 200: xlsxResponse('诉求分析研判') },
      },
    },
    async (request, reply) => {
      const range = analysisRange(request.query);
      const analysis = await analyzeRequestMonths(db, {
        ...range,
        viewer: await analysisViewer(request, request.query.departmentCode),
      });
      const file = await writeRequestAnalysisXlsx(analysis);
      setXlsxHeaders(reply, `诉求分析研判-${range.from}至${range.to}.xlsx`);
      return reply.send(file as unknown as string);
    },
  );

  app.post(
    '/api/requests/track',
    {
      config: { access: PUBLIC, rateLimit: trackRateLimit },
      schema: {
        summary: '凭查询码查询诉求进度',
        description:
          '未登录提交的诉求，凭查询码和提交时的手机号码查看办理进度与答复；查询码或手机号码不符时一律答复“未找到”。每个网络地址每小时查询次数有上限。',
        tags: TAGS,
        body: TrackingBody,
        response: { 200: RequestDetailSchema },
      },
    },
    async (request) => trackRequest(db, request.body, context.secretKey),
  );

  app.post(
    '/api/requests/track/rating',
    {
      config: { access: PUBLIC, rateLimit: trackRateLimit },
      schema: {
        summary: '凭查询码评价答复（好差评）',
        description:
          '未登录提交的诉求答复后，凭查询码和手机号码评价。首次评价为不满意或非常不满意的，诉求重新交承办部门整改；整改后仍不满意的，按不满意办结并列入督查。差评须说明原因。',
        tags: TAGS,
        body: TrackingBody.extend({ rating: RatingSchema, comment: z.string().trim().max(2000).optional() }),
        response: { 200: RatedSchema },
      },
    },
    async (request) => {
      // Only a visitor's case has a phone number to match: an enterprise's case is rated by its account.
      const id = await findTrackedRequestId(db, request.body, context.secretKey);
      return rateRequest(db, { id, rating: request.body.rating, comment: request.body.comment, actor: VISITOR_ACTOR });
    },
  );

  app.get(
    '/api/requests/:id',
    {
      config: { access: CASE_VIEWERS },
      schema: {
        summary: '诉求详情与办理过程',
        description: '含每一步的办理记录（受理、转办、答复、评价、督办等）与关联的重复诉求。',
        tags: TAGS,
        params: IdParams,
        response: { 200: RequestDetailSchema },
      },
    },
    async (request) => showRequest(db, request.params.id, await viewerOf(request)),
  );

  app.get(
    '/api/requests/:id/attachments/:sha256',
    {
      config: { access: CASE_VIEWERS },
      schema: {
        summary: '下载诉求附件',
        description: '可查看该诉求者（含承办部门）下载其附件，类型为上传时按内容识别的类型（PDF、JPG、PNG）。',
        tags: TAGS,
        params: IdParams.extend({ sha256: AttachmentSha256 }),
        response: { 200: attachmentResponse },
      },
    },
    async (request, reply) => {
      const file = await openRequestAttachment(db, context.dataDir, context.secretKey().ring, {
        id: request.params.id,
        sha256: request.params.sha256,
        viewer: await viewerOf(request),
      });
      return sendAttachment(reply, file);
    },
  );

  app.post(
    '/api/requests/:id/decision',
    {
      config: { access: HANDLERS },
      schema: {
        summary: '办理诉求：受理、开始办理、答复、办结',
        description:
          '承办部门（或信用办）办理分办给它的诉求：accept 受理、start 开始办理、answer 答复（text 必填，答复告知诉求人，关联的重复诉求随同答复）、' +
          'close 办结（已评价的，或答复后评价期满仍未评价的；诉求未答复不能办结）。数据报送单位只能办理分办到本部门的诉求。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          action: z.enum(HANDLING_ACTIONS),
          text: z.string().trim().max(4000).optional().describe('答复内容（answer 必填）或办理说明'),
        }),
        response: {
          200: z.object({
            id: z.number().int(),
            state: z.string(),
            followers: z.array(z.number().int()).describe('随同答复的重复诉求编号'),
          }),
        },
      },
    },
    async (request) =>
      handleRequest(db, { id: request.params.id, ...request.body, actor: requestActorOf(principalOf(request)) }),
  );

  app.post(
    '/api/requests/:id/transfer',
    {
      config: { access: HANDLERS },
      schema: {
        summary: '转办诉求',
        description:
          '转给职责所在的部门（须说明理由，记入审计）。转办不重新起算答复时限，但接收部门至少还有规定的最少工作日。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          departmentCode: z.string().trim().min(1).describe('接收部门代码'),
          reason: z.string().trim().min(1).max(1000),
        }),
        response: {
          200: z.object({
            id: z.number().int(),
            state: z.string(),
            departmentCode: z.string(),
            dueOn: z.string(),
            isDeadlineCovered: z.boolean(),
          }),
        },
      },
    },
    async (request) =>
      transferRequest(db, { id: request.params.id, ...request.body, actor: requestActorOf(principalOf(request)) }),
  );

  app.post(
    '/api/requests/:id/link',
    {
      config: { access: HANDLERS },
      schema: {
        summary: '关联重复诉求',
        description:
          '把同一诉求人或同一事项的重复诉求关联到较早的原诉求（须说明理由）：原诉求已答复的立即随同答复，否则在原诉求答复时随同答复。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          originalId: z.number().int().positive().describe('原诉求编号'),
          reason: z.string().trim().min(1).max(1000),
        }),
        response: { 200: z.object({ id: z.number().int(), state: z.string(), duplicateOf: z.number().int() }) },
      },
    },
    async (request) =>
      linkDuplicateRequest(db, { id: request.params.id, ...request.body, actor: requestActorOf(principalOf(request)) }),
  );

  app.post(
    '/api/requests/:id/rating',
    {
      config: { access: { enterprise: 'own-enterprise' } },
      schema: {
        summary: '评价答复（好差评）',
        description:
          '企业评价本企业诉求的答复：非常满意、满意、基本满意、不满意、非常不满意。首次差评的，诉求重新交承办部门整改并给出新的时限；整改后仍为差评的，按不满意办结并列入督查。差评须说明原因。',
        tags: TAGS,
        params: IdParams,
        body: z.object({ rating: RatingSchema, comment: z.string().trim().max(2000).optional() }),
        response: { 200: RatedSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const enterprise = await findEnterpriseByUscc(db, principal.uscc);
      return rateRequest(db, {
        id: request.params.id,
        rating: request.body.rating,
        comment: request.body.comment,
        actor: requestActorOf(principal),
        enterpriseId: enterprise.id,
      });
    },
  );
}
