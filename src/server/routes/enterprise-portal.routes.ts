import { z } from 'zod';
import { RECORD_STATUSES } from '../../domain/record.ts';
import { DECLARATION_CATEGORIES } from '../../domain/workflows/declaration-workflow.ts';
import { listDeclarableKinds } from '../../services/enterprise-portal/list-declarable-kinds.ts';
import { listOwnRecords } from '../../services/enterprise-portal/list-own-records.ts';
import { showPortalOverview } from '../../services/enterprise-portal/show-portal-overview.ts';
import { principalOf } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';

const ObjectionWindow = z.object({
  lastDay: z.string().describe('可提出异议的最后一天'),
  canFile: z.boolean().describe('现在能否提出异议（在期限内且没有办理中的异议）'),
  openCaseId: z.number().int().nullable().describe('办理中的异议申请编号'),
});

const PortalOverviewSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    today: z.string().describe('统计日（北京时间）'),
    evaluation: z
      .object({
        id: z.number().int(),
        grade: z.string(),
        score: z.number(),
        asOf: z.string(),
        evaluatedOn: z.string().describe('评价结果生成日'),
        objection: ObjectionWindow,
      })
      .nullable()
      .describe('当前评价及对其提出异议的期限；尚未评价为空'),
    unreadMessages: z.number().int(),
    openCases: z
      .object({ declarations: z.number().int(), objections: z.number().int(), repairs: z.number().int() })
      .describe('待审核的自主申报、异议与信用修复申请件数'),
    signedCommitments: z.number().int().describe('已作出、尚未核查的信用承诺件数'),
    limits: z.object({
      attachmentMaxBytes: z.number().int().describe('单个附件大小上限（字节）'),
      objectionFilingWindowDays: z.number().int().describe('异议申请期限（自然日）'),
      objectionReviewWorkingDays: z.number().int().describe('异议自受理起的办结时限（工作日）'),
      repairReviewWorkingDays: z.number().int().describe('信用修复申请自受理起的审核时限（工作日）'),
    }),
  })
  .meta({ id: 'PortalOverview' });

const OwnRecordSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    kindLabel: z.string(),
    category: z.string(),
    polarity: z.enum(['positive', 'negative', 'neutral']),
    departmentName: z.string().describe('来源部门（简称）'),
    occurredOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    number: z.string().nullable().describe('文号 / 证书编号'),
    summary: z.string().describe('记录摘要（不含个人信息）'),
    status: z.enum(RECORD_STATUSES),
    statusLabel: z.string().describe('公示中、可申请修复、公示期满、已修复、已撤销、已移出、已过期或有效'),
    publicUntil: z.string().nullable().describe('负面信息的最长公示截止日'),
    marks: z.array(z.string()).describe('异议中、修复申请中'),
    objection: ObjectionWindow,
    repair: z
      .object({
        repairableFrom: z.string().nullable(),
        canApply: z.boolean(),
        openCaseId: z.number().int().nullable(),
        note: z.string().describe('能否申请修复及原因'),
      })
      .nullable()
      .describe('仍在公示的失信信息的信用修复条件；其他记录为空'),
  })
  .meta({ id: 'OwnRecord' });

const DeclarableKindSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    category: z.enum(DECLARATION_CATEGORIES),
    categoryLabel: z.string(),
    fields: z.array(
      z.object({
        header: z.string().describe('中文表头，即申报字段名'),
        type: z.string(),
        required: z.boolean(),
        values: z.array(z.string()).nullable().describe('可选值'),
      }),
    ),
  })
  .meta({ id: 'DeclarableKind' });

/**
 * The enterprise portal's own questions (企业端): an overview for its home, its records with what it may do
 * about each (contest, repair) and the forms of 自主申报. Enterprise accounts only, always their own enterprise.
 */
export function registerEnterprisePortalRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/enterprise-portal/overview',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '企业端概览',
        description: '本企业的当前评价及提出异议的期限、待审核的申请件数、未读消息数，以及附件大小上限与各项办理时限。',
        tags: ['企业端'],
        response: { 200: PortalOverviewSchema },
      },
    },
    async (request) => showPortalOverview(db, principalOf(request).uscc),
  );

  app.get(
    '/api/enterprise-portal/records',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '本企业的信用记录及可办事项',
        description:
          '按信息类别分组（目录顺序，类别内按日期倒序），分页；每条记录附公示状态（公示中、可申请修复、公示期满、已修复、已过期……）、异议期限与信用修复条件。' +
          'purpose=objection 只列现在可以提出异议的记录；purpose=repair 只列仍在公示的失信信息（含尚未到可修复日期的）。kinds 为各类别的条数。',
        tags: ['企业端'],
        querystring: PageQuery.extend({
          kind: z.string().trim().min(1).optional().describe('只看此类别（见 /api/catalog/kinds）'),
          purpose: z
            .enum(['objection', 'repair'])
            .optional()
            .describe('objection 可提出异议的记录；repair 可申请信用修复的记录'),
        }),
        response: {
          200: pageOf(OwnRecordSchema).extend({
            uscc: z.string(),
            today: z.string(),
            kinds: z
              .array(
                z.object({ kind: z.string(), kindLabel: z.string(), category: z.string(), count: z.number().int() }),
              )
              .describe('各类别的条数（不受 kind 筛选影响）'),
          }),
        },
      },
    },
    async (request) => listOwnRecords(db, { uscc: principalOf(request).uscc, ...request.query }),
  );

  app.get(
    '/api/enterprise-portal/declarable-kinds',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '可自主申报的信息类别',
        description:
          '荣誉表彰、专业资质及其他正面信息（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（二）项），每类附申报表的字段（与报送文件的中文表头相同）；企业名称与统一社会信用代码取自账号，无需填写。',
        tags: ['企业端'],
        response: { 200: z.object({ items: z.array(DeclarableKindSchema) }) },
      },
    },
    async () => ({ items: listDeclarableKinds() }),
  );
}
