import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { MEASURE_FEEDBACK_RESULTS } from '../../domain/measure-feedback.ts';
import { findApplicableMeasures } from '../../services/grade-use/find-applicable-measures.ts';
import { describeMeasureCatalog } from '../../services/grade-use/grade-use-settings.ts';
import { reportMeasureFeedback } from '../../services/grade-use/report-measure-feedback.ts';
import { listMeasureFeedback, summarizeMeasureUse } from '../../services/grade-use/summarize-measure-use.ts';
import { writeListXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import { describeActor } from '../../domain/principal.ts';
import { assertInScope, PUBLIC, principalOf, scopeOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { assertEnterpriseVisible } from '../shared-enterprise-scope.ts';
import { SHARED_ENTERPRISE_ACCESS, UsccParams } from './enterprise.routes.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';

/** A department reports back on the measures it applied; the credit office (admin) may report for any department. */
const FEEDBACK_WRITERS: RouteAccess = { admin: 'all', department_operator: 'own-department' };
/** Counts and feedback: a department sees its own feedback, the credit office and reviewers everyone's. */
const FEEDBACK_READERS: RouteAccess = { admin: 'all', department_operator: 'own-department', reviewer: 'all' };

const MeasureSchema = z
  .object({
    code: z.string(),
    label: z.string(),
    kind: z.enum(['incentive', 'restriction']).describe('incentive 守信激励；restriction 失信约束'),
    grades: z.array(z.string()).describe('适用的信用等级'),
    categories: z.array(z.string()).describe('适用的失信类别代码（企业属该类别即适用，不论等级）'),
    scenes: z.array(z.string()).describe('适用场景代码'),
    content: z.string(),
    reference: z.string().describe('依据条款'),
    referenceText: z.string().describe('依据：文件名称与条款'),
  })
  .meta({ id: 'CreditMeasure' });

const SceneSchema = z.object({ code: z.string(), label: z.string(), reference: z.string() });

const CategorySchema = z
  .object({
    code: z.string(),
    label: z.string(),
    withholds_incentives: z.boolean().describe('为真时属该类别的企业不适用守信激励措施'),
    rules: z.array(
      z.object({
        kind: z.string().describe('记录类别代码'),
        levels: z.array(z.string()).describe('仅限这些失信程度；空为全部'),
        reference: z.string(),
      }),
    ),
    reference: z.string(),
  })
  .meta({ id: 'DishonestyCategory' });

const TriggeringCategorySchema = z
  .object({
    code: z.string(),
    label: z.string(),
    withholdsIncentives: z.boolean(),
    reference: z.string(),
    records: z
      .array(
        z.object({
          id: z.number().int(),
          kind: z.string(),
          kindLabel: z.string(),
          departmentCode: z.string(),
          subtype: z.string().nullable().describe('子类，如列入原因、处罚类别'),
          level: z.string().describe('失信程度'),
          occurredOn: z.string().nullable(),
          publicUntil: z.string().nullable().describe('公示截止日；空为公示至移出'),
        }),
      )
      .describe('使企业属于该类别的公示期内记录'),
  })
  .meta({ id: 'EnterpriseDishonestyCategory' });

const ApplicableMeasureSchema = MeasureSchema.extend({
  triggeredBy: z
    .object({
      grade: z.string().nullable().describe('触发该措施的信用等级；仅因失信类别适用时为空'),
      categories: z.array(TriggeringCategorySchema).describe('触发该措施的失信类别及其记录'),
    })
    .describe('触发依据'),
}).meta({ id: 'ApplicableCreditMeasure' });

const FeedbackSchema = z
  .object({
    id: z.number().int(),
    measureCode: z.string(),
    measureLabel: z.string(),
    uscc: z.string(),
    enterpriseName: z.string(),
    departmentCode: z.string(),
    departmentName: z.string(),
    appliedOn: z.string(),
    result: z.enum(MEASURE_FEEDBACK_RESULTS),
    resultLabel: z.string(),
    note: z.string().nullable(),
    reportedBy: z.string(),
    reportedAt: z.date(),
  })
  .meta({ id: 'MeasureFeedback' });

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
        description: '按信用等级实施的措施及其适用场景、依据。',
        tags: ['结果应用'],
        response: {
          200: z.object({
            categories: z.array(CategorySchema),
            scenes: z.array(SceneSchema),
            measures: z.array(MeasureSchema),
          }),
        },
      },
    },
    async () => describeMeasureCatalog(),
  );

  app.get(
    '/api/enterprises/:uscc/measures',
    {
      config: { access: SHARED_ENTERPRISE_ACCESS },
      schema: {
        summary: '企业在某场景适用的措施（资源挂接）',
        description:
          '按企业当前信用等级及所属失信类别（严重失信主体名单、一般失信，以公示期内的记录判定）返回该场景适用的激励或约束措施、依据与触发依据；严重失信主体不适用的激励措施列于 withheld。每次查询与答复均记入审计日志。',
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
            asOf: z.string().describe('判定失信类别的日期'),
            categories: z.array(TriggeringCategorySchema).describe('企业所属的失信类别'),
            measures: z.array(ApplicableMeasureSchema),
            withheld: z
              .array(z.object({ code: z.string(), label: z.string(), category: z.string(), categoryLabel: z.string() }))
              .describe('因失信类别而不适用的激励措施'),
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

  app.post(
    '/api/measures/feedback',
    {
      config: { access: FEEDBACK_WRITERS },
      schema: {
        summary: '反馈措施实施情况',
        description:
          '部门反馈对某企业实施（或未实施）某项激励或约束措施：措施、企业、实施日期、结果、说明；记入审计日志。',
        tags: ['结果应用'],
        body: z.object({
          measure: z.string().trim().min(1).describe('措施代码（GET /api/measures 所列措施的 code）'),
          uscc: z.string().trim().min(1).describe('企业统一社会信用代码'),
          departmentCode: z.string().optional().describe('实施部门代码；数据报送单位只能为本部门反馈，可省略'),
          appliedOn: z.iso.date().describe('实施日期 YYYY-MM-DD'),
          result: z.enum(MEASURE_FEEDBACK_RESULTS).describe('applied 已实施；not_applied 未实施（须说明原因）'),
          note: z.string().trim().max(2000).optional().describe('说明'),
        }),
        response: {
          201: z.object({
            id: z.number().int(),
            measure: z.string(),
            measureLabel: z.string(),
            uscc: z.string(),
            name: z.string(),
            departmentCode: z.string(),
            appliedOn: z.string(),
            result: z.enum(MEASURE_FEEDBACK_RESULTS),
            resultLabel: z.string(),
            note: z.string().nullable(),
            auditSeq: z.number().int().describe('记录本次反馈的审计事件序号'),
          }),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const departmentCode = request.body.departmentCode ?? principal.departmentCode;
      if (!departmentCode) throw new AppError('INVALID_INPUT', '请填写实施部门代码（departmentCode）');
      assertInScope(request, { departmentCode });
      const feedback = await reportMeasureFeedback(db, {
        ...request.body,
        departmentCode,
        actor: describeActor(principal),
      });
      return reply.code(201).send(feedback);
    },
  );

  /**
   * Whose feedback a request reads: the department asked for (a department operator may ask only for its own), else
   * a department operator's own and everyone's for the others.
   */
  const departmentFilter = (request: Parameters<typeof scopeOf>[0] & { query: { department?: string } }) => {
    const asked = request.query.department;
    if (asked) {
      assertInScope(request, { departmentCode: asked });
      return asked;
    }
    return scopeOf(request) === 'own-department' ? (principalOf(request).departmentCode ?? '—') : undefined;
  };
  const DepartmentQuery = z.object({
    department: z.string().optional().describe('只看某部门的反馈（部门代码）；数据报送单位只能是本部门'),
  });

  app.get(
    '/api/measures/usage',
    {
      config: { access: FEEDBACK_READERS },
      schema: {
        summary: '各项措施的应用与反馈统计',
        description:
          '按措施统计：资源挂接答复中适用该措施的次数（全部部门），部门反馈次数、其中已实施与未实施次数、涉及企业数（数据报送单位只统计本部门的反馈）。',
        tags: ['结果应用'],
        querystring: DepartmentQuery,
        response: {
          200: z.object({
            items: z.array(
              z
                .object({
                  code: z.string(),
                  label: z.string(),
                  kind: z.enum(['incentive', 'restriction']),
                  answers: z.number().int().describe('资源挂接答复中适用该措施的次数'),
                  feedbacks: z.number().int().describe('反馈次数'),
                  applied: z.number().int().describe('反馈已实施次数'),
                  notApplied: z.number().int().describe('反馈未实施次数'),
                  enterprises: z.number().int().describe('反馈涉及的企业数'),
                })
                .meta({ id: 'MeasureUse' }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: await summarizeMeasureUse(db, { departmentCode: departmentFilter(request) }) }),
  );

  const FeedbackQuery = DepartmentQuery.extend({
    measure: z.string().optional().describe('只看某项措施（措施代码）'),
  });

  app.get(
    '/api/measures/feedback',
    {
      config: { access: FEEDBACK_READERS },
      schema: {
        summary: '措施实施反馈列表',
        description: '按实施日期倒序，最多 1000 条；数据报送单位只看本部门的反馈。',
        tags: ['结果应用'],
        querystring: FeedbackQuery,
        response: { 200: z.object({ items: z.array(FeedbackSchema) }) },
      },
    },
    async (request) => ({
      items: await listMeasureFeedback(db, {
        departmentCode: departmentFilter(request),
        measureCode: request.query.measure,
      }),
    }),
  );

  app.get(
    '/api/measures/feedback.xlsx',
    {
      config: { access: FEEDBACK_READERS },
      schema: {
        summary: '导出措施实施反馈（Excel）',
        tags: ['结果应用'],
        querystring: FeedbackQuery,
        response: { 200: xlsxResponse('措施实施反馈') },
      },
    },
    async (request, reply) => {
      const items = await listMeasureFeedback(db, {
        departmentCode: departmentFilter(request),
        measureCode: request.query.measure,
      });
      const file = await writeListXlsx(
        '措施实施反馈',
        ['措施', '统一社会信用代码', '企业名称', '实施部门', '实施日期', '结果', '说明', '反馈人'],
        items.map((item) => [
          item.measureLabel,
          item.uscc,
          item.enterpriseName,
          item.departmentName,
          item.appliedOn,
          item.resultLabel,
          item.note,
          item.reportedBy,
        ]),
      );
      setXlsxHeaders(reply, '措施实施反馈.xlsx');
      // The workbook goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(file as unknown as string);
    },
  );
}
