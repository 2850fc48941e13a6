import { z } from 'zod';
import { INCUBATOR_LEVELS, type IncubatorLevel } from '../../catalog/incubators.ts';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { evaluateIncubators, readIncubatorRanking } from '../../services/incubators/evaluate-incubators.ts';
import { listEvaluatedIncubatorYears } from '../../services/incubators/list-evaluated-years.ts';
import { listIncubators } from '../../services/incubators/list-incubators.ts';
import { endTenancy, recordPastTenancy } from '../../services/incubators/record-tenancy.ts';
import { EXIT_REASONS, showIncubator } from '../../services/incubators/show-incubator.ts';
import { writeRankingXlsx } from '../../services/incubators/write-ranking-xlsx.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

const TAGS = ['孵化载体'];

/** Officials read the registry and the rankings; a department reads them too (科技人才局 runs the evaluation: 002 §(十三)). */
const INCUBATOR_READERS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'all' };
/** Administrators keep the registry's dated entries and compute the yearly evaluation. */
const INCUBATOR_WRITERS: RouteAccess = { admin: 'all' };

const levels = Object.keys(INCUBATOR_LEVELS) as [IncubatorLevel, ...IncubatorLevel[]];
const exitReasons = Object.keys(EXIT_REASONS) as [keyof typeof EXIT_REASONS, ...(keyof typeof EXIT_REASONS)[]];
const exitReasonList = exitReasons.map((reason) => `${reason} ${EXIT_REASONS[reason]}`).join('、');

const CodeParams = z.object({
  code: z
    .string()
    .regex(/^INC\d{2}$/i, '应为孵化载体代码，如 INC01')
    .describe('孵化载体代码'),
});
const YearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100).describe('评价年度') });
const RunQuery = z.object({
  run: z.coerce.number().int().positive().optional().describe('第几次计算（默认最近一次）'),
});

const Facts = {
  code: z.string(),
  name: z.string(),
  operator: z.string().describe('运营机构'),
  level: z.enum(levels).describe('级别：national 国家级、provincial 省级、municipal 市级'),
  levelLabel: z.string(),
  areaM2: z.number().describe('孵化场地面积（平方米）'),
  capacity: z.number().int().describe('可容纳在孵企业数'),
};
const GradeCountSchema = z.object({ grade: z.string(), label: z.string(), count: z.number().int() });

const IncubatorSummarySchema = z
  .object({
    ...Facts,
    hosted: z.number().int().describe('在孵企业数'),
    occupancy: z.number().describe('入驻率（在孵 ÷ 可容纳）'),
    grades: z.array(GradeCountSchema).describe('在孵企业的当前信用等级分布'),
    unrated: z.number().int().describe('尚无评价的在孵企业数'),
    meanScore: z.number().nullable(),
    graduatedLastYear: z.number().int().describe('近十二个月毕业企业数'),
    latestEvaluation: z
      .object({
        year: z.number().int(),
        score: z.number(),
        overallRank: z.number().int(),
        groupRank: z.number().int(),
        groupLabel: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'IncubatorSummary' });

const HostedSchema = z.object({
  tenancyId: z.number().int(),
  uscc: z.string(),
  name: z.string(),
  enteredOn: z.string().describe('入驻日期'),
  exitedOn: z.string().nullable().describe('迁出日期'),
  exitReason: z.enum(exitReasons).nullable(),
  exitReasonLabel: z.string().nullable(),
  grade: z.string().nullable(),
  gradeLabel: z.string().nullable(),
  score: z.number().nullable(),
});

const IncubatorDetailSchema = z
  .object({
    ...Facts,
    asOf: z.string(),
    hosted: z.array(HostedSchema).describe('在孵企业'),
    past: z.array(HostedSchema).describe('已迁出（毕业或迁出）的企业'),
    occupancy: z.number(),
    grades: z.array(GradeCountSchema),
    unrated: z.number().int(),
    meanScore: z.number().nullable(),
    trend: z
      .array(
        z.object({
          date: z.string(),
          hosted: z.number().int(),
          meanScore: z.number().nullable(),
          grades: z.array(GradeCountSchema),
        }),
      )
      .describe('各季度末（最后一项为今天）的在孵企业数、平均分与等级分布'),
    risks: z
      .array(
        z.object({
          uscc: z.string(),
          name: z.string(),
          kind: z.string(),
          kindLabel: z.string(),
          occurredOn: z.string().nullable(),
          recordId: z.number().int(),
        }),
      )
      .describe('在孵企业近期的失信、经营异常记录'),
    riskMonths: z.number().int(),
    evaluations: z.array(
      z.object({
        year: z.number().int(),
        runNumber: z.number().int(),
        score: z.number(),
        overallRank: z.number().int(),
        groupRank: z.number().int(),
        isAwarded: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'IncubatorDetail' });

const TenancySchema = z
  .object({
    id: z.number().int(),
    incubatorCode: z.string(),
    enteredOn: z.string(),
    exitedOn: z.string().nullable(),
    exitReason: z.enum(exitReasons).nullable(),
  })
  .meta({ id: 'IncubatorTenancy' });

const IndicatorTraceSchema = z.object({
  code: z.string(),
  label: z.string(),
  measure: z.string(),
  value: z.number().nullable(),
  valueText: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  points: z.number().describe('指标得分（0–100）'),
  weight: z.number(),
  contribution: z.number().describe('加权得分（权重 × 得分）'),
  scale: z.object({ zero: z.number(), full: z.number() }),
  source: z.string().describe('数据来源'),
  sourceText: z.string().describe('数据来源（可读文字）'),
  reference: z.string().describe('依据'),
  referenceText: z.string().describe('依据（可读文字）'),
  enterprises: z.array(z.string()).describe('计入的企业（统一社会信用代码）'),
});

const RankingSchema = z
  .object({
    year: z.number().int(),
    runNumber: z.number().int().nullable(),
    asOf: z.string().describe('统计截止日'),
    modelVersion: z.string(),
    modelDigest: z.string(),
    modelTitle: z.string(),
    reference: z.string(),
    referenceText: z.string().describe('依据（可读文字）'),
    groups: z.array(z.object({ code: z.string(), label: z.string(), awarded: z.number().int() })),
    groupsReference: z.string(),
    groupsReferenceText: z.string().describe('分组依据（可读文字）'),
    evaluatedAt: z.string().nullable(),
    evaluatedBy: z.string().nullable().describe('计算人账号'),
    evaluatedByName: z.string().nullable().describe('计算人姓名'),
    results: z.array(
      z.object({
        ...Facts,
        groupCode: z.string(),
        groupLabel: z.string(),
        score: z.number(),
        overallRank: z.number().int(),
        groupRank: z.number().int(),
        isAwarded: z.boolean().describe('是否在本组奖励名次内'),
        indicators: z.array(IndicatorTraceSchema),
      }),
    ),
  })
  .meta({ id: 'IncubatorRanking' });

const tenancyView = (row: {
  id: number;
  incubator_code: string;
  entered_on: string;
  exited_on: string | null;
  exit_reason: keyof typeof EXIT_REASONS | null;
}) => ({
  id: row.id,
  incubatorCode: row.incubator_code,
  enteredOn: row.entered_on,
  exitedOn: row.exited_on,
  exitReason: row.exit_reason,
});

/**
 * 孵化载体 (000 §二(二), 002 §(十三)): the registry of the 17 incubators with the enterprises they host, each
 * incubator's page, and the yearly evaluation with its ranking, trace per indicator and Excel export
 * (src/services/incubators).
 */
export function registerIncubatorRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/incubators',
    {
      config: { access: INCUBATOR_READERS },
      schema: {
        summary: '孵化载体名录',
        description:
          '全区孵化载体：运营机构、级别、面积、在孵企业数与入驻率、在孵企业信用等级分布、最近一次年度评价名次。',
        tags: TAGS,
        response: { 200: z.object({ asOf: z.string(), items: z.array(IncubatorSummarySchema) }) },
      },
    },
    async () => {
      const { asOf, incubators } = await listIncubators(db);
      return { asOf, items: incubators };
    },
  );

  app.get(
    '/api/incubators/:code',
    {
      config: { access: INCUBATOR_READERS },
      schema: {
        summary: '孵化载体详情',
        description: '在孵与已迁出企业（入驻、迁出日期）、等级分布、季度趋势、风险企业与历年评价结果。',
        tags: TAGS,
        params: CodeParams,
        response: { 200: IncubatorDetailSchema },
      },
    },
    async (request) => showIncubator(db, request.params.code),
  );

  app.post(
    '/api/incubators/:code/tenancies',
    {
      config: { access: INCUBATOR_WRITERS },
      schema: {
        summary: '登记往期入驻',
        description: `登记一段已结束的入驻（如已毕业的企业）：入驻日期、迁出日期与原因（${exitReasonList}）；与该企业其他入驻期间重叠的不予登记。`,
        tags: TAGS,
        params: CodeParams,
        body: z.object({
          uscc: z.string().trim().min(1).describe('企业统一社会信用代码'),
          enteredOn: z.iso.date().describe('入驻日期 YYYY-MM-DD'),
          exitedOn: z.iso.date().describe('迁出日期 YYYY-MM-DD'),
          exitReason: z.enum(exitReasons).describe(`迁出原因：${exitReasonList}`),
        }),
        response: { 201: TenancySchema },
      },
    },
    async (request, reply) => {
      const row = await recordPastTenancy(db, describeActor(principalOf(request)), request.params.code, request.body);
      reply.code(201);
      return tenancyView(row);
    },
  );

  app.post(
    '/api/incubator-tenancies/:id/exit',
    {
      config: { access: INCUBATOR_WRITERS },
      schema: {
        summary: '登记企业毕业或迁出',
        description: '结束一段在孵期间；企业登记信息中的孵化载体随之清空。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          exitedOn: z.iso.date().describe('迁出日期 YYYY-MM-DD'),
          exitReason: z.enum(exitReasons).describe(`迁出原因：${exitReasonList}`),
        }),
        response: { 200: TenancySchema },
      },
    },
    async (request) =>
      tenancyView(await endTenancy(db, describeActor(principalOf(request)), request.params.id, request.body)),
  );

  app.get(
    '/api/incubator-evaluations',
    {
      config: { access: INCUBATOR_READERS },
      schema: {
        summary: '孵化载体年度评价：已评价年度',
        tags: TAGS,
        response: {
          200: z.object({
            items: z.array(z.object({ year: z.number().int(), runNumber: z.number().int().describe('最近一次计算') })),
          }),
        },
      },
    },
    async () => ({ items: await listEvaluatedIncubatorYears(db) }),
  );

  app.post(
    '/api/incubator-evaluations',
    {
      config: { access: INCUBATOR_WRITERS },
      schema: {
        summary: '计算孵化载体年度评价',
        description:
          '按孵化载体年度评价模型的指标与权重计算一个年度的评价并存档（该年度的下一次计算），返回排名与逐项指标明细。',
        tags: TAGS,
        body: z.object({ year: z.number().int().min(2000).max(2100).describe('评价年度') }),
        response: { 201: RankingSchema },
      },
    },
    async (request, reply) => {
      const ranking = await evaluateIncubators(db, {
        year: request.body.year,
        actor: describeActor(principalOf(request)),
      });
      reply.code(201);
      return ranking;
    },
  );

  const requireRanking = async (year: number, run?: number) => {
    const ranking = await readIncubatorRanking(db, year, run);
    if (!ranking)
      throw new AppError('NOT_FOUND', run ? `${year} 年度没有第 ${run} 次计算` : `${year} 年度尚未评价`, {
        message: `no incubator evaluation ${year}#${run ?? 'latest'}`,
      });
    return ranking;
  };

  app.get(
    '/api/incubator-evaluations/:year',
    {
      config: { access: INCUBATOR_READERS },
      schema: {
        summary: '孵化载体年度评价排名',
        description:
          '已存档的一次计算（默认最近一次）：总排名、分组排名、奖励名次与逐项指标明细（值、得分、权重、数据来源、依据）。',
        tags: TAGS,
        params: YearParams,
        querystring: RunQuery,
        response: { 200: RankingSchema },
      },
    },
    async (request) => requireRanking(request.params.year, request.query.run),
  );

  app.get(
    '/api/incubator-evaluations/:year/ranking.xlsx',
    {
      config: { access: INCUBATOR_READERS },
      schema: {
        summary: '导出孵化载体年度评价排名（Excel）',
        tags: TAGS,
        params: YearParams,
        querystring: RunQuery,
        response: { 200: xlsxResponse('孵化载体年度评价排名') },
      },
    },
    async (request, reply) => {
      const ranking = await requireRanking(request.params.year, request.query.run);
      setXlsxHeaders(reply, `孵化载体年度评价-${ranking.year}-第${ranking.runNumber}次.xlsx`);
      return reply.send((await writeRankingXlsx(ranking)) as unknown as string);
    },
  );
}
