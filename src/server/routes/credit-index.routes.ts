import { z } from 'zod';
import { DIMENSIONS } from '../../domain/index-dimensions.ts';
import {
  loadCreditIndexMethod,
  methodReferences,
  readMethodDocument,
  readReadableMethodDocument,
} from '../../services/credit-index/credit-index-method.ts';
import { readIndexSeries, type SeriesQuery } from '../../services/credit-index/read-index-series.ts';
import { writeIndexXlsx } from '../../services/credit-index/write-index-xlsx.ts';
import { PUBLIC } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

/**
 * The credit index, published on the portal: the series by region, industry and tier, the method it is
 * computed by, and the workbook with both. Public: groups below the minimum size carry no number.
 */

const MONTH = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 YYYY-MM 格式的月份');

const SeriesQuerySchema = z.object({
  dimension: z
    .enum(DIMENSIONS)
    .optional()
    .describe(
      '分组维度：district 全区（默认）、region 行政区划、industry_section 行业门类、industry_division 行业大类、tier 梯次培育库层级',
    ),
  group: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('只看一个分组（分组代码，如 420703、C、C39、high_tech）；不填为该维度全部分组'),
  from: MONTH.optional().describe('起始月份（默认：最早的已结算月份与基期中较早者）'),
  to: MONTH.optional().describe('截止月份（默认：本月）'),
});

const MONTH_STATUS =
  '状态：closed 已结算（冻结，不再改变）；provisional 暂定（本月或尚未结算的月份，随评价更新而变化）';

const PointSchema = z
  .object({
    month: z.string(),
    status: z.enum(['closed', 'provisional']).describe(MONTH_STATUS),
    withheld: z.boolean().describe('为真时该组企业少于最小分组数，不公布任何数值'),
    value: z.number().nullable().describe('指数（基期 = 100）；不公布或该组无基期值时为空'),
    rawMeasure: z.number().nullable().describe('综合测度（0–100）'),
    meanScore: z.number().nullable().describe('信用水平：平均分'),
    goodShare: z.number().nullable().describe('守信面：良好及以上等级占比'),
    poorShare: z.number().nullable().describe('失信面：较差等级占比'),
    enterprises: z.number().int().nullable().describe('统计企业数'),
    methodDigest: z.string().describe('计算该值所用方法的摘要'),
  })
  .meta({ id: 'CreditIndexPoint' });

const SeriesSchema = z
  .object({
    dimension: z.enum(DIMENSIONS),
    dimensionLabel: z.string(),
    from: z.string(),
    to: z.string(),
    baseMonth: z.string().describe('基期（= 100）'),
    minGroupSize: z.number().int().describe('少于此数的分组不公布'),
    methodDigest: z.string().describe('现行方法摘要'),
    method: z.object({ title: z.string(), href: z.string().describe('编制方法全文与参数'), summary: z.string() }),
    months: z.array(
      z.object({
        month: z.string(),
        status: z.enum(['closed', 'provisional']).describe(MONTH_STATUS),
        source: z
          .enum(['evaluations', 'backfill'])
          .describe('evaluations 来自平台存储的评价结果；backfill 演示区县的回溯重建'),
        methodDigest: z.string(),
        modelVersions: z.array(z.string()).describe('该月所计评价结果的评价模型版本'),
        closedAt: z.string().nullable(),
      }),
    ),
    series: z.array(z.object({ group: z.string(), label: z.string(), points: z.array(PointSchema) })),
  })
  .meta({ id: 'CreditIndexSeries' });

const MethodSchema = z
  .object({
    title: z.string(),
    formula: z.string(),
    digest: z.string().describe('决定数值的参数的 SHA-256 摘要'),
    baseMonth: z.string(),
    minGroupSize: z.number().int(),
    components: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        weight: z.number(),
        grades: z.array(z.string()),
        description: z.string(),
      }),
    ),
    dimensions: z.array(z.object({ code: z.string(), label: z.string() })),
    references: z.array(
      z.object({
        topic: z.string(),
        reference: z.string(),
        referenceText: z.string().describe('依据（文件名称与条款）'),
      }),
    ),
    text: z.string().describe('编制说明全文（Markdown）'),
    readableText: z.string().describe('编制说明全文（Markdown），其中的文件引用写作文件名称与条款'),
  })
  .meta({ id: 'CreditIndexMethod' });

function methodSummary(): string {
  const method = loadCreditIndexMethod();
  const { mean_score: mean, good_share: good, poor_share: poor } = method.components;
  return `指数 = 100 × 本月综合测度 ÷ 基期（${method.baseMonth}）综合测度；综合测度 = ${mean.weight} × ${mean.label} + ${good.weight} × 100 × ${good.label} + ${poor.weight} × 100 × （1 − ${poor.label.replace('（反向）', '')}）；企业少于 ${method.minGroupSize} 家的分组不公布。`;
}

export function registerCreditIndexRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;
  const seriesOf = (query: z.infer<typeof SeriesQuerySchema>) => readIndexSeries(db, query satisfies SeriesQuery);

  app.get(
    '/api/credit-index',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用指数：按月序列',
        description:
          '华容区科创企业信用指数（基期 = 100），按全区、行政区划、行业门类/大类、梯次培育库层级分组。已结算月份冻结不变，本月为暂定值；企业少于最小分组数的分组不公布。编制方法见 /api/credit-index/method。',
        tags: ['信用指数'],
        querystring: SeriesQuerySchema,
        response: { 200: SeriesSchema },
      },
    },
    async (request) => ({
      ...(await seriesOf(request.query)),
      method: { title: loadCreditIndexMethod().title, href: '/api/credit-index/method', summary: methodSummary() },
    }),
  );

  app.get(
    '/api/credit-index/method',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用指数：编制方法',
        description:
          '指数的编制说明全文、全部参数及其依据、方法摘要。方法摘要是决定数值的参数（公式版本、基期、分项权重与等级、取整位数、最小分组数、分组维度）的 SHA-256 摘要，说明文字的修订不改变它；每个指数值都带着计算它的方法摘要，与此处的摘要相同即按此处公布的参数计算。',
        tags: ['信用指数'],
        response: { 200: MethodSchema },
      },
    },
    async () => {
      const method = loadCreditIndexMethod();
      return {
        title: method.title,
        formula: method.formula,
        digest: method.digest,
        baseMonth: method.baseMonth,
        minGroupSize: method.minGroupSize,
        components: Object.values(method.components),
        dimensions: method.dimensions,
        references: methodReferences(method),
        text: readMethodDocument(),
        readableText: readReadableMethodDocument(),
      };
    },
  );

  app.get(
    '/api/credit-index.xlsx',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '导出信用指数（Excel）',
        description: '与 /api/credit-index 相同的查询条件；第一个工作表为指数数值，第二个工作表为编制方法与参数。',
        tags: ['信用指数'],
        querystring: SeriesQuerySchema,
        response: { 200: xlsxResponse('信用指数及其编制方法') },
      },
    },
    async (request, reply) => {
      const file = await writeIndexXlsx(await seriesOf(request.query));
      setXlsxHeaders(reply, '信用指数.xlsx');
      // The workbook goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(file as unknown as string);
    },
  );
}
