import { z } from 'zod';
import { answerMatch, listBankMatches, reportMatchOutcome } from '../../services/financing/bank-matches.ts';
import {
  createFinancingEvent,
  findFinancingEvent,
  listFinancingEvents,
} from '../../services/financing/financing-events.ts';
import {
  computeFinancingFunnel,
  FUNNEL_BANK_HEADERS,
  FUNNEL_PRODUCT_HEADERS,
  funnelBankRow,
  funnelProductRow,
} from '../../services/financing/financing-funnel.ts';
import { MATCH_ANSWERS, MATCH_OUTCOMES, NEED_STATES } from '../../services/financing/financing-need.ts';
import { changeNeed, findNeed, listNeeds, publishNeed } from '../../services/financing/financing-needs.ts';
import { describeFinancingProducts, listCollaterals } from '../../services/financing/financing-products.ts';
import { MATCH_RULES } from '../../services/financing/match-products.ts';
import { writeSheetsXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

const PRODUCT_READERS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'all',
  enterprise: 'all',
  bank: 'all',
};
/** An enterprise its own needs; the credit office every enterprise's. */
const NEED_READERS: RouteAccess = { admin: 'all', reviewer: 'all', enterprise: 'own-enterprise' };
const ENTERPRISE_ONLY: RouteAccess = { enterprise: 'own-enterprise' };
/** A bank the needs matched to its own products; the credit office every bank's. */
const MATCH_READERS: RouteAccess = { admin: 'all', reviewer: 'all', bank: 'own-account' };
const BANK_ONLY: RouteAccess = { bank: 'own-account' };
const OFFICIALS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'all' };
const EVENT_ORGANISERS: RouteAccess = { admin: 'all' };
const TAGS = ['融资对接'];

const Labelled = z.object({ code: z.string(), label: z.string() });

const ProductSchema = z
  .object({
    code: z.string(),
    bank: z.string().describe('金融机构账号'),
    bankName: z.string(),
    name: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    amountWan: z.object({ min: z.number(), max: z.number() }).describe('额度范围（万元）'),
    termMonths: z.object({ min: z.number(), max: z.number() }).describe('期限范围（月）'),
    eligibility: z.object({
      minGrade: z.string().nullable().describe('信用等级不低于'),
      tiers: z.array(Labelled).describe('属于其一的梯次培育库层级（空：不限）'),
      minInventionPatents: z.number().int().describe('有效发明专利不少于（0：不限）'),
      collateral: z.array(Labelled).describe('须提供其一的担保方式（空：不限）'),
    }),
    reference: z.string(),
  })
  .meta({ id: 'FinancingProduct' });

const CheckSchema = z.object({
  rule: z.enum(MATCH_RULES),
  label: z.string(),
  isMet: z.boolean(),
  detail: z.string().describe('比对说明'),
});

const matchFields = {
  id: z.number().int(),
  productCode: z.string(),
  productName: z.string(),
  kindLabel: z.string(),
  bank: z.string(),
  bankName: z.string(),
  isEligible: z.boolean().describe('是否符合产品准入条件'),
  checks: z.array(CheckSchema).describe('逐条准入条件的比对结果'),
  answer: z.enum(MATCH_ANSWERS).describe('pending 待回应；interested 有意向；declined 不予受理'),
  answerLabel: z.string(),
  answerReason: z.string().nullable(),
  outcome: z.enum(MATCH_OUTCOMES).nullable().describe('granted 已放款；refused 未放款'),
  outcomeLabel: z.string().nullable(),
  outcomeReason: z.string().nullable(),
  grantedAmountWan: z.number().nullable(),
  grantedOn: z.string().nullable(),
  loanId: z.number().int().nullable().describe('对应的贷款报送编号'),
  version: z.number().int(),
};
const MatchSchema = z.object(matchFields).meta({ id: 'FinancingMatch' });

const needFacts = {
  amountWan: z.number().describe('融资金额（万元）'),
  termMonths: z.number().int().describe('融资期限（月）'),
  purpose: z.string(),
  collaterals: z.array(Labelled).describe('可提供的担保方式'),
  grade: z.string().nullable().describe('发布时的信用等级'),
  inventionPatents: z.number().int().describe('发布时的有效发明专利件数'),
  tiers: z.array(Labelled).describe('梯次培育库层级'),
  publishedAt: z.string(),
};

const NeedSchema = z
  .object({
    id: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    ...needFacts,
    hasConsent: z.boolean().describe('同意向匹配的金融机构共享信用信息'),
    state: z.enum(NEED_STATES).describe('open 对接中；withdrawn 已撤回'),
    stateLabel: z.string(),
    version: z.number().int(),
    matches: z.array(MatchSchema).describe('与每个产品的比对'),
  })
  .meta({ id: 'FinancingNeed' });

const BankMatchSchema = z
  .object({ ...matchFields, needId: z.number().int(), uscc: z.string(), enterpriseName: z.string(), ...needFacts })
  .meta({ id: 'FinancingBankMatch' });

const StageFields = {
  matched: z.number().int().describe('推送给机构的需求（符合条件且企业同意共享）'),
  answered: z.number().int(),
  interested: z.number().int(),
  declined: z.number().int(),
  granted: z.number().int(),
  refused: z.number().int(),
  grantedAmountWan: z.number().describe('放款金额（万元）'),
};
const FunnelSchema = z
  .object({
    needs: z.object({
      published: z.number().int().describe('发布的需求'),
      consented: z.number().int().describe('其中同意共享信用信息的'),
      matched: z.number().int().describe('其中匹配到产品的'),
      answered: z.number().int().describe('其中已有机构回应的'),
      granted: z.number().int().describe('其中已获放款的'),
    }),
    byProduct: z.array(
      z.object({
        bank: z.string(),
        bankName: z.string(),
        productCode: z.string(),
        productName: z.string(),
        ...StageFields,
      }),
    ),
    byBank: z.array(z.object({ bank: z.string(), bankName: z.string(), ...StageFields })),
  })
  .meta({ id: 'FinancingFunnel' });

const EventSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    heldOn: z.string(),
    venue: z.string().nullable(),
    createdBy: z.string(),
    enterprises: z.array(z.object({ uscc: z.string(), name: z.string() })),
    banks: z.array(z.object({ bank: z.string(), bankName: z.string() })),
    results: FunnelSchema.describe('参加企业的需求与参加机构产品的对接结果'),
  })
  .meta({ id: 'FinancingEvent' });

/** 融资对接 (src/services/financing): products, needs, the banks' answers and outcomes, the funnel and 融资专场. */
export function registerFinancingRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/financing/products',
    {
      config: { access: PRODUCT_READERS },
      schema: {
        summary: '合作金融机构的贷款产品',
        description: '各金融机构的融资产品及其准入条件（最低信用等级、发明专利件数、担保方式等）。',
        tags: TAGS,
        response: {
          200: z.object({
            items: z.array(ProductSchema),
            collaterals: z.array(Labelled).describe('需求可提供的担保方式'),
          }),
        },
      },
    },
    async () => ({ items: await describeFinancingProducts(db), collaterals: listCollaterals() }),
  );

  app.get(
    '/api/financing/needs',
    {
      config: { access: NEED_READERS },
      schema: {
        summary: '融资需求',
        description: '最新的在前，分页；企业只看本企业的。每项需求附与每个产品的比对及机构的回应与结果。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(NeedSchema) },
      },
    },
    async (request) => listNeeds(db, principalOf(request), request.query),
  );

  app.post(
    '/api/financing/needs',
    {
      config: { access: ENTERPRISE_ONLY },
      schema: {
        summary: '发布融资需求',
        description:
          '按当日的信用等级、梯次培育库层级与有效发明专利与每个产品的准入条件比对。只有同意共享信用信息的需求才推送给匹配的金融机构。',
        tags: TAGS,
        body: z.object({
          amountWan: z.number().describe('融资金额（万元）'),
          termMonths: z.number().int().describe('融资期限（月）'),
          purpose: z.string().max(500).describe('资金用途'),
          collaterals: z.array(z.string()).max(10).default([]).describe('可提供的担保方式（代码）'),
          hasConsent: z.boolean().describe('同意向匹配的金融机构共享本企业的信用信息（可随时撤回）'),
        }),
        response: { 201: NeedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await publishNeed(db, principalOf(request), request.body)),
  );

  app.get(
    '/api/financing/needs/:id',
    {
      config: { access: NEED_READERS },
      schema: {
        summary: '一项融资需求',
        description: '与每个产品的比对（为什么符合或不符合）、机构的回应与结果。',
        tags: TAGS,
        params: IdParams,
        response: { 200: NeedSchema },
      },
    },
    async (request) => findNeed(db, principalOf(request), request.params.id),
  );

  app.post(
    '/api/financing/needs/:id/change',
    {
      config: { access: ENTERPRISE_ONLY },
      schema: {
        summary: '更改融资需求的共享同意或撤回需求',
        description: '撤回同意后金融机构不再看到该需求；撤回的需求不能恢复。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          hasConsent: z.boolean().optional().describe('同意或撤回共享信用信息'),
          withdraw: z.boolean().optional().describe('撤回需求'),
          version: z.number().int().positive().optional(),
        }),
        response: { 200: NeedSchema },
      },
    },
    async (request) => changeNeed(db, principalOf(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/financing/matches',
    {
      config: { access: MATCH_READERS },
      schema: {
        summary: '推送给金融机构的融资需求',
        description: '符合本机构产品准入条件、企业同意共享信用信息且仍在对接中的需求，最新的在前；信用办看全部机构的。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(BankMatchSchema) },
      },
    },
    async (request) => listBankMatches(db, principalOf(request), request.query),
  );

  app.post(
    '/api/financing/matches/:id/answer',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '回应融资需求',
        description: '有意向，或不予受理（须说明理由，理由告知企业）。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          answer: z.enum(['interested', 'declined']),
          reason: z.string().max(500).optional().describe('不予受理的理由'),
          version: z.number().int().positive().optional(),
        }),
        response: { 200: BankMatchSchema },
      },
    },
    async (request) => answerMatch(db, principalOf(request), { id: request.params.id, ...request.body }),
  );

  app.post(
    '/api/financing/matches/:id/outcome',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '反馈融资对接结果',
        description: '已放款：同时作为本机构的贷款报送（与“贷款反馈”相同的校验）；未放款：须说明原因。',
        tags: TAGS,
        params: IdParams,
        body: z.object({
          outcome: z.enum(MATCH_OUTCOMES),
          reason: z.string().max(500).optional().describe('未放款的原因'),
          amountWan: z.number().optional().describe('贷款金额（万元）'),
          grantedOn: z.string().optional().describe('放款日期 YYYY-MM-DD'),
          termMonths: z.number().int().optional().describe('贷款期限（月），默认为需求期限'),
          bankReference: z.string().max(64).optional().describe('本机构贷款业务编号'),
          pledgedPatentNumbers: z.array(z.string()).max(100).optional(),
          version: z.number().int().positive().optional(),
        }),
        response: { 200: z.object({ match: BankMatchSchema, warnings: z.array(z.string()) }) },
      },
    },
    async (request) => reportMatchOutcome(db, principalOf(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/financing/funnel',
    {
      config: { access: OFFICIALS },
      schema: {
        summary: '融资对接漏斗',
        description: '需求 → 回应 → 放款，按金融机构与产品。',
        tags: TAGS,
        response: { 200: FunnelSchema },
      },
    },
    async () => computeFinancingFunnel(db),
  );

  app.get(
    '/api/financing/funnel.xlsx',
    {
      config: { access: OFFICIALS },
      schema: {
        summary: '导出融资对接漏斗（Excel）',
        description: '两张表：按产品、按金融机构。',
        tags: TAGS,
        response: { 200: xlsxResponse('融资对接漏斗') },
      },
    },
    async (_request, reply) => {
      const funnel = await computeFinancingFunnel(db);
      const file = await writeSheetsXlsx([
        { name: '按产品', headers: FUNNEL_PRODUCT_HEADERS, rows: funnel.byProduct.map(funnelProductRow) },
        { name: '按金融机构', headers: FUNNEL_BANK_HEADERS, rows: funnel.byBank.map(funnelBankRow) },
      ]);
      setXlsxHeaders(reply, '融资对接漏斗.xlsx');
      return reply.send(file as unknown as string);
    },
  );

  app.get(
    '/api/financing/events',
    {
      config: { access: OFFICIALS },
      schema: {
        summary: '融资专场',
        description: '最近的在前，附参加企业、金融机构与对接结果。',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(EventSchema) }) },
      },
    },
    async () => ({ items: await listFinancingEvents(db) }),
  );

  app.get(
    '/api/financing/events/:id',
    {
      config: { access: OFFICIALS },
      schema: { summary: '一场融资专场', tags: TAGS, params: IdParams, response: { 200: EventSchema } },
    },
    async (request) => findFinancingEvent(db, request.params.id),
  );

  app.post(
    '/api/financing/events',
    {
      config: { access: EVENT_ORGANISERS },
      schema: {
        summary: '创建融资专场',
        description: '名称、举办日期、地点，参加企业（统一社会信用代码）与参加金融机构（账号）。',
        tags: TAGS,
        body: z.object({
          title: z.string().max(200),
          heldOn: z.string().describe('举办日期 YYYY-MM-DD'),
          venue: z.string().max(200).optional(),
          enterprises: z.array(z.string()).max(500).default([]),
          banks: z.array(z.string()).max(100).default([]),
        }),
        response: { 201: EventSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createFinancingEvent(db, principalOf(request), request.body)),
  );
}
