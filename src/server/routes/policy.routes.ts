import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { exportEligibleEnterprises } from '../../services/policy-matching/export-eligible-enterprises.ts';
import { findEligibleEnterprises } from '../../services/policy-matching/find-eligible-enterprises.ts';
import { findEnterprisePolicies } from '../../services/policy-matching/find-enterprise-policies.ts';
import { loadPolicyCatalog } from '../../services/policy-matching/load-policies.ts';
import { toPolicyView } from '../../services/policy-matching/policy-view.ts';
import { principalOf, PUBLIC, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { UsccParams } from './enterprise.routes.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/** Officials who administer or pay out policies; lists of eligible enterprises are theirs, not the public's. */
const POLICY_OFFICIALS: RouteAccess = { admin: 'all', department_operator: 'all', reviewer: 'all' };
const ENTERPRISE_POLICY_ACCESS: RouteAccess = { ...POLICY_OFFICIALS, enterprise: 'own-enterprise' };

const PolicySchema = z
  .object({
    code: z.string(),
    name: z.string(),
    departmentCode: z.string().describe('兑现部门代码'),
    departmentName: z.string(),
    reference: z.string().describe('政策文件名称（文号）'),
    referenceText: z.string().describe('政策文件名称（文号），供阅读'),
    isLocalExample: z.boolean().describe('为真时为演示拟定的本地示例，不是正式文件'),
    basis: z.string().describe('平台实施该政策所依据的文件条款'),
    basisText: z.string().describe('依据的文件名称与条款，供阅读'),
    mode: z.string().describe('exempt_application 免申即享；quick_application 即申即享'),
    modeLabel: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable().describe('为空表示长期有效'),
    benefit: z.string().describe('享受内容'),
    conditionLines: z.array(z.string()).describe('享受条件（中文，逐条）'),
  })
  .meta({ id: 'Policy' });

const PolicyParams = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, '政策代码应为小写英文标识')
    .describe('政策代码'),
});
const AsOfQuery = z.object({ asOf: z.iso.date().optional().describe('基准日 YYYY-MM-DD（默认今天）') });

const EligibleSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    grade: z.string().nullable(),
    reasons: z.array(z.string()).describe('符合的依据：每个条件满足所依据的事实'),
    firstSeenOn: z.string().nullable().describe('匹配运行首次发现其符合的日期（尚未运行为空）'),
    eligibleSince: z.string().nullable().describe('本次连续符合的起始日期'),
    notifiedOn: z.string().nullable().describe('已通知企业的日期'),
  })
  .meta({ id: 'PolicyEligibleEnterprise' });

/**
 * 惠企政策"免申即享" (003 §四(二); 001 §二(六)(七)): the policies with their conditions in Chinese (public),
 * the enterprises each policy finds eligible and why (officials, also as Excel), and for one enterprise every policy
 * with whether it qualifies and why or why not.
 */
export function registerPolicyRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/policies',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '惠企政策目录（免申即享）',
        description: '各项政策的兑现部门、依据、有效期、享受内容与享受条件（条件以中文逐条列出；标明是否为本地示例）。',
        tags: ['结果应用'],
        response: {
          200: z.object({
            operatingStatuses: z.array(z.string()).describe('可享受政策的企业登记状态'),
            items: z.array(PolicySchema),
          }),
        },
      },
    },
    async () => {
      const catalog = loadPolicyCatalog();
      return { operatingStatuses: catalog.operatingStatuses, items: catalog.policies.map(toPolicyView) };
    },
  );

  app.get(
    '/api/policies/:code/eligible',
    {
      config: { access: POLICY_OFFICIALS },
      schema: {
        summary: '符合政策条件的企业（分页）',
        description:
          '按基准日的最新数据逐户判断，列出符合条件的企业及每个条件所依据的事实（按统一社会信用代码排序），并附匹配运行记录的首次符合与通知日期。',
        tags: ['结果应用'],
        params: PolicyParams,
        querystring: PageQuery.extend(AsOfQuery.shape),
        response: { 200: pageOf(EligibleSchema).extend({ policy: PolicySchema, asOf: z.string() }) },
      },
    },
    async (request) =>
      findEligibleEnterprises(db, request.params.code, {
        asOf: request.query.asOf ?? todayInDistrict(),
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  app.get(
    '/api/policies/:code/eligible.xlsx',
    {
      config: { access: POLICY_OFFICIALS },
      schema: {
        summary: '导出符合政策条件的企业（Excel）',
        description: '全部符合条件的企业及依据；每次导出记入审计日志（谁、何时、哪项政策、多少家）。',
        tags: ['结果应用'],
        params: PolicyParams,
        querystring: AsOfQuery,
        response: { 200: xlsxResponse('符合政策条件的企业') },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayInDistrict();
      const { list, file } = await exportEligibleEnterprises(db, {
        code: request.params.code,
        asOf,
        actor: describeActor(principalOf(request)),
      });
      setXlsxHeaders(reply, `${list.policy.name}-符合条件企业-${asOf}.xlsx`);
      return reply.send(file as unknown as string);
    },
  );

  app.get(
    '/api/enterprises/:uscc/policies',
    {
      config: { access: ENTERPRISE_POLICY_ACCESS },
      schema: {
        summary: '企业可享受的惠企政策',
        description: '逐项政策判断企业是否符合条件：符合的列出依据，不符合的说明第一个未满足的条件。',
        tags: ['结果应用'],
        params: UsccParams,
        querystring: AsOfQuery,
        response: {
          200: z.object({
            uscc: z.string(),
            name: z.string(),
            grade: z.string().nullable(),
            asOf: z.string(),
            items: z.array(
              z.object({
                policy: PolicySchema,
                qualifies: z.boolean(),
                reasons: z.array(z.string()).describe('符合的依据'),
                whyNot: z.string().nullable().describe('不符合的原因'),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return findEnterprisePolicies(db, { uscc: request.params.uscc, asOf: request.query.asOf ?? todayInDistrict() });
    },
  );
}
