import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { findRunningJob } from '../../services/jobs/find-job.ts';
import { startShardedEvaluation } from '../../services/evaluation/start-sharded-evaluation.ts';
import { queuePublicationJob } from '../../services/model-management/queue-publication-job.ts';
import { queueSimulationJob } from '../../services/model-management/queue-simulation-job.ts';
import { listEvaluationRuns } from '../../services/model-management/list-evaluation-runs.ts';
import { listModelVersions } from '../../services/model-management/list-model-versions.ts';
import { showModelVersion } from '../../services/model-management/show-model-version.ts';
import {
  EVALUATION_JOB_GROUP,
  startEvaluationJob,
  startPublicationJob,
  startSimulationJob,
} from '../../services/model-management/start-model-jobs.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { nameJobStarter } from '../../services/jobs/name-job-starters.ts';
import { startedJobResponse } from './job.routes.ts';
import { ModelChangeLogSchema } from './public.routes.ts';

/** The credit office manages the model; reviewers read it (they explain grades to enterprises). */
const MODEL_READERS: RouteAccess = { admin: 'all', reviewer: 'all' };
const MODEL_WRITERS: RouteAccess = { admin: 'all' };
const TAGS = ['模型管理'];

const Name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, '应为字母、数字、点、下划线或连字符');
const VersionParams = z.object({
  modelId: Name.describe('模型标识，如 huarong-sci-tech'),
  version: Name.describe('版本号，如 v1'),
});

const ModelVersionSummarySchema = z
  .object({
    key: z.string().describe('模型标识/版本号'),
    modelId: z.string(),
    version: z.string(),
    title: z.string(),
    status: z
      .enum(['draft', 'simulated', 'published', 'retired'])
      .describe('draft 草稿；simulated 已模拟（可发布）；published 现行发布；retired 已停用'),
    source: z
      .enum(['platform', 'data-dir'])
      .nullable()
      .describe('platform 随平台发布的模型；data-dir 数据目录中的本地草稿；为空表示文件已不在'),
    dir: z.string(),
    digest: z.string().describe('模型定义的 SHA-256 摘要（当前文件）'),
    filesChanged: z.boolean().describe('已发布或停用的版本，其文件与发布时冻结的摘要不符'),
    effectiveFrom: z.string().nullable().describe('作为正式评价模型使用的日期'),
    evaluableFrom: z.string().nullable().describe('可以评价的最早基准日'),
    problemCount: z.number().int().describe('读取模型文件发现的错误数'),
    lastSimulation: z
      .object({ at: z.string(), by: z.string(), byName: z.string().describe('模拟人姓名'), digest: z.string() })
      .nullable()
      .describe('该版本号最近一次模拟（摘要与当前文件不同时，文件在模拟后改过）'),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable().describe('发布人账号'),
    publishedByName: z.string().nullable().describe('发布人姓名'),
    retiredAt: z.string().nullable(),
  })
  .meta({ id: 'ModelVersionSummary' });

const GradeCounts = z.record(z.string(), z.number().int());

const SimulationSchema = z
  .object({
    digest: z.string().describe('所模拟文件的摘要'),
    simulatedAt: z.string(),
    simulatedBy: z.string().describe('模拟人账号'),
    simulatedByName: z.string().optional().describe('模拟人姓名'),
    published: z
      .object({ modelVersion: z.string(), digest: z.string() })
      .nullable()
      .describe('对比的现行版本；为空表示模拟时尚无发布版本'),
    asOf: z.string().describe('评价基准日'),
    enterprises: z.number().int(),
    grades: z.array(z.string()),
    distribution: z.object({ published: GradeCounts.nullable(), draft: GradeCounts }),
    transitions: z
      .record(z.string(), GradeCounts)
      .nullable()
      .describe('等级迁移矩阵：transitions[现行等级][草稿等级] = 企业数'),
    movedCount: z.number().int().describe('等级变化的企业数'),
    moved: z
      .array(
        z.object({
          uscc: z.string(),
          name: z.string().optional().describe('企业名称（模拟保存的前 100 家有）'),
          fromGrade: z.string(),
          toGrade: z.string(),
          fromScore: z.number(),
          toScore: z.number(),
          indicators: z
            .array(
              z.object({
                id: z.string(),
                label: z.string(),
                fromPoints: z.number().nullable(),
                toPoints: z.number().nullable(),
                contributionChange: z.number(),
              }),
            )
            .describe('贡献变化最大的指标（至多 3 个）'),
          reasons: z
            .array(z.string())
            .optional()
            .describe('等级变化的原因：指标、维度权重或上下限、等级分数线、否决项（早于此功能的模拟没有）'),
        }),
      )
      .describe('等级变化的企业（至多保存前 100 家）'),
    changeLog: ModelChangeLogSchema.nullable().optional().describe('与现行版本相比的变更记录（早于此功能的模拟没有）'),
  })
  .meta({ id: 'ModelSimulation' });

const ModelVersionDetailSchema = ModelVersionSummarySchema.extend({
  reference: z.string(),
  referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
  score: z.object({ min: z.number(), max: z.number(), decimals: z.number().int() }),
  dimensions: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      weight: z.number(),
      base: z.number(),
      min: z.number(),
      max: z.number(),
      reference: z.string(),
      referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
      indicators: z.array(z.string()),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      description: z.string(),
      reference: z.string(),
      referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
      dimension: z.string(),
      ruleType: z.string(),
      kinds: z.array(z.string()),
      parameters: z.array(z.string()),
      testCount: z.number().int(),
    }),
  ),
  parameters: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      type: z.string().describe('number 数值；lookup 对照表；bands 分段表；decay 时间衰减'),
      description: z.string(),
      unit: z.string(),
      reference: z.string().describe('依据（文号与条款，或模型说明的章节）'),
      referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
      usedBy: z.array(z.string()).describe('读取该参数的指标'),
      values: z.array(
        z.object({
          from: z.string().describe('生效日期'),
          text: z.string().describe('取值（中文）'),
          value: z.unknown(),
        }),
      ),
    }),
  ),
  grades: z.array(
    z.object({
      grade: z.string(),
      label: z.string(),
      minScore: z.number().nullable(),
      samrClass: z.string(),
      samrLabel: z.string(),
      description: z.string(),
    }),
  ),
  vetoes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      indicator: z.string(),
      capGrade: z.string(),
      reference: z.string(),
      referenceText: z.string().describe('依据（文件名称与条款，供阅读）'),
    }),
  ),
  problems: z.array(z.string()).describe('模型检查（xinping model lint）发现的问题；发布前须为空'),
  testFailures: z.array(z.string()).describe('未通过的模型测试用例（xinping model test）；发布前须为空'),
  simulation: SimulationSchema.nullable().describe('这些文件的模拟结果（已发布版本：发布前的模拟）'),
}).meta({ id: 'ModelVersionDetail' });

const EvaluationRunSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    kindLabel: z.string(),
    modelVersion: z.string(),
    modelName: z.string().describe('评价模型的名称与版本'),
    asOf: z.string(),
    status: z
      .enum(['running', 'interrupted', 'finished'])
      .describe('running 运行中；interrupted 已中断（再次发起同一评价即续跑）；finished 已完成'),
    operator: z.string().describe('发起人账号'),
    operatorName: z.string().describe('发起人姓名'),
    totalEnterprises: z.number().int(),
    evaluated: z.number().int(),
    stored: z.number().int(),
    gradeCounts: GradeCounts,
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'EvaluationRun' });

/**
 * 模型管理 and 批量评价 (the lifecycle draft → simulated → published): the versions with their parameters and references,
 * the simulation of a draft against the published version (grade transition matrix), publishing, and re-evaluating
 * everyone. Simulating, publishing and re-evaluating are background jobs with progress (GET /api/jobs/{id}).
 */
export function registerModelRoutes(app: ZodApp, context: ServerContext): void {
  const { store, dataDir } = context;

  app.get(
    '/api/model-versions',
    {
      config: { access: MODEL_READERS },
      schema: {
        summary: '评价模型版本列表',
        description:
          '随平台发布的版本（models/）与数据目录下的本地草稿（数据目录/models/），及各自的状态：现行发布、已模拟、草稿、已停用。',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(ModelVersionSummarySchema) }) },
      },
    },
    async () => ({ items: await listModelVersions(store.db, dataDir) }),
  );

  app.get(
    '/api/model-versions/:modelId/:version',
    {
      config: { access: MODEL_READERS },
      schema: {
        summary: '评价模型版本详情',
        description:
          '维度与指标、每个参数的单位、依据与各生效日期的取值、等级表、否决项、模型检查结果，以及该版本的模拟结果（等级迁移矩阵）。',
        tags: TAGS,
        params: VersionParams,
        response: { 200: ModelVersionDetailSchema },
      },
    },
    async (request) => showModelVersion(store.db, dataDir, request.params.modelId, request.params.version),
  );

  app.post(
    '/api/model-versions/:modelId/:version/simulations',
    {
      config: { access: MODEL_WRITERS },
      schema: {
        summary: '模拟模型草稿（后台任务）',
        description:
          '用草稿与现行版本按今天分别评价全部企业，对比等级分布与迁移矩阵；只保存模拟结果，不改变任何企业的等级。完成后版本状态为“已模拟”，方可发布。',
        tags: TAGS,
        params: VersionParams,
        response: startedJobResponse,
      },
    },
    async (request, reply) => {
      const input = { ...request.params, operator: describeActor(principalOf(request)) };
      // Several instances on PostgreSQL: a worker simulates (queue-simulation-job.ts); alone, this process does.
      const job = context.queue
        ? await queueSimulationJob(store, context.queue, dataDir, input)
        : await startSimulationJob(store, dataDir, input);
      return reply.code(202).send(await nameJobStarter(store.db, job));
    },
  );

  app.post(
    '/api/model-versions/:modelId/:version/publication',
    {
      config: { access: MODEL_WRITERS, sessionOnly: true },
      schema: {
        summary: '发布已模拟的模型版本（后台任务）',
        description:
          '停用原版本，冻结并发布此版本，然后按新版本重新评价全部企业。须提交所确认版本的摘要：文件在确认后有变化的，不予发布。',
        tags: TAGS,
        params: VersionParams,
        body: z.object({
          confirmDigest: z
            .string()
            .regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制摘要')
            .describe('管理员所查看并确认发布的版本摘要'),
        }),
        response: startedJobResponse,
      },
    },
    async (request, reply) => {
      const input = {
        ...request.params,
        confirmDigest: request.body.confirmDigest,
        operator: describeActor(principalOf(request)),
      };
      // Several instances on PostgreSQL: published here, re-evaluated by the workers (queue-publication-job.ts).
      const job = context.queue
        ? await queuePublicationJob(store, context.queue, dataDir, input)
        : await startPublicationJob(store, dataDir, input);
      return reply.code(202).send(await nameJobStarter(store.db, job));
    },
  );

  app.get(
    '/api/evaluation-runs',
    {
      config: { access: MODEL_READERS },
      schema: {
        summary: '批量评价记录',
        description: '最近的批量评价（全部企业评价、每日到期重评、发布新版本后重评），最新在前。',
        tags: TAGS,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(100).default(20).describe('条数（1–100，默认 20）'),
        }),
        response: { 200: z.object({ items: z.array(EvaluationRunSchema) }) },
      },
    },
    async (request) => {
      // A run under way here or, with several instances, on the workers (its progress row is running).
      const isEvaluating = (await findRunningJob(store, EVALUATION_JOB_GROUP)) !== undefined;
      return { items: await listEvaluationRuns(store.db, { limit: request.query.limit, isEvaluating }) };
    },
  );

  app.post(
    '/api/evaluation-runs',
    {
      config: { access: MODEL_WRITERS },
      schema: {
        summary: '批量评价全部企业（后台任务）',
        description: '按现行发布的模型版本重新评价全部企业并保存结果；同一版本、同一基准日未完成的评价从中断处续跑。',
        tags: TAGS,
        body: z.object({ asOf: z.iso.date().optional().describe('评价基准日 YYYY-MM-DD（默认今天）') }),
        response: startedJobResponse,
      },
    },
    async (request, reply) => {
      const input = { asOf: request.body.asOf, operator: describeActor(principalOf(request)) };
      // Several instances on PostgreSQL: the workers share the run (start-sharded-evaluation.ts); alone, this process runs it.
      const job = context.queue
        ? await startShardedEvaluation(store, context.queue, input)
        : await startEvaluationJob(store, input);
      return reply.code(202).send(await nameJobStarter(store.db, job));
    },
  );
}
