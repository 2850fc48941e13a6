import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import { issueReport } from '../../services/report/issue-report.ts';
import { REPORT_AUDIENCES, REPORT_FORMAT, type ReportAudience } from '../../services/report/report.ts';
import { renderReport, REPORT_CONTENT_TYPES, REPORT_OUTPUT_FORMATS } from '../../services/report/render-report.ts';
import { verifyReport } from '../../services/report/verify-report.ts';
import { principalOf, PUBLIC, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { hasAuthorized, isSharingRecipientRole } from '../../services/sharing/shared-enterprises.ts';

/**
 * Who gets an enterprise's credit report: the enterprise itself and officials. Administrators,
 * reviewers and the enterprise get the full version; department operators and inspectors get the public version
 * only, since outside their own department's records they see only what is public. A bank or association gets the
 * report of an enterprise shared with it: the full version when the enterprise authorised it
 * (企业授权查询), the public version when it is only on a list pushed to it.
 */
const REPORT_ACCESS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'all',
  inspector: 'all',
  enterprise: 'own-enterprise',
  bank: 'shared-enterprise',
  association: 'shared-enterprise',
};
const PUBLIC_VERSION_ONLY = new Set(['department_operator', 'inspector']);

const UsccParams = z.object({
  uscc: z
    .string()
    .transform((value) => normalizeUscc(value))
    .pipe(z.string().regex(/^[0-9A-Z]{18}$/, '统一社会信用代码应为 18 位数字或大写字母'))
    .describe('统一社会信用代码'),
});

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');

const PublicitySchema = z.object({
  level: z.string(),
  status: z.string(),
  repairableFrom: z.string().nullable(),
  publicUntil: z.string().nullable(),
});

const RecordSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  kindLabel: z.string(),
  category: z.string(),
  number: z.string().nullable().describe('文号 / 编号'),
  summary: z.string(),
  department: z.string().describe('来源部门（简称）'),
  occurredOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  status: z.string().describe('有效、已撤销、已修复、已移出'),
  isNegative: z.boolean().describe('是否为负面信息（已修复、已撤销、公示期满的记录永远不是）'),
  publicity: PublicitySchema.nullable().describe('负面信息的公示期：失信程度、状态、可申请修复日、公示截止日'),
  marks: z.array(z.string()).describe('异议中、已修复、已撤销、公示期满、可申请修复、即将期满 …'),
  effect: z.string().nullable().describe('计入评价的方式，如“扣分：一般失信行政处罚”'),
  countedBy: z.array(z.string()).describe('计入的指标'),
});

export const CreditReportSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    audience: z.enum(REPORT_AUDIENCES),
    audienceLabel: z.string(),
    title: z.string(),
    subtitle: z.string(),
    number: z.string().describe('报告编号，如 XP-420703-20261121-000123'),
    issuedOn: z.string().describe('签发日期（北京时间）'),
    issuedAt: z.string(),
    issuer: z.object({ name: z.string(), platform: z.string() }),
    enterprise: z.object({
      name: z.string(),
      uscc: z.string(),
      entityType: z.string().nullable(),
      legalRepresentative: z.string().nullable().describe('已脱敏；公示版为空'),
      industry: z.string().nullable(),
      regionCode: z.string().nullable(),
      regionName: z.string().nullable().describe('行政区划名称（区划代码未收录时为空）'),
      registeredOn: z.string().nullable(),
      status: z.string(),
      tiers: z.array(z.string()),
      incubator: z.string().nullable(),
    }),
    evaluation: z.object({
      asOf: z.string(),
      modelVersion: z.string(),
      modelTitle: z.string(),
      modelDigest: z.string(),
      score: z.number(),
      scoreMax: z.number(),
      grade: z.string(),
      gradeLabel: z.string(),
      gradeDescription: z.string(),
      samr: z.object({ class: z.string(), label: z.string() }),
      gradeBeforeVetoes: z.string(),
      vetoes: z.array(z.object({ label: z.string(), capGrade: z.string(), reference: z.string() })),
      grades: z.array(z.object({ grade: z.string(), label: z.string(), minScore: z.number().nullable() })),
      fingerprint: z.string().nullable().describe('评价输入指纹；公示版为空'),
    }),
    dimensions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        weight: z.number(),
        base: z.number(),
        min: z.number(),
        max: z.number(),
        points: z.number(),
        score: z.number(),
        contribution: z.number(),
      }),
    ),
    indicators: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        dimension: z.string(),
        dimensionLabel: z.string(),
        value: z.string().describe('取值；公示版中来自非公开信息的取值为“—”'),
        points: z.number(),
        weight: z.number(),
        contribution: z.number(),
        recordCount: z.number().int().nullable(),
        reference: z.string(),
      }),
    ),
    categories: z
      .array(z.object({ category: z.string(), records: z.array(RecordSchema) }))
      .describe('按信息类别的现行信用信息'),
    inactiveRecords: z
      .array(RecordSchema)
      .describe('已修复、已撤销、已移出或公示期满的信息（不作为负面信息；公示版为空）'),
    description: z
      .object({
        summary: z.string(),
        dimensions: z.string(),
        raised: z.array(z.string()),
        lowered: z.array(z.string()),
        vetoes: z.array(z.string()),
        leavingPublicity: z.array(z.string()),
        advice: z.array(z.string()),
      })
      .describe('信用状况客观描述'),
    notes: z.object({ objection: z.string(), repair: z.string(), use: z.string(), verification: z.string() }),
    verification: z.object({
      path: z.string().describe('公开核验路径'),
      code: z.string().describe('验证码'),
      digest: z.string().describe('报告数据摘要（sha256）'),
    }),
  })
  .meta({ id: 'CreditReport' });

const ReportQuery = z.object({
  format: z.enum(REPORT_OUTPUT_FORMATS).default('json').describe('json（默认）、html（可打印的网页）或 pdf'),
  audience: z
    .enum(REPORT_AUDIENCES)
    .optional()
    .describe('full 完整版、public 公示版；默认为当前账号可获取的最完整版本'),
  asOf: IsoDate.optional().describe('评价基准日，默认为签发当天'),
});

const VerificationSchema = z
  .object({
    number: z.string(),
    enterpriseName: z.string(),
    uscc: z.string(),
    issuedOn: z.string(),
    grade: z.string(),
    gradeLabel: z.string(),
    message: z.string().describe('核验结论（中文）'),
  })
  .meta({ id: 'ReportVerification' });

export function registerReportRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/enterprises/:uscc/report',
    {
      config: { access: REPORT_ACCESS },
      schema: {
        summary: '签发企业信用报告',
        description:
          '按评价轨迹生成并签发信用报告（JSON、可打印的 HTML 或 PDF），每次请求签发一份带编号与验证码的报告并记入审计链。' +
          '管理员、审核员与企业本身可获取完整版；数据报送单位与检查人员仅可获取公示版；金融机构、行业协会仅限推送给本机构的名单中的企业（公示版）或经企业授权查询的企业（完整版）。',
        tags: ['信用报告'],
        params: UsccParams,
        querystring: ReportQuery,
        response: {
          200: {
            description: '信用报告',
            content: {
              'application/json': { schema: CreditReportSchema },
              'text/html': { schema: z.string().describe('可打印的 HTML 页面') },
              'application/pdf': { schema: z.string().meta({ format: 'binary' }).describe('A4 PDF') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      const principal = principalOf(request);
      const isPublicOnly =
        PUBLIC_VERSION_ONLY.has(principal.role) ||
        (isSharingRecipientRole(principal.role) && !(await hasAuthorized(db, principal.userId, request.params.uscc)));
      const audience: ReportAudience = request.query.audience ?? (isPublicOnly ? 'public' : 'full');
      if (audience === 'full' && isPublicOnly)
        throw new AppError(
          'FORBIDDEN',
          '数据报送单位、检查人员及未经企业授权的金融机构只能获取公示版信用报告（audience=public）',
        );
      const report = await issueReport(
        db,
        { secret: context.secretKey(), signing: context.signingKey() },
        { uscc: request.params.uscc, audience, asOf: request.query.asOf, issuedBy: describeActor(principal) },
      );
      const format = request.query.format;
      reply.header('x-report-number', report.number);
      if (format === 'json') return report;
      const body = await renderReport(report, format);
      const fileName = `企业信用报告-${report.number}.${format}`;
      reply.type(REPORT_CONTENT_TYPES[format]);
      reply.header(
        'content-disposition',
        `${format === 'pdf' ? 'attachment' : 'inline'}; filename="${report.number}.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      );
      // The PDF goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(format === 'html' ? body.toString('utf8') : (body as unknown as string));
    },
  );

  app.get(
    '/verify/:number',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '核验信用报告',
        description:
          '公开核验：按报告编号与验证码确认报告是否由本平台签发、所属企业、签发日期与信用等级，不提供其他任何信息。' +
          '可同时给出报告上印的等级（grade）一并核对。编号不存在与验证码不符的回答相同。',
        tags: ['信用报告'],
        params: z.object({ number: z.string().trim().min(1).max(64).describe('报告编号') }),
        querystring: z.object({
          code: z.string().trim().min(1, '请填写报告上的验证码').max(64).describe('验证码'),
          grade: z.string().trim().max(8).optional().describe('报告上印的信用等级（可选）'),
        }),
        response: { 200: VerificationSchema },
      },
    },
    async (request) =>
      verifyReport(db, context.secretKey(), {
        number: request.params.number,
        code: request.query.code,
        grade: request.query.grade,
      }),
  );
}
