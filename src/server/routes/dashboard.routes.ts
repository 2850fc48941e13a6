import { z } from 'zod';
import { summarizeGrades } from '../../services/dashboard/summarize-grades.ts';
import type { RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** Officials: the whole district's numbers. */
const OFFICIALS: RouteAccess = { admin: 'all', department_operator: 'all', reviewer: 'all', inspector: 'all' };

const GradeDistributionSchema = z
  .object({
    modelVersion: z.string().nullable().describe('现行评价模型版本（尚未发布为空）'),
    modelName: z.string().nullable().describe('现行评价模型的名称与版本（尚未发布为空）'),
    enterprises: z.number().int().describe('企业库中的企业数'),
    unrated: z.number().int().describe('尚无信用等级的企业数'),
    grades: z
      .array(
        z.object({
          grade: z.string(),
          label: z.string(),
          samrClass: z.string().nullable().describe('对应的市场监管信用风险分类'),
          count: z.number().int(),
        }),
      )
      .describe('按现行模型的等级表排列（最好的在前）'),
  })
  .meta({ id: 'GradeDistribution' });

/** The officials' dashboard: the numbers the 工作台 shows that no other API gives. */
export function registerDashboardRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/grades/distribution',
    {
      config: { access: OFFICIALS },
      schema: {
        summary: '信用等级分布',
        description:
          '全区企业当前信用等级（各企业最新一次评价）的分布，按现行模型的等级表排列，并给出尚未评价的企业数。',
        tags: ['企业'],
        response: { 200: GradeDistributionSchema },
      },
    },
    async () => summarizeGrades(context.store.db),
  );
}
