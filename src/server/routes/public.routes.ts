import { z } from 'zod';
import { describePublishedModel } from '../../services/public-portal/describe-published-model.ts';
import { listPublicHonestCases } from '../../services/public-portal/list-honest-cases.ts';
import { listPublicGrades } from '../../services/public-portal/list-public-grades.ts';
import { listPublicInspections } from '../../services/public-portal/list-public-inspections.ts';
import { listPublicRecords } from '../../services/public-portal/list-public-records.ts';
import { loadPublicDisclosureRules } from '../../services/public-portal/public-disclosure-rules.ts';
import { summarizePublicOverview } from '../../services/public-portal/summarize-public-overview.ts';
import { PUBLIC } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const TAGS = ['公示'];
const SearchQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('企业名称关键词或统一社会信用代码前缀'),
});

const OverviewSchema = z
  .object({
    model: z
      .object({
        version: z.string(),
        versionLabel: z.string().describe('便于阅读的版本，如“v1 版”'),
        title: z.string(),
        publishedOn: z.string().nullable(),
      })
      .nullable()
      .describe('现行评价模型（尚未发布为空）'),
    enterprises: z.number().int().describe('企业库中的企业数'),
    rated: z.number().int().describe('已有信用评价结果的企业数'),
    grades: z
      .array(
        z.object({ grade: z.string(), label: z.string(), samrClass: z.string().nullable(), count: z.number().int() }),
      )
      .describe('各等级企业数，按等级表由高到低'),
    isGradeListPublished: z.boolean().describe('是否公布每家企业的信用等级'),
    computedAt: z.string().describe('统计时间（数字每分钟更新一次）'),
  })
  .meta({ id: 'PublicOverview' });

const PublicGradeSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    grade: z.string(),
    gradeLabel: z.string(),
    evaluatedOn: z.string().describe('评价基准日'),
  })
  .meta({ id: 'PublicGrade' });

const PublicRecordSchema = z
  .object({
    id: z.number().int(),
    kind: z.string().describe('administrative_license 行政许可；administrative_penalty 行政处罚'),
    kindLabel: z.string(),
    uscc: z.string(),
    enterpriseName: z.string(),
    decisionNumber: z.string().nullable().describe('决定文书号'),
    category: z.string().nullable().describe('许可类别或处罚类别'),
    summary: z.string().nullable().describe('许可内容或违法行为类型'),
    decidedOn: z.string().nullable().describe('决定日期'),
    authority: z.string().nullable().describe('许可机关或处罚机关'),
    publicUntil: z.string().nullable().describe('公示截止日；为空表示长期有效的许可'),
    details: z.array(z.object({ label: z.string(), value: z.string() })).describe('公开的全部字段（国家双公示表头）'),
  })
  .meta({ id: 'PublicRecord' });

const PublicInspectionSchema = z
  .object({
    id: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    inspectionNumber: z.string().nullable(),
    planTitle: z.string().nullable(),
    outcome: z.string().nullable().describe('检查结果'),
    inspectedOn: z.string().nullable(),
    authority: z.string().nullable().describe('检查机关'),
  })
  .meta({ id: 'PublicInspection' });

export const PublicHonestCaseSchema = z
  .object({
    id: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    title: z.string(),
    story: z.string(),
    highlights: z.array(z.string()).describe('亮点（荣誉表彰等）'),
    grade: z.string().describe('发布时的信用等级'),
    gradeAsOf: z.string().describe('该等级的评价基准日'),
    publishedOn: z.string(),
  })
  .meta({ id: 'PublicHonestCase' });

export const ModelChangeLogSchema = z
  .object({
    from: z.string().describe('比较的原版本'),
    to: z.string().describe('比较的新版本'),
    changes: z.array(
      z.object({
        subject: z.enum(['model', 'dimension', 'indicator', 'parameter', 'grade', 'veto']),
        change: z.enum(['added', 'removed', 'changed']),
        id: z.string(),
        text: z.string().describe('变化（中文一句话，含新旧取值）'),
        reference: z.string().describe('依据'),
      }),
    ),
  })
  .meta({ id: 'ModelChangeLog' });

const ModelDocumentationSchema = z
  .object({
    version: z.string(),
    versionLabel: z.string().describe('便于阅读的版本，如“v1 版”'),
    title: z.string(),
    effectiveFrom: z.string().describe('作为正式评价模型使用的日期'),
    evaluableFrom: z.string().describe('可评价的最早基准日'),
    publishedOn: z.string().nullable(),
    reference: z.string(),
    digest: z.string().describe('模型定义的 SHA-256 摘要；每次评价都记录它'),
    score: z.object({ min: z.number(), max: z.number(), decimals: z.number().int() }),
    dimensions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        weight: z.number().describe('权重（0–1）'),
        base: z.number().describe('基础分'),
        min: z.number(),
        max: z.number(),
        reference: z.string(),
        indicators: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            description: z.string(),
            reference: z.string(),
            recordKinds: z.array(z.string()).describe('读取的信用记录类别'),
            window: z.string().describe('时间窗口'),
            parameters: z.array(z.string()).describe('用到的参数'),
          }),
        ),
      }),
    ),
    grades: z.array(
      z.object({
        grade: z.string(),
        label: z.string(),
        minScore: z.number().nullable().describe('分数线；兜底行为空'),
        samrClass: z.string(),
        samrLabel: z.string(),
        description: z.string(),
      }),
    ),
    vetoes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        condition: z.string(),
        capGrade: z.string().describe('封顶等级'),
        reference: z.string(),
      }),
    ),
    parameters: z.array(
      z.object({
        id: z.string(),
        type: z.enum(['number', 'lookup', 'bands', 'decay']),
        description: z.string(),
        unit: z.string(),
        reference: z.string(),
        values: z.array(z.object({ from: z.string().describe('生效日期'), text: z.string().describe('取值（文字）') })),
      }),
    ),
    readme: z.string().describe('模型说明全文（Markdown）'),
    changeLog: ModelChangeLogSchema.nullable().describe(
      '与被本版本取代的版本相比的变更记录（由两个版本的模型文件生成）；首个版本为空',
    ),
  })
  .meta({ id: 'ModelDocumentation' });

/**
 * The public portal (000 §二(九), 004 §(五)(七)(八), 001 §二(四)(九)): open to everyone without logging in,
 * paged, no personal data. What is published and until when is catalog/public-disclosure.yaml.
 */
export function registerPublicRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;
  const disclosedKinds = loadPublicDisclosureRules().doublePublicity.kinds.map((kind) => kind.kind.code) as [
    string,
    ...string[],
  ];

  app.get(
    '/api/public/overview',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '公众门户首页数据',
        description: '现行评价模型与全区各信用等级的企业数（汇总数字，每分钟更新一次）。',
        tags: TAGS,
        response: { 200: OverviewSchema },
      },
    },
    async () => summarizePublicOverview(db),
  );

  app.get(
    '/api/public/grades',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用公示：企业信用评价结果',
        description:
          '每家已评价企业的现行信用等级及其评价基准日，可按名称或代码查找、按等级筛选，分页。' +
          '公布依据：《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项规定经营主体可对“公布的信用评价结果”申请复评，《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（九）项要求通过政府网站宣传；' +
          '只公布等级与基准日，不公布分数、维度得分、评价轨迹与记录明细。',
        tags: TAGS,
        querystring: SearchQuery.extend({ grade: z.string().trim().max(8).optional().describe('只看某一等级，如 A') }),
        response: { 200: pageOf(PublicGradeSchema) },
      },
    },
    async (request) =>
      listPublicGrades(db, {
        query: request.query.q,
        grade: request.query.grade,
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  app.get(
    '/api/public/records',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用公示：行政许可与行政处罚（双公示）',
        description:
          '仍在有效期内的行政许可、仍在公示期内的行政处罚（公示期按决定日期当时有效的信用修复规定计算），决定日期新的在前，分页。' +
          '已修复、已撤销、公示期满的记录不公示；行政相对人为自然人的记录不公示；不公开法定代表人及证件号码。',
        tags: TAGS,
        querystring: SearchQuery.extend({
          kind: z.enum(disclosedKinds).optional().describe('只看一类记录（向公众公开的记录类别之一）'),
        }),
        response: { 200: pageOf(PublicRecordSchema) },
      },
    },
    async (request) =>
      listPublicRecords(db, {
        query: request.query.q,
        kind: request.query.kind,
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  app.get(
    '/api/public/model',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '模型说明：信用等级是怎样评出来的',
        description:
          '现行评价模型的维度与权重、指标、参数（取值、单位、生效日期与依据）、等级表、一票否决项，以及模型说明全文。',
        tags: TAGS,
        response: { 200: ModelDocumentationSchema },
      },
    },
    async () => describePublishedModel(db),
  );

  app.get(
    '/api/public/inspections',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '抽查检查结果检索（一公开）',
        description:
          '双随机抽查检查结果：各部门报送的与本平台抽查计划公示的，检查日期新的在前，可按名称或代码查找，分页。不含检查人员与检查情况文字。',
        tags: TAGS,
        querystring: SearchQuery,
        response: { 200: pageOf(PublicInspectionSchema) },
      },
    },
    async (request) =>
      listPublicInspections(db, { query: request.query.q, limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/api/public/honest-cases',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '诚信典型案例',
        description:
          '平台管理员发布的诚信典型案例（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（九）项），新的在前，分页；企业现行等级已不在案例等级范围内的暂不展示。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(PublicHonestCaseSchema) },
      },
    },
    async (request) => listPublicHonestCases(db, request.query),
  );
}
