import { z } from 'zod';
import { findJob, listJobs } from '../../services/jobs/find-job.ts';
import { jobsOf } from '../../services/jobs/job-registry.ts';
import { nameJobStarter, nameJobStarters, type NamedJob } from '../../services/jobs/name-job-starters.ts';
import type { RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** Who starts or watches the console's long jobs (model simulation and publication, re-evaluation, audit verification). */
const JOB_READERS: RouteAccess = { admin: 'all', audit_admin: 'all', reviewer: 'all' };

const JobSchema = z
  .object({
    id: z.string(),
    kind: z
      .string()
      .describe(
        'model.simulate 模拟模型；model.publish 发布模型并重评；evaluation.run 批量评价；profile.refresh_tags 刷新信用画像标签；audit.verify 校验审计链',
      ),
    label: z.string().describe('任务内容（中文）'),
    status: z.enum(['running', 'done', 'failed']).describe('running 运行中；done 已完成；failed 失败'),
    progress: z.number().min(0).max(1).describe('进度 0–1'),
    processed: z.number().int().describe('已处理的数量（企业、事件）'),
    total: z.number().int().nullable().describe('总数；未知时为空'),
    message: z.string().describe('当前进展或失败原因（中文）'),
    result: z.unknown().describe('完成后的结果摘要（随任务类型而定）'),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    startedBy: z.string().describe('发起账号'),
    startedByName: z.string().describe('发起人姓名'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Job' });

/** Every route that starts a job answers 202 with the job as it is now; the browser then polls GET /api/jobs/{id}. */
export const startedJobResponse = { 202: JobSchema.describe('任务已开始（后台运行）；用 GET /api/jobs/{id} 查询进度') };

const toView = ({ group: _group, ...job }: NamedJob) => job;

/**
 * The progress of long jobs ("long jobs show progress"). Jobs live in the server's memory
 * (services/jobs/job-registry.ts): after a restart their ids are unknown; on PostgreSQL, a full evaluation run by
 * workers lives in the database, so every instance shows it (services/jobs/find-job.ts).
 */
export function registerJobRoutes(app: ZodApp, context: ServerContext): void {
  const jobs = jobsOf(context.store);
  // A job still running when the server stops would write into a closed store: let it finish first.
  app.addHook('onClose', () => jobs.whenIdle());

  app.get(
    '/api/jobs',
    {
      config: { access: JOB_READERS },
      schema: {
        summary: '后台任务列表',
        description: '本服务进程中最近的后台任务（运行中的与最近完成的），最新在前。可按类型筛选。',
        tags: ['后台任务'],
        querystring: z.object({
          kind: z.string().max(200).optional().describe('任务类型，多个以逗号分隔，如 model.simulate,model.publish'),
        }),
        response: { 200: z.object({ items: z.array(JobSchema) }) },
      },
    },
    async (request) => ({
      items: (
        await nameJobStarters(
          context.store.db,
          await listJobs(
            context.store,
            request.query.kind?.split(',').map((kind) => kind.trim()),
          ),
        )
      ).map(toView),
    }),
  );

  app.get(
    '/api/jobs/:id',
    {
      config: { access: JOB_READERS },
      schema: {
        summary: '后台任务进度',
        description: '运行中返回进度；完成后返回结果摘要，失败时返回原因。',
        tags: ['后台任务'],
        params: z.object({ id: z.uuid('任务编号格式不正确').describe('任务编号') }),
        response: { 200: JobSchema },
      },
    },
    async (request) => toView(await nameJobStarter(context.store.db, await findJob(context.store, request.params.id))),
  );
}
