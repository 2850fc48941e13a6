import { z } from 'zod';
import { normalizeUscc } from '../../domain/uscc.ts';
import { simulateCheckup, suggestCheckup } from '../../services/credit-checkup/credit-checkup.ts';
import type { RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { UsccParams } from './enterprise.routes.ts';

/** The enterprise for itself; officials who guide enterprises (000 §二(三)) for any. Banks and the public never. */
const CHECKUP_ACCESS: RouteAccess = {
  admin: 'all',
  reviewer: 'all',
  department_operator: 'all',
  enterprise: 'own-enterprise',
};

const ChangeSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('repair'),
      recordId: z.number().int().positive().describe('试算完成信用修复的记录编号'),
    }),
    z.object({
      type: z.literal('fact'),
      fact: z.string().trim().min(1).describe('试算补上的信息（信用体检目录的代码）'),
    }),
  ])
  .meta({ id: 'CheckupChange' });

const ScoreLineSchema = z
  .object({ score: z.number(), grade: z.string(), gradeLabel: z.string() })
  .meta({ id: 'CheckupScoreLine' });

const CheckupBase = z.object({
  uscc: z.string(),
  name: z.string(),
  asOf: z.string().describe('试算基准日（今天）'),
  modelVersion: z.string(),
  modelName: z.string().describe('现行评价模型的名称与版本'),
  current: ScoreLineSchema.describe('按现有信息、同一模型版本计算的今天的得分'),
});

const CheckupOverviewSchema = CheckupBase.extend({
  suggestions: z.array(
    z.object({
      change: ChangeSchema,
      title: z.string(),
      how: z.string().describe('在平台上怎样办'),
      isAvailableNow: z.boolean().describe('现在能否办理（修复未到可申请日期时为否）'),
      scoreChange: z.number().describe('单独试算这一项时得分的变化'),
      simulated: ScoreLineSchema,
      reference: z.string().nullable().describe('假设取值的依据'),
      referenceText: z.string().nullable().describe('假设取值的依据（便于阅读的写法）'),
    }),
  ),
}).meta({ id: 'CheckupOverview' });

const CheckupSimulationSchema = CheckupBase.extend({
  simulation: z.literal(true).describe('恒为 true：这是试算，不是评价结果，不保存'),
  simulated: ScoreLineSchema,
  scoreChange: z.number(),
  changes: z.array(ChangeSchema.and(z.object({ title: z.string() }))),
  indicators: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        dimension: z.string(),
        dimensionLabel: z.string(),
        pointsBefore: z.number(),
        pointsAfter: z.number(),
        scoreChange: z.number().describe('该指标带来的总分变化'),
      }),
    )
    .describe('得分发生变化的指标'),
  stored: z
    .object({ score: z.number(), grade: z.string(), asOf: z.string() })
    .nullable()
    .describe('现有的正式评价结果（试算不会改变它）'),
}).meta({ id: 'CheckupSimulation' });

/**
 * 信用体检: which records and missing facts move the enterprise's score most, and a what-if of chosen changes, by the
 * same engine and published model version, never stored (src/services/credit-checkup).
 */
export function registerCreditCheckupRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/enterprises/:uscc/checkup',
    {
      config: { access: CHECKUP_ACCESS },
      schema: {
        summary: '信用体检：哪些信息影响得分最多',
        description:
          '逐项试算：每条仍在公示的失信信息完成信用修复、每项可补充的信息（如高新技术企业认定、研发投入）取得后，得分与等级会怎样；只列能提高得分的，按提高多少排序。试算不保存。',
        tags: ['企业'],
        params: UsccParams,
        response: { 200: CheckupOverviewSchema },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return suggestCheckup(db, normalizeUscc(request.params.uscc) || request.params.uscc);
    },
  );

  app.post(
    '/api/enterprises/:uscc/checkup/simulate',
    {
      config: { access: CHECKUP_ACCESS },
      schema: {
        summary: '信用体检：试算选定的变化',
        description:
          '同时试算选定的几项变化（修复某条记录、补上某项信息），返回得分、等级与变化的指标；用现行模型版本计算，标明为试算，不保存为评价结果，也不改变任何记录。',
        tags: ['企业'],
        params: UsccParams,
        body: z.object({ changes: z.array(ChangeSchema).min(1).max(20).describe('试算项目') }),
        response: { 200: CheckupSimulationSchema },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return simulateCheckup(db, normalizeUscc(request.params.uscc) || request.params.uscc, request.body.changes);
    },
  );
}
