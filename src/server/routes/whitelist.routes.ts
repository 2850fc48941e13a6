import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { writeListXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import {
  computeConversionStats,
  GENERATION_STAT_HEADERS,
  generationStatRow,
  MONTH_STAT_HEADERS,
  monthStatRow,
} from '../../services/whitelist/conversion-stats.ts';
import { generateWhitelist } from '../../services/whitelist/generate-whitelist.ts';
import { listLoans } from '../../services/whitelist/list-loans.ts';
import { listWhitelist, listWhitelistGenerations } from '../../services/whitelist/list-whitelist.ts';
import { LOAN_STATUSES } from '../../services/whitelist/loan.ts';
import {
  APPLICANT_XLSX_HEADERS,
  applicantXlsxRow,
  findApplicantLookup,
  lookupApplicants,
} from '../../services/whitelist/lookup-applicants.ts';
import { correctLoan, recordLoan } from '../../services/whitelist/record-loan.ts';
import { ENTRY_XLSX_HEADERS, entryXlsxRow, GENERATION_TRIGGERS } from '../../services/whitelist/whitelist.ts';
import { loadWhitelistRules } from '../../services/whitelist/whitelist-rules.ts';
import { withdrawLoan } from '../../services/whitelist/withdraw-loan.ts';
import { resolveBankFilter } from '../../services/whitelist/resolve-bank-filter.ts';
import { writeSheetsXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, pageOf, PageQuery } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

/** The credit office and the departments read the list; a bank reads what was pushed to it. */
const WHITELIST_READERS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'all',
  bank: 'shared-enterprise',
};
const GENERATION_READERS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'all' };
/** Loans and statistics: the credit office sees every bank, a bank its own. */
const LOAN_READERS: RouteAccess = { admin: 'all', reviewer: 'all', bank: 'own-account' };
const BANK_ONLY: RouteAccess = { bank: 'own-account' };
const TAGS = ['结果应用'];

const GenerationSchema = z
  .object({
    id: z.number().int().describe('名单期次（编号）'),
    listCode: z.string(),
    asOf: z.string().describe('名单基准日'),
    period: z.string().nullable().describe('定期生成所属月份 YYYY-MM'),
    trigger: z
      .enum(GENERATION_TRIGGERS)
      .describe('schedule 定期生成；manual 手动生成；review 每日复核（撤回不再符合条件的企业）'),
    triggerLabel: z.string(),
    triggeredBy: z.string().describe('生成人账号（或发起的系统任务）'),
    triggeredByName: z.string().describe('生成人姓名'),
    rulesDigest: z.string().describe('生成所用入选规则的 SHA-256 摘要：两期摘要相同即按同一规则生成'),
    modelVersion: z.string().nullable(),
    modelName: z.string().nullable().describe('评价模型的名称与版本'),
    candidates: z.number().int().describe('有效发明专利数达到要求的企业'),
    ungraded: z.number().int().describe('其中尚无评价结果的'),
    excludedByGrade: z.number().int().describe('其中等级不够的'),
    excludedByRecords: z.number().int().describe('其中有公示期内排除记录的'),
    listed: z.number().int().describe('入选企业'),
    recipients: z
      .array(
        z.object({
          username: z.string(),
          displayName: z.string(),
          added: z.number().int(),
          withdrawn: z.number().int(),
          pushedAt: z.string(),
        }),
      )
      .describe('推送的金融机构及其名单的增减'),
    createdAt: z.string(),
  })
  .meta({ id: 'WhitelistGeneration' });

const EntrySchema = z
  .object({
    rank: z.number().int().describe('推介次序'),
    uscc: z.string(),
    name: z.string(),
    industryCode: z.string().nullable(),
    grade: z.string(),
    score: z.number(),
    evaluatedOn: z.string(),
    validPatents: z.number().int(),
    validInventionPatents: z.number().int(),
    isPriority: z
      .boolean()
      .describe(
        '信用等级高，优先推介（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（六）项）',
      ),
  })
  .meta({ id: 'WhitelistEntry' });

const ApplicantRowSchema = z
  .object({
    row: z.number().int().describe('在报送名单中的行号（从 1 起）'),
    input: z.string(),
    uscc: z.string().nullable(),
    error: z.string().nullable().describe('该行无法查询的原因（行号与原因）；查到时为空'),
    name: z.string().nullable(),
    validPatents: z.number().int().nullable(),
    validInventionPatents: z.number().int().nullable(),
    pledgedPatents: z.number().int().nullable(),
    validTrademarks: z.number().int().nullable(),
    inventionPatents: z.array(
      z.object({ number: z.string(), name: z.string(), legalStatus: z.string(), grantedOn: z.string().nullable() }),
    ),
    ipRecords: z
      .array(
        z.object({
          kind: z.string(),
          kindLabel: z.string(),
          occurredOn: z.string().nullable(),
          number: z.string().nullable(),
          summary: z.string(),
          level: z.string(),
          publicUntil: z.string().nullable(),
        }),
      )
      .describe('公示期内的知识产权相关负面记录'),
    isAbnormalOperation: z.boolean().nullable(),
    abnormalListings: z.array(z.object({ listedOn: z.string().nullable(), reason: z.string() })),
    grade: z.string().nullable(),
    gradeLabel: z.string().nullable(),
    evaluatedOn: z.string().nullable(),
    isGradeWithheld: z.boolean().describe('企业未授权本机构查询、也不在推送给本机构的名单中时，不提供信用等级'),
    isOnWhitelist: z.boolean().nullable(),
  })
  .meta({ id: 'ApplicantRow' });

const ApplicantLookupSchema = z
  .object({
    id: z.number().int(),
    asOf: z.string(),
    requestedBy: z.string(),
    bank: z.string(),
    submitted: z.number().int(),
    found: z.number().int(),
    rejected: z.number().int(),
    createdAt: z.string(),
    rows: z.array(ApplicantRowSchema),
  })
  .meta({ id: 'ApplicantLookup' });

const LoanSchema = z
  .object({
    id: z.number().int(),
    bank: z.string(),
    bankName: z.string(),
    bankReference: z.string().describe('本机构贷款业务编号'),
    uscc: z.string(),
    enterpriseName: z.string(),
    amountWan: z.number().describe('贷款金额（万元）'),
    grantedOn: z.string().describe('放款日期'),
    termMonths: z.number().int().describe('贷款期限（月）'),
    pledgedPatentNumbers: z.array(z.string()),
    status: z.enum(LOAN_STATUSES).describe('active 有效；withdrawn 已撤回'),
    statusLabel: z.string(),
    version: z.number().int(),
    isOnWhitelist: z.boolean().describe('放款当日借款企业是否在现行白名单中'),
    whitelistGenerationId: z.number().int().nullable().describe('放款当日现行白名单的期次'),
    reportedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Loan' });

const LoanBody = z.object({
  uscc: z.string().max(100).describe('借款企业统一社会信用代码'),
  amountWan: z.number().describe('贷款金额（万元），大于 0，最多两位小数'),
  grantedOn: z.string().max(20).describe('放款日期 YYYY-MM-DD，不晚于今天'),
  termMonths: z.number().describe('贷款期限（月），整数'),
  pledgedPatentNumbers: z.array(z.string().max(50)).optional().describe('质押的专利号（可选）'),
  bankReference: z.string().max(200).describe('本机构贷款业务编号，本机构内唯一'),
});
const LoanOutcomeSchema = z.object({
  loan: LoanSchema,
  warnings: z.array(z.string()).describe('不影响保存的提示，如平台没有所报质押专利的记录'),
});

const GenerationStatSchema = z.object({
  generationId: z.number().int(),
  asOf: z.string(),
  triggerLabel: z.string(),
  bank: z.string().nullable().describe('金融机构账号；为空表示全部机构合计'),
  bankName: z.string().nullable(),
  listed: z.number().int().describe('推送企业数'),
  enterprisesWithLoan: z.number().int().describe('该期名单有效期间获得贷款的入选企业数'),
  loans: z.number().int(),
  amountWan: z.number(),
  conversionRate: z.number().nullable().describe('获贷企业数 ÷ 推送企业数'),
});
const MonthStatSchema = z.object({
  month: z.string(),
  bank: z.string().nullable().describe('金融机构账号；为空表示全部机构合计'),
  bankName: z.string().nullable(),
  loans: z.number().int(),
  enterprises: z.number().int(),
  amountWan: z.number(),
  listedLoans: z.number().int().describe('其中放款当日在白名单中的企业的贷款'),
  listedAmountWan: z.number(),
});
const BankQuery = z.object({
  bank: z.string().max(64).optional().describe('只看这家金融机构（账号名）；金融机构只能填本机构'),
});

const StatsSchema = z
  .object({ generations: z.array(GenerationStatSchema), months: z.array(MonthStatSchema) })
  .meta({ id: 'WhitelistConversionStats' });

/**
 * 知识产权质押融资白名单 (000 §二(七) 双向推送, 001 §二(六), DOMAIN.md §7): the generated lists and
 * their push to banks, banks' lookups of their applicants, the loans banks report back, and the conversion figures.
 */
export function registerWhitelistRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/whitelist',
    {
      config: { access: WHITELIST_READERS },
      schema: {
        summary: '知识产权质押融资白名单（现行一期）',
        description:
          '拥有有效发明专利、信用等级达标、无公示期内严重失信等排除记录的企业，按推介次序排列（信用等级由高到低、有效发明专利由多到少）。' +
          '金融机构只看到推送给本机构、尚未撤回的企业。可用 generationId 查看以往各期，用 q 按企业名称或代码查找。',
        tags: TAGS,
        querystring: PageQuery.extend({
          generationId: z.coerce.number().int().positive().optional().describe('名单期次（默认现行一期）'),
          q: z.string().trim().max(100).optional().describe('企业名称关键词或统一社会信用代码前缀'),
        }),
        response: { 200: pageOf(EntrySchema).extend({ generation: GenerationSchema.nullable() }) },
      },
    },
    async (request) => listWhitelist(db, principalOf(request), request.query),
  );

  app.get(
    '/api/whitelist.xlsx',
    {
      config: { access: WHITELIST_READERS },
      schema: {
        summary: '导出知识产权质押融资白名单（Excel）',
        description: '现行一期（或 generationId 指定的一期）的全部入选企业；金融机构只含推送给本机构的企业。',
        tags: TAGS,
        querystring: z.object({ generationId: z.coerce.number().int().positive().optional() }),
        response: { 200: xlsxResponse('知识产权质押融资白名单') },
      },
    },
    async (request, reply) => {
      const page = await listWhitelist(db, principalOf(request), { generationId: request.query.generationId });
      const file = await writeListXlsx('白名单', ENTRY_XLSX_HEADERS, page.items.map(entryXlsxRow));
      setXlsxHeaders(
        reply,
        `知识产权质押融资白名单${page.generation ? `-第${page.generation.id}期-${page.generation.asOf}` : ''}.xlsx`,
      );
      return reply.send(file as unknown as string);
    },
  );

  app.get(
    '/api/whitelist/generations',
    {
      config: { access: GENERATION_READERS },
      schema: {
        summary: '白名单各期生成记录',
        description: '每期的基准日、生成方式、规则摘要、各项计数与推送对象，新的在前。',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(GenerationSchema) }) },
      },
    },
    async () => ({ items: await listWhitelistGenerations(db) }),
  );

  app.post(
    '/api/whitelist/generations',
    {
      config: { access: { admin: 'all' } },
      schema: {
        summary: '立即生成一期白名单并推送',
        description:
          '不等定期生成，按现行规则、当前信用等级与信用记录生成一期名单并推送给金融机构；不再入选的企业从各机构名单中撤回。',
        tags: TAGS,
        body: z.object({ asOf: z.iso.date().optional().describe('名单基准日 YYYY-MM-DD（默认今天，不能晚于今天）') }),
        response: {
          201: z.object({
            generation: GenerationSchema,
            pushes: z.array(
              z.object({
                recipient: z.string(),
                isRecipient: z.boolean(),
                added: z.number().int(),
                withdrawn: z.number().int(),
              }),
            ),
            exclusions: z
              .array(z.object({ uscc: z.string(), reasons: z.array(z.string()) }))
              .describe('有效发明专利达标但未入选的企业及原因'),
          }),
        },
      },
    },
    async (request, reply) => {
      const outcome = await generateWhitelist(db, {
        trigger: 'manual',
        actor: describeActor(principalOf(request)),
        asOf: request.body.asOf,
      });
      return reply
        .code(201)
        .send({ generation: outcome.generation!, pushes: outcome.pushes, exclusions: outcome.exclusions });
    },
  );

  app.post(
    '/api/whitelist/applicant-lookups',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '查询贷款申请企业的知识产权与信用信息',
        description:
          `金融机构报送向本机构申请贷款的企业（一次最多 ${loadWhitelistRules().lookup.maxApplicants} 家），逐家返回有效专利、有效发明专利、已质押专利、有效商标、` +
          '公示期内的知识产权相关负面记录、经营异常名录状态、是否在现行白名单中；代码无效或不在企业名录中的，在该行给出错误（行号与原因），不影响其他行。' +
          '申请企业向本机构申请了贷款，故可查询任一登记企业的上述依法公开的信息；信用等级只对推送给本机构或已授权本机构查询（企业授权查询）的企业提供。' +
          '每次查询均留存并记入审计。',
        tags: TAGS,
        body: z.object({ usccs: z.array(z.string().max(100)).min(1).describe('统一社会信用代码列表') }),
        response: { 201: ApplicantLookupSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await lookupApplicants(db, principalOf(request), request.body.usccs)),
  );

  app.get(
    '/api/whitelist/applicant-lookups/:id.xlsx',
    {
      config: { access: { admin: 'all', bank: 'own-account' } },
      schema: {
        summary: '导出申请企业查询结果（Excel）',
        description: '金融机构只能导出本机构的查询。',
        tags: TAGS,
        params: IdParams,
        response: { 200: xlsxResponse('申请企业查询结果') },
      },
    },
    async (request, reply) => {
      const lookup = await findApplicantLookup(db, principalOf(request), request.params.id);
      const file = await writeListXlsx('申请企业查询结果', APPLICANT_XLSX_HEADERS, lookup.rows.map(applicantXlsxRow));
      setXlsxHeaders(reply, `申请企业查询结果-${lookup.id}.xlsx`);
      return reply.send(file as unknown as string);
    },
  );

  app.post(
    '/api/loans',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '报送知识产权质押贷款',
        description:
          '金融机构回报已发放的贷款（双向推送）：借款企业、金额（万元）、放款日期、期限、质押专利号、本机构业务编号（本机构内唯一）。字段有误时逐项说明。',
        tags: TAGS,
        body: LoanBody,
        response: { 201: LoanOutcomeSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await recordLoan(db, principalOf(request), request.body)),
  );

  app.put(
    '/api/loans/:id',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '更正贷款报送',
        description: '只能更正本机构的报送；原报送作为历史版本保留。已撤回的报送不能更正。',
        tags: TAGS,
        params: IdParams,
        body: LoanBody.extend({ reason: z.string().max(500).optional().describe('更正原因') }),
        response: { 200: LoanOutcomeSchema },
      },
    },
    async (request) => correctLoan(db, principalOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/loans/:id/withdraw',
    {
      config: { access: BANK_ONLY },
      schema: {
        summary: '撤回贷款报送',
        description: '只能撤回本机构的报送；撤回后不再计入转化统计，报送记录保留。',
        tags: TAGS,
        params: IdParams,
        body: z.object({ reason: z.string().max(500).describe('撤回原因') }),
        response: { 200: LoanSchema },
      },
    },
    async (request) => withdrawLoan(db, principalOf(request), request.params.id, request.body.reason),
  );

  app.get(
    '/api/loans',
    {
      config: { access: LOAN_READERS },
      schema: {
        summary: '贷款报送列表',
        description:
          '金融机构只看到本机构的报送；信用办看到全部，可按机构筛选。可按状态、借款企业或业务编号查找。按放款日期新的在前。',
        tags: TAGS,
        querystring: PageQuery.extend(BankQuery.shape).extend({
          status: z.enum(LOAN_STATUSES).optional().describe('只看此状态：active 有效；withdrawn 已撤回'),
          q: z.string().trim().max(100).optional().describe('借款企业名称关键词、统一社会信用代码前缀或本机构业务编号'),
        }),
        response: { 200: pageOf(LoanSchema) },
      },
    },
    async (request) =>
      listLoans(db, {
        ...request.query,
        bankUserId: await resolveBankFilter(db, principalOf(request), request.query.bank),
      }),
  );

  app.get(
    '/api/loans.xlsx',
    {
      config: { access: LOAN_READERS },
      schema: {
        summary: '导出贷款报送（Excel）',
        description: '金融机构只含本机构的报送。',
        tags: TAGS,
        querystring: BankQuery,
        response: { 200: xlsxResponse('贷款报送') },
      },
    },
    async (request, reply) => {
      const { items } = await listLoans(db, {
        bankUserId: await resolveBankFilter(db, principalOf(request), request.query.bank),
      });
      const rows = items.map((loan) => [
        loan.id,
        loan.bankName,
        loan.bankReference,
        loan.uscc,
        loan.enterpriseName,
        loan.amountWan,
        loan.grantedOn,
        loan.termMonths,
        loan.pledgedPatentNumbers.join('、'),
        loan.isOnWhitelist ? '是' : '否',
        loan.statusLabel,
        loan.version,
      ]);
      const headers = [
        '编号',
        '金融机构',
        '业务编号',
        '统一社会信用代码',
        '企业名称',
        '贷款金额（万元）',
        '放款日期',
        '期限（月）',
        '质押专利号',
        '放款时在白名单中',
        '状态',
        '版本',
      ];
      setXlsxHeaders(reply, '知识产权质押贷款报送.xlsx');
      return reply.send((await writeListXlsx('贷款报送', headers, rows)) as unknown as string);
    },
  );

  app.get(
    '/api/whitelist/stats',
    {
      config: { access: LOAN_READERS },
      schema: {
        summary: '白名单转化统计',
        description:
          '按名单期次与金融机构：推送企业、获贷企业、贷款笔数、金额、转化率（获贷企业 ÷ 推送企业）；按月份与金融机构：贷款笔数、企业、金额及其中白名单企业的部分。只计有效（未撤回）的报送。金融机构只看到本机构的行；信用办可按机构筛选。',
        tags: TAGS,
        querystring: BankQuery,
        response: { 200: StatsSchema },
      },
    },
    async (request) =>
      computeConversionStats(db, { bankUserId: await resolveBankFilter(db, principalOf(request), request.query.bank) }),
  );

  app.get(
    '/api/whitelist/stats.xlsx',
    {
      config: { access: LOAN_READERS },
      schema: {
        summary: '导出白名单转化统计（Excel）',
        description: '两张表：按名单期次、按月份。',
        tags: TAGS,
        querystring: BankQuery,
        response: { 200: xlsxResponse('白名单转化统计') },
      },
    },
    async (request, reply) => {
      const stats = await computeConversionStats(db, {
        bankUserId: await resolveBankFilter(db, principalOf(request), request.query.bank),
      });
      const file = await writeSheetsXlsx([
        { name: '按名单期次', headers: GENERATION_STAT_HEADERS, rows: stats.generations.map(generationStatRow) },
        { name: '按月份', headers: MONTH_STAT_HEADERS, rows: stats.months.map(monthStatRow) },
      ]);
      setXlsxHeaders(reply, '白名单转化统计.xlsx');
      return reply.send(file as unknown as string);
    },
  );
}
