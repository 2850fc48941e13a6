import { z } from 'zod';
import { normalizeUscc } from '../../domain/uscc.ts';
import { explainCurrentEvaluation } from '../../services/evaluation/explain-evaluation.ts';
import { findEnterpriseGrade } from '../../services/sharing/find-enterprise-grade.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { SHARED_ENTERPRISE_ACCESS, UsccParams } from './enterprise.routes.ts';

const GradeSchema = z
  .object({
    uscc: z.string(),
    name: z.string(),
    grade: z.string().nullable().describe('当前信用等级（尚未评价为空）'),
    score: z.number().nullable(),
    asOf: z.string().nullable().describe('评价基准日'),
    modelVersion: z.string().nullable().describe('评价模型版本'),
  })
  .meta({ id: 'EnterpriseGrade' });

const TraceRecord = z.object({
  id: z.number(),
  version: z.number(),
  kind: z.string(),
  occurredOn: z.string().nullable(),
});

const EvaluationTraceSchema = z
  .object({
    evaluationId: z.number().int(),
    evaluatedAt: z.string(),
    reproduced: z.boolean().describe('按原输入重算的结果与存档一致（指纹相同）'),
    uscc: z.string(),
    score: z.number(),
    grade: z.string(),
    gradeLabel: z.string(),
    gradeBeforeVetoes: z.string(),
    vetoes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        capGrade: z.string(),
        reference: z.string(),
        referenceText: z.string().describe('依据：文件名称与条款'),
      }),
    ),
    modelVersion: z.string(),
    modelName: z.string().describe('评价模型名称及版本，供页面显示'),
    asOf: z.string(),
    fingerprint: z.string(),
    dimensions: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        weight: z.number(),
        base: z.number(),
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
        value: z.union([z.number(), z.string()]).nullable(),
        points: z.number(),
        weight: z.number(),
        contribution: z.number(),
        reference: z.string(),
        referenceText: z.string().describe('依据：文件名称与条款'),
        records: z.array(TraceRecord.extend({ factor: z.number() })).describe('计入的记录'),
        parameters: z
          .array(
            z.object({
              id: z.string(),
              description: z.string(),
              unit: z.string(),
              value: z.unknown(),
              valueText: z.string().describe('参数取值的文字说明'),
              effectiveFrom: z.string(),
              reference: z.string(),
              referenceText: z.string().describe('依据：文件名称与条款'),
            }),
          )
          .describe('读取的参数'),
      }),
    ),
    excluded: z.array(TraceRecord.extend({ reason: z.string() })).describe('未计入的记录及原因'),
  })
  .meta({ id: 'EvaluationTrace' });

/**
 * The two queries banks and departments make most: an enterprise's current grade — light, one indexed
 * statement — and its current evaluation with the full trace (each indicator's value, points, records and
 * parameters), recomputed from the stored evaluation's inputs. Banks and associations: shared enterprises only.
 */
export function registerGradeRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/enterprises/:uscc/grade',
    {
      config: { access: SHARED_ENTERPRISE_ACCESS },
      schema: {
        summary: '企业当前信用等级',
        description: '轻量查询：当前等级、得分、评价基准日与模型版本。',
        tags: ['企业'],
        params: UsccParams,
        response: { 200: GradeSchema },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return findEnterpriseGrade(db, request.params.uscc);
    },
  );

  app.get(
    '/api/enterprises/:uscc/evaluation',
    {
      config: { access: SHARED_ENTERPRISE_ACCESS },
      schema: {
        summary: '企业当前评价及评价轨迹',
        description:
          '当前评价的得分、等级与完整轨迹（各指标取值、得分、权重、计入的记录与读取的参数），按存档评价的输入重算并以指纹核对。',
        tags: ['企业'],
        params: UsccParams,
        response: { 200: EvaluationTraceSchema },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      const { stored, result, reproduced, modelName } = await explainCurrentEvaluation(
        db,
        normalizeUscc(request.params.uscc) || request.params.uscc,
      );
      return {
        evaluationId: Number(stored.id),
        evaluatedAt: new Date(stored.evaluated_at).toISOString(),
        reproduced,
        ...result,
        modelName,
      };
    },
  );
}
