import { z } from 'zod';
import { PAYOUT_ACTIONS, PAYOUT_STATES, PAYOUT_WORKFLOW } from '../../domain/workflows/payout-workflow.ts';
import { decidePayout, listPayouts, payoutStats } from '../../services/policy-payouts/policy-payouts.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** The paying department its policies' cases, the enterprise its own, administrators and reviewers every case. */
const PAYOUT_LIST_ACCESS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'own-department',
  enterprise: 'own-enterprise',
};
const PAYOUT_DECISION_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'own-department',
  enterprise: 'own-enterprise',
};
const PAYOUT_STATS_ACCESS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'own-department' };

const stateList = PAYOUT_STATES.map((state) => `${state} ${PAYOUT_WORKFLOW.stateLabels[state]}`).join('、');
const actionList = PAYOUT_ACTIONS.map((action) => `${action} ${PAYOUT_WORKFLOW.actionLabels[action]}`).join('、');

const PayoutSchema = z
  .object({
    id: z.number().int(),
    policyCode: z.string(),
    policyName: z.string(),
    departmentName: z.string().describe('兑现部门'),
    mode: z.string(),
    modeLabel: z.string().describe('免申即享或即申即享'),
    uscc: z.string(),
    enterpriseName: z.string(),
    eligibleSince: z.string().describe('符合条件之日'),
    state: z.enum(PAYOUT_STATES).describe(`兑现状态：${stateList}`),
    stateLabel: z.string(),
    version: z.number().int(),
    notifiedOn: z.string().nullable(),
    confirmedAt: z.string().nullable().describe('企业确认申请的时间（即申即享）'),
    confirmedBy: z.string().nullable().describe('确认申请的企业账号'),
    confirmedByName: z.string().nullable().describe('确认申请的企业用户姓名'),
    approvedAt: z.string().nullable(),
    approvedBy: z.string().nullable().describe('审核同意的账号（仅工作人员可见）'),
    approvedByName: z.string().nullable().describe('审核人姓名（仅工作人员可见）'),
    amount: z.number().nullable().describe('兑现金额（元）'),
    paidOn: z.string().nullable().describe('兑现日期'),
    paidAt: z.string().nullable().describe('登记兑现的时间'),
    paidBy: z.string().nullable().describe('登记兑现的账号（仅工作人员可见）'),
    paidByName: z.string().nullable().describe('兑现经办人姓名（仅工作人员可见）'),
    reason: z.string().nullable().describe('不予兑现的理由'),
    refusedAt: z.string().nullable().describe('决定不予兑现的时间'),
    refusedBy: z.string().nullable().describe('决定不予兑现的账号（仅工作人员可见）'),
    refusedByName: z.string().nullable().describe('决定不予兑现的人员姓名（仅工作人员可见）'),
    actions: z
      .array(z.object({ action: z.enum(PAYOUT_ACTIONS), label: z.string() }))
      .describe('当前账号可以办理的操作'),
  })
  .meta({ id: 'PolicyPayout' });

/**
 * 免申即享 兑现: the cases `xinping policy match` opens, worked by the paying department through approval and payment
 * (src/services/policy-payouts), confirmed by the enterprise where the policy's mode needs it, with per-policy counts.
 */
export function registerPolicyPayoutRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/policy-payouts',
    {
      config: { access: PAYOUT_LIST_ACCESS },
      schema: {
        summary: '惠企政策兑现事项',
        description:
          '每次符合政策条件（一段连续符合期）为一件兑现事项，最新的在前，分页。兑现部门只看本部门兑现的政策，企业只看本企业的。',
        tags: ['结果应用'],
        querystring: PageQuery.extend({
          policy: z.string().trim().min(1).optional().describe('只看此政策（政策代码）'),
          state: z.enum(PAYOUT_STATES).optional().describe(`只看此状态：${stateList}`),
        }),
        response: { 200: pageOf(PayoutSchema) },
      },
    },
    async (request) => listPayouts(db, principalOf(request), request.query),
  );

  app.post(
    '/api/policy-payouts/:id/decision',
    {
      config: { access: PAYOUT_DECISION_ACCESS },
      schema: {
        summary: '办理惠企政策兑现',
        description: `操作：${actionList}。企业只能确认即申即享政策的申请；兑现部门审核同意、登记兑现（金额与日期）或不予兑现（须说明理由）。`,
        tags: ['结果应用'],
        params: IdParams,
        body: z.object({
          action: z.enum(PAYOUT_ACTIONS).describe(`操作：${actionList}`),
          version: z.number().int().positive().optional().describe('办理人看到的版本号，防止两人同时办理'),
          amount: z.number().positive().max(1e10).optional().describe('兑现金额（元），登记兑现时必填'),
          paidOn: z.iso.date().optional().describe('兑现日期 YYYY-MM-DD，登记兑现时必填'),
          reason: z.string().trim().max(500).optional().describe('不予兑现的理由'),
        }),
        response: { 200: PayoutSchema },
      },
    },
    async (request) => decidePayout(db, principalOf(request), { id: request.params.id, ...request.body }),
  );

  app.get(
    '/api/policy-payouts/stats',
    {
      config: { access: PAYOUT_STATS_ACCESS },
      schema: {
        summary: '惠企政策兑现统计',
        description: '逐项政策：兑现事项总数（已匹配）、各状态件数、已兑现金额，以及自符合条件到兑现的平均与最长天数。',
        tags: ['结果应用'],
        response: {
          200: z.object({
            items: z.array(
              z.object({
                policyCode: z.string(),
                policyName: z.string(),
                departmentName: z.string(),
                modeLabel: z.string(),
                matched: z.number().int().describe('兑现事项总数'),
                notified: z.number().int(),
                confirmed: z.number().int(),
                approved: z.number().int(),
                paid: z.number().int(),
                refused: z.number().int(),
                amountPaid: z.number().describe('已兑现金额（元）'),
                meanDaysToPay: z.number().nullable().describe('自符合条件到兑现的平均天数'),
                maxDaysToPay: z.number().int().nullable().describe('最长天数'),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await payoutStats(db, principalOf(request)) }),
  );
}
