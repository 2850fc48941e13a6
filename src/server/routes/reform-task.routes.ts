import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { buildTaskBoard, readReportsAsOf } from '../../services/reform-tasks/build-task-board.ts';
import { buildTaskBulletin } from '../../services/reform-tasks/build-task-bulletin.ts';
import { loadReformTasks } from '../../services/reform-tasks/load-reform-tasks.ts';
import { renderTaskBulletinHtml } from '../../services/reform-tasks/render-task-bulletin-html.ts';
import { renderTaskBulletinPdf } from '../../services/reform-tasks/render-task-bulletin-pdf.ts';
import { reportTaskProgress } from '../../services/reform-tasks/report-task-progress.ts';
import {
  PROGRESS_STATUSES,
  TASK_STATUSES,
  type ProgressStatus,
  type TaskStatus,
} from '../../services/reform-tasks/task-status.ts';
import { writeTaskBoardXlsx } from '../../services/reform-tasks/write-task-board-xlsx.ts';
import { listStaffMessages } from '../../services/notifications/list-staff-messages.ts';
import { openAttachment } from '../../services/workflows/open-attachment.ts';
import { storeAttachment, uploaderOf } from '../../services/workflows/store-attachment.ts';
import { loadWorkflowDeadlines } from '../../services/workflows/workflow-settings.ts';
import { principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { AttachmentSha256, attachmentResponse, sendAttachment } from './attachment-download.routes.ts';
import { setXlsxHeaders, xlsxResponse } from './supervision.routes.ts';
import { AttachmentList, AttachmentUpload, StoredAttachmentSchema } from './workflow-schemas.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

const TAGS = ['重点任务'];

/** Officials read the whole board; a department operator reads all tasks too (it works with the others on them). */
const TASK_READERS: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'all' };
/** A department reports for itself on the tasks it leads or is named responsible for; an administrator on a unit's behalf. */
const TASK_REPORTERS: RouteAccess = { admin: 'all', department_operator: 'own-department' };

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');
const BoardQuery = z.object({
  date: IsoDate.optional().describe('统计日期（默认今天）：按该日及以前的报送判断各任务状态'),
  list: z
    .enum(['000', '001'])
    .optional()
    .describe('只看一份清单：000 先行区创建任务清单、001 健全信用评价创新试点任务清单'),
});
const TaskCodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{3}-\d{2}$/, '应为任务编号，如 000-04')
    .describe('任务编号'),
});

const UnitSchema = z.object({ code: z.string(), name: z.string(), shortName: z.string() });
const ReportSchema = z
  .object({
    id: z.number().int(),
    taskCode: z.string(),
    unitCode: z.string(),
    status: z
      .enum(Object.keys(PROGRESS_STATUSES) as [ProgressStatus, ...ProgressStatus[]])
      .describe('not_started 未开始、in_progress 推进中、done 已完成'),
    percent: z.number().int().nullable(),
    text: z.string(),
    attachments: z.array(z.string()),
    reportedOn: z.string(),
    reportedBy: z.string().describe('填报人账号'),
    reportedByName: z.string().optional().describe('填报人姓名'),
  })
  .meta({ id: 'ReformTaskReport' });

const TaskSchema = z
  .object({
    code: z.string(),
    listCode: z.string(),
    sequence: z.number().int().describe('序号'),
    phase: z.string().describe('实施阶段'),
    mainTask: z.string().describe('主要任务'),
    clause: z.string().describe('对应的方案条款'),
    clauseText: z.string().describe('对应的方案条款（文件名称与条款，供阅读）'),
    text: z.string().describe('细化任务（原文）'),
    leadText: z.string().describe('牵头单位（原文）'),
    responsibleText: z.string().describe('责任单位（原文）'),
    lead: z.array(UnitSchema),
    responsible: z.array(UnitSchema),
    responsibleOthers: z.array(z.string()).describe('原文中的集合称谓（如“等有关部门”），不对应具体部门'),
    deadlineText: z.string().describe('完成时间（原文）'),
    deadline: z.string().nullable().describe('完成时间；持续推进的为空'),
    status: z
      .enum(Object.keys(TASK_STATUSES) as [TaskStatus, ...TaskStatus[]])
      .describe('done 已完成、on_track 正常推进、at_risk 临期、late 逾期'),
    statusLabel: z.string(),
    completedOn: z.string().nullable(),
    isCompletedLate: z.boolean(),
    workingDaysLeft: z.number().int().nullable(),
    isCovered: z
      .boolean()
      .describe('剩余工作日是否在节假日日历覆盖范围内；否：按现行节假日安排推算，待次年安排公布后更新'),
    leadReports: z.array(ReportSchema).describe('各牵头单位截至统计日的最新报送'),
    latestReport: ReportSchema.nullable(),
    reportCount: z.number().int(),
  })
  .meta({ id: 'ReformTask' });

const CountsSchema = z
  .object({
    total: z.number().int(),
    done: z.number().int(),
    on_track: z.number().int(),
    at_risk: z.number().int(),
    late: z.number().int(),
  })
  .meta({ id: 'ReformTaskCounts' });

/** Largest evidence upload body: the attachment limit in base64 (4/3) plus room for the JSON around it. */
const evidenceBodyBytes = () => Math.ceil((loadWorkflowDeadlines().attachmentMaxBytes * 4) / 3) + 64 * 1024;

/**
 * The reform task board (000 附件2, 001 附件; 000 附件1 §三 统筹调度、定期通报): both task lists of the policy documents
 * with their units and deadlines, progress reports with evidence, the board per phase and unit, the bulletin as HTML
 * or PDF, and the .xlsx export.
 */
export function registerReformTaskRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/reform-tasks',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '重点任务清单（含推进状态）',
        description:
          '《华容区深化“信用+科技创新”先行区创建实施方案》附件2 与《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》附件的全部任务（原文、牵头单位、责任单位、完成时间），以及截至统计日的状态（已完成、正常推进、临期、逾期）和各牵头单位的最新报送。可按清单、阶段、单位、状态筛选。',
        tags: TAGS,
        querystring: BoardQuery.extend({
          phase: z.string().optional().describe('实施阶段名称'),
          unit: z.string().optional().describe('部门代码：该部门牵头或负责的任务'),
          status: z.enum(Object.keys(TASK_STATUSES) as [TaskStatus, ...TaskStatus[]]).optional(),
        }),
        response: {
          200: z.object({ asOf: z.string(), atRiskWorkingDays: z.number().int(), items: z.array(TaskSchema) }),
        },
      },
    },
    async (request) => {
      const { date, list, phase, unit, status } = request.query;
      const board = await buildTaskBoard(db, { asOf: date, listCode: list });
      const items = board.tasks.filter(
        (task) =>
          (!phase || task.phase === phase) &&
          (!status || task.status === status) &&
          (!unit ||
            task.lead.some((lead) => lead.code === unit) ||
            task.responsible.some((responsible) => responsible.code === unit)),
      );
      return { asOf: board.asOf, atRiskWorkingDays: board.atRiskWorkingDays, items };
    },
  );

  app.get(
    '/api/reform-tasks/board',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '重点任务看板：按阶段、按单位统计',
        description:
          '截至统计日，各实施阶段与各单位（作为牵头单位、作为责任单位）的任务数及已完成、正常推进、临期、逾期的件数。',
        tags: TAGS,
        querystring: BoardQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            atRiskWorkingDays: z.number().int().describe('距完成时间不超过此数个工作日仍未完成的为“临期”'),
            totals: CountsSchema,
            byPhase: z.array(
              z.object({ listCode: z.string(), phase: z.string(), period: z.string(), counts: CountsSchema }),
            ),
            byUnit: z.array(
              z.object({
                unitCode: z.string(),
                unitName: z.string(),
                asLead: CountsSchema,
                asResponsible: CountsSchema,
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { tasks: _tasks, ...board } = await buildTaskBoard(db, {
        asOf: request.query.date,
        listCode: request.query.list,
      });
      return board;
    },
  );

  app.get(
    '/api/reform-tasks/bulletin',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '重点任务推进情况通报（HTML / PDF）',
        description:
          '截至指定日期的通报：总体情况、各阶段统计，以及各牵头单位已完成、临期、逾期的任务和牵头单位的最新报送（《华容区深化“信用+科技创新”先行区创建实施方案》附件1第三部分第（二）项“定期通报工作进度”）。',
        tags: TAGS,
        querystring: BoardQuery.extend({
          format: z.enum(['html', 'pdf']).default('html').describe('html（默认，可打印的网页）或 pdf'),
        }),
        response: {
          200: {
            description: '通报',
            content: {
              'text/html': { schema: z.string().describe('可打印的 HTML 页面') },
              'application/pdf': { schema: z.string().meta({ format: 'binary' }).describe('A4 PDF') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const asOf = request.query.date ?? todayInDistrict();
      const bulletin = await buildTaskBulletin(db, { asOf, listCode: request.query.list });
      const fileName = `重点任务推进情况通报-${asOf}.${request.query.format}`;
      if (request.query.format === 'pdf') {
        reply.type('application/pdf');
        reply.header(
          'content-disposition',
          `attachment; filename="bulletin-${asOf}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        );
        // The PDF goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
        return reply.send((await renderTaskBulletinPdf(bulletin)) as unknown as string);
      }
      reply.type('text/html; charset=utf-8');
      reply.header(
        'content-disposition',
        `inline; filename="bulletin-${asOf}.html"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      );
      return reply.send(renderTaskBulletinHtml(bulletin));
    },
  );

  app.get(
    '/api/reform-tasks.xlsx',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '导出重点任务清单与推进状态（Excel）',
        tags: TAGS,
        querystring: BoardQuery,
        response: { 200: xlsxResponse('重点任务清单') },
      },
    },
    async (request, reply) => {
      const board = await buildTaskBoard(db, { asOf: request.query.date, listCode: request.query.list });
      setXlsxHeaders(reply, `重点任务-${board.asOf}.xlsx`);
      return reply.send((await writeTaskBoardXlsx(board)) as unknown as string);
    },
  );

  app.get(
    '/api/reform-tasks/reminders',
    {
      config: { access: { admin: 'all', department_operator: 'own-department' } },
      schema: {
        summary: '重点任务提醒',
        description: '临期、逾期提示与责任单位报送的转告：数据报送单位看发给本部门的，平台管理员看全部。',
        tags: TAGS,
        querystring: PageQuery,
        response: {
          200: pageOf(
            z.object({
              id: z.number().int(),
              topic: z.string(),
              title: z.string(),
              body: z.string(),
              subjectType: z.string().nullable(),
              subjectId: z.string().nullable(),
              role: z.string(),
              departmentCode: z.string().nullable(),
              createdAt: z.string(),
            }),
          ),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const recipient =
        scopeOf(request) === 'own-department' ? { departmentCode: principal.departmentCode ?? '' } : 'all';
      return listStaffMessages(db, recipient, { ...request.query, subjectTypes: ['reform_task'] });
    },
  );

  app.post(
    '/api/reform-tasks/evidence',
    {
      config: { access: TASK_REPORTERS },
      bodyLimit: evidenceBodyBytes(),
      schema: {
        summary: '上传推进情况佐证材料',
        description:
          '上传报送推进情况所附的佐证材料（PDF、JPG、PNG，按文件内容判断类型，大小有上限），返回的 SHA-256 填入报送的 attachments。',
        tags: TAGS,
        body: AttachmentUpload,
        response: { 201: StoredAttachmentSchema },
      },
    },
    async (request, reply) => {
      const content = Buffer.from(request.body.contentBase64, 'base64');
      const stored = await storeAttachment(db, context.dataDir, context.secretKey().ring, {
        fileName: request.body.fileName,
        content,
        uploader: await uploaderOf(db, principalOf(request)),
      });
      return reply.code(201).send(stored);
    },
  );

  app.get(
    '/api/reform-tasks/:code',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '重点任务详情与全部报送',
        description:
          '任务原文、单位、完成时间、截至统计日的状态，以及各单位的全部报送（最新的在前；报送只增不改，更正为新的报送）。',
        tags: TAGS,
        params: TaskCodeParams,
        querystring: z.object({ date: IsoDate.optional() }),
        response: { 200: TaskSchema.extend({ reports: z.array(ReportSchema) }) },
      },
    },
    async (request) => {
      const task = loadReformTasks().task(request.params.code);
      if (!task) throw new AppError('NOT_FOUND', `未找到编号为 ${request.params.code} 的重点任务`);
      const board = await buildTaskBoard(db, { asOf: request.query.date, listCode: task.listCode });
      const reports = (await readReportsAsOf(db, board.asOf, task.code)).get(task.code) ?? [];
      return { ...board.tasks.find((item) => item.code === task.code)!, reports };
    },
  );

  app.get(
    '/api/reform-tasks/:code/evidence/:sha256',
    {
      config: { access: TASK_READERS },
      schema: {
        summary: '下载推进情况佐证材料',
        description: '下载该任务某次报送所附、且由报送单位上传的佐证材料。',
        tags: TAGS,
        params: TaskCodeParams.extend({ sha256: AttachmentSha256 }),
        response: { 200: attachmentResponse },
      },
    },
    async (request, reply) => {
      const file = await openAttachment(db, context.dataDir, context.secretKey().ring, request.params.sha256, {
        taskCode: request.params.code,
      });
      return sendAttachment(reply, file);
    },
  );

  app.post(
    '/api/reform-tasks/:code/reports',
    {
      config: { access: TASK_REPORTERS },
      schema: {
        summary: '报送重点任务推进情况',
        description:
          '牵头单位或点名的责任单位以本部门名义报送：状态（未开始、推进中、已完成）、完成进度、推进情况与佐证材料（先通过 /api/reform-tasks/evidence 上传）。不是该任务牵头或责任单位的部门不能报送；平台管理员代为录入时须指明单位。报送只增不改，记入审计。',
        tags: TAGS,
        params: TaskCodeParams,
        body: z.object({
          unitCode: z
            .string()
            .trim()
            .optional()
            .describe('报送单位代码（数据报送单位可省略，即本部门；平台管理员必填）'),
          status: z.enum(Object.keys(PROGRESS_STATUSES) as [ProgressStatus, ...ProgressStatus[]]),
          percent: z.number().int().min(0).max(100).optional().describe('完成进度（%）'),
          text: z.string().trim().min(1).max(4000).describe('推进情况'),
          attachments: AttachmentList,
        }),
        response: { 201: ReportSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const report = await reportTaskProgress(db, {
        taskCode: request.params.code,
        ...request.body,
        actor: { name: describeActor(principal), role: principal.role, departmentCode: principal.departmentCode },
      });
      return reply.code(201).send(report);
    },
  );
}
