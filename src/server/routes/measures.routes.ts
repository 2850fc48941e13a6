import { z } from 'zod';
import { findApplicableMeasures } from '../../services/grade-use/find-applicable-measures.ts';
import { loadMeasureCatalog } from '../../services/grade-use/grade-use-settings.ts';
import { describeActor } from '../../domain/principal.ts';
import { PUBLIC, principalOf } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { SHARED_ENTERPRISE_ACCESS, UsccParams } from './enterprise.routes.ts';

const MeasureSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    kind: z.enum(['incentive', 'restriction']).describe('incentive 守信激励；restriction 失信约束'),
    grades: z.array(z.string()).describe('适用的信用等级'),
    scenes: z.array(z.string()).describe('适用场景代码'),
    content: z.string(),
    reference: z.string().describe('依据条款'),
  })
  .meta({ id: 'CreditMeasure' });

const SceneSchema = z.object({ code: z.string(), label: z.string(), reference: z.string() });

/**
 * Measures by grade: the published catalog of 守信激励 / 失信惩戒 measures, and 资源挂接 — a department's
 * system asks which apply to one enterprise in one scene; every answer is written to the audit trail.
 */
export function registerMeasureRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/measures',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '信用激励与约束措施目录',
        description: '按等级实施的措施及其适用场景、依据（catalog/measures.yaml）。',
        tags: ['结果应用'],
        response: { 200: z.object({ scenes: z.array(SceneSchema), measures: z.array(MeasureSchema) }) },
      },
    },
    async () => loadMeasureCatalog(),
  );

  app.get(
    '/api/enterprises/:uscc/measures',
    {
      config: { access: SHARED_ENTERPRISE_ACCESS },
      schema: {
        summary: '企业在某场景适用的措施（资源挂接）',
        description: '按企业当前信用等级返回该场景适用的激励或约束措施及依据；每次查询与答复均记入审计日志。',
        tags: ['结果应用'],
        params: UsccParams,
        querystring: z.object({ scene: z.string().min(1).describe('场景代码，如 administrative_approval 行政审批') }),
        response: {
          200: z.object({
            uscc: z.string(),
            name: z.string(),
            grade: z.string().nullable(),
            scene: z.string(),
            sceneLabel: z.string(),
            measures: z.array(MeasureSchema),
            auditSeq: z.number().int().describe('记录本次答复的审计事件序号'),
          }),
        },
      },
    },
    async (request) => {
      await assertEnterpriseVisible(db, request, request.params.uscc);
      return findApplicableMeasures(db, {
        uscc: request.params.uscc,
        scene: request.query.scene,
        actor: describeActor(principalOf(request)),
      });
    },
  );
}
