import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { BATCH_STATUSES } from '../../domain/batch-status.ts';
import { describeActor } from '../../domain/principal.ts';
import { resolveDepartment } from '../../services/import/import-file.ts';
import { downloadRejectionFile } from '../../services/import/download-rejection-file.ts';
import { findImportJob, startImportJob } from '../../services/import/import-jobs.ts';
import { findBatchDepartment, listImportBatches } from '../../services/import/list-import-batches.ts';
import { previewImport } from '../../services/import/preview-import.ts';
import {
  findRejectionFileBatches,
  findUpload,
  MAX_UPLOAD_BYTES,
  removeUpload,
  savePreview,
  stageUpload,
  withPlainUpload,
} from '../../services/import/staged-uploads.ts';
import { assertInScope, principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { setXlsxHeaders, XLSX_MEDIA_TYPE, xlsxResponse } from './supervision.routes.ts';
import { writeImportTemplate } from '../../services/import/write-import-template.ts';

/** Department operators import for their own department only; the administrator for any (naming it). */
const IMPORT_ACCESS: RouteAccess = { admin: 'all', department_operator: 'own-department' };

const RowErrorSchema = z.object({
  row: z.number().int().describe('行号（与 Excel 一致，表头为第 1 行）'),
  column: z.string().describe('列（表头）'),
  reason: z.string().describe('原因'),
});

const PreviewSchema = z
  .object({
    uploadId: z.string().describe('上传编号，提交入库时使用（24 小时内有效）'),
    fileName: z.string(),
    format: z.string().describe('xlsx、csv、json 或 ndjson'),
    fileHash: z.string(),
    sizeBytes: z.number().int(),
    department: z.object({ code: z.string(), name: z.string() }),
    kind: z.object({ code: z.string(), label: z.string() }).describe('记录类别（按表头识别，或上传时指定）'),
    headerRow: z.number().int(),
    columns: z
      .array(
        z.object({
          column: z.string(),
          field: z
            .object({ key: z.string(), label: z.string(), required: z.boolean(), personal: z.boolean() })
            .nullable(),
        }),
      )
      .describe('表头与字段的对应；field 为空表示该列不是此类记录的字段'),
    missingColumns: z.array(z.string()).describe('缺少的必填列'),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    rejectedRows: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(RowErrorSchema).describe('前 200 处错误（全部计入 errorCount）'),
    warningCount: z.number().int().describe('可入库但需留意的警告数（如文件的公示截止期与本平台计算的不一致）'),
    warnings: z.array(RowErrorSchema).describe('前 200 处警告（全部计入 warningCount）'),
    otherDepartments: z
      .array(z.object({ name: z.string(), rows: z.number().int() }))
      .describe('文件中处罚机关（或许可机关）为其他部门的行数：可能选错了文件'),
    sample: z
      .array(
        z.object({
          row: z.number().int(),
          cells: z.array(z.string().nullable()),
          errors: z.array(RowErrorSchema),
          warnings: z.array(RowErrorSchema),
        }),
      )
      .describe('前 10 行数据（个人信息不显示）及其错误与警告'),
  })
  .meta({ id: 'ImportPreview' });

const JobSchema = z
  .object({
    id: z.string(),
    uploadId: z.string(),
    departmentCode: z.string(),
    fileName: z.string(),
    mode: z.enum(['all-or-nothing', 'accept-valid']),
    startedBy: z.string().describe('发起人账号'),
    startedByName: z.string().describe('发起人姓名'),
    startedAt: z.string(),
    status: z
      .enum(['running', 'done', 'failed'])
      .describe('running 进行中、done 已结束（入库或整批拒收，见 result）、failed 出错'),
    processed: z.number().int().describe('已读取的数据行'),
    total: z.number().int().nullable().describe('数据行总数（预览时统计）'),
    message: z.string(),
    result: z
      .object({
        batchId: z.number().int(),
        status: z.enum(['committed', 'rejected']),
        totalRows: z.number().int(),
        created: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        rejected: z.number().int(),
        errorCount: z.number().int(),
        errors: z.array(RowErrorSchema),
        warningCount: z.number().int(),
        warnings: z.array(RowErrorSchema),
        reason: z.string().optional(),
        hasRejectionFile: z.boolean().describe('是否有拒收文件（含“错误原因”列）可下载'),
      })
      .nullable(),
  })
  .meta({ id: 'ImportJob' });

const BatchSchema = z
  .object({
    id: z.number().int(),
    departmentCode: z.string(),
    departmentName: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    fileName: z.string(),
    format: z.string(),
    mode: z.string(),
    status: z
      .string()
      .describe('committed 已入库、rejected 整批拒收、open 进行中、interrupted 中断（导入进程在入库前终止，未入库）'),
    statusLabel: z.string().describe('状态的中文名称'),
    operator: z.string().describe('操作人账号'),
    operatorName: z.string().describe('操作人姓名'),
    totalRows: z.number().int(),
    createdRows: z.number().int(),
    updatedRows: z.number().int(),
    unchangedRows: z.number().int(),
    rejectedRows: z.number().int(),
    errorSummary: z.string().nullable(),
    warningCount: z.number().int().describe('警告数（如公示截止期与本平台计算的不一致）'),
    warningSummary: z.string().nullable().describe('前 20 处警告，每行一处'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    hasRejectionFile: z.boolean(),
  })
  .meta({ id: 'ImportBatch' });

const REJECTION_TYPES: Record<string, string> = {
  '.xlsx': XLSX_MEDIA_TYPE,
  '.xlsm': XLSX_MEDIA_TYPE,
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.ndjson': 'application/x-ndjson',
  '.jsonl': 'application/x-ndjson',
};

/**
 * 数据归集 over HTTP: a department uploads a file, sees how its columns map and every row error before
 * anything is stored (a dry run of the importer), then commits all-or-nothing or only the valid rows as one batch with
 * a progress bar; the batch history and each batch's rejection file (the refused rows with a “错误原因” column, fixable
 * and re-importable as they are) follow. The file travels as Base64 in JSON, like attachments: the API accepts JSON only.
 */
export function registerImportRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/imports/templates/:kind',
    {
      config: { access: { admin: 'all', department_operator: 'all' } },
      schema: {
        summary: '下载报送模板（Excel）',
        description:
          '某类记录的空白报送文件：第一张表为该类记录的表头（行政许可、行政处罚为国家“双公示”标准表头），“填写说明”表列出每列是否必填、填写格式与可选值。',
        tags: ['数据归集'],
        params: z.object({ kind: z.string().trim().min(1).describe('记录类别代码') }),
        response: { 200: xlsxResponse('报送模板') },
      },
    },
    async (request, reply) => {
      const { label, file } = await writeImportTemplate(request.params.kind);
      setXlsxHeaders(reply, `${label}报送模板.xlsx`);
      // The workbook goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(file as unknown as string);
    },
  );

  app.post(
    '/api/imports/uploads',
    {
      config: { access: IMPORT_ACCESS },
      bodyLimit: Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        summary: '上传报送文件并预览',
        description:
          `上传 Excel(.xlsx)、CSV 或 JSON 报送文件（不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB），按导入规则逐行校验但不入库，返回表头对应、每处错误（行、列、原因）与前 10 行。` +
          '数据报送单位只能为本部门上传；平台管理员须指定报送单位。',
        tags: ['数据归集'],
        body: z.object({
          fileName: z.string().trim().min(1).max(200).describe('文件名（含扩展名，据此判断格式）'),
          contentBase64: z.string().min(1).describe('文件内容（Base64）'),
          departmentCode: z.string().trim().min(1).optional().describe('报送单位代码（数据报送单位可省略，即本部门）'),
          kind: z.string().trim().min(1).optional().describe('记录类别代码或名称（省略则按表头识别）'),
        }),
        response: { 201: PreviewSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const departmentCode = request.body.departmentCode
        ? resolveDepartment(request.body.departmentCode).code
        : principal.departmentCode;
      if (!departmentCode) throw new AppError('INVALID_INPUT', '请选择报送单位（departmentCode）');
      assertInScope(request, { departmentCode });
      const { ring } = context.secretKey();
      const content = Buffer.from(request.body.contentBase64, 'base64');
      const staged = await stageUpload(db, context.dataDir, ring, {
        fileName: request.body.fileName,
        content,
        departmentCode,
        kind: request.body.kind ?? null,
        uploadedBy: describeActor(principal),
      });
      // Parsing stops when the uploader goes away: nobody is left to read the preview, and the upload id never reached them.
      const abandoned = new AbortController();
      const onClose = () => {
        if (!reply.raw.writableEnded) abandoned.abort(new AppError('INVALID_INPUT', '上传方已断开连接，预览已停止'));
      };
      reply.raw.on('close', onClose);
      let preview: Awaited<ReturnType<typeof previewImport>>;
      try {
        preview = await withPlainUpload(staged, content, (file) =>
          previewImport(db, {
            file,
            department: departmentCode,
            kind: staged.kind ?? undefined,
            secretKey: context.secretKey(),
            signal: abandoned.signal,
          }),
        );
      } catch (error) {
        await removeUpload(db, staged.id);
        throw error;
      } finally {
        reply.raw.off('close', onClose);
      }
      await savePreview(db, staged, preview, ring);
      return reply.code(201).send({ uploadId: staged.id, ...preview });
    },
  );

  app.get(
    '/api/imports/uploads/:id',
    {
      config: { access: IMPORT_ACCESS },
      schema: {
        summary: '查看上传文件的预览',
        description: '上传后 24 小时内可再次查看其预览。',
        tags: ['数据归集'],
        params: z.object({ id: z.string().describe('上传编号') }),
        response: { 200: PreviewSchema },
      },
    },
    async (request) => {
      const upload = await findUpload(db, request.params.id, context.secretKey().ring);
      assertInScope(request, { departmentCode: upload.departmentCode });
      if (!upload.preview) throw new AppError('NOT_FOUND', '该上传没有预览，请重新上传');
      return { uploadId: upload.id, ...upload.preview };
    },
  );

  app.post(
    '/api/imports/uploads/:id/commit',
    {
      config: { access: IMPORT_ACCESS },
      schema: {
        summary: '提交入库',
        description:
          '把已预览的文件作为一个批次入库（一个事务；入库后重新评价涉及的企业），立即返回导入任务，用“查看导入进度”轮询。' +
          'all-or-nothing：全部正确才入库，有错则整批拒收；accept-valid：只入库正确的行，错误行写入拒收文件（含“错误原因”列）。',
        tags: ['数据归集'],
        params: z.object({ id: z.string().describe('上传编号') }),
        body: z.object({
          mode: z.enum(['all-or-nothing', 'accept-valid']).default('all-or-nothing').describe('入库方式'),
        }),
        response: { 202: JobSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const upload = await findUpload(db, request.params.id, context.secretKey().ring);
      assertInScope(request, { departmentCode: upload.departmentCode });
      const job = await startImportJob(context.store, {
        upload,
        mode: request.body.mode,
        operator: describeActor(principal),
        secretKey: context.secretKey(),
        queue: context.queue,
      });
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/api/imports/jobs/:id',
    {
      config: { access: IMPORT_ACCESS },
      schema: {
        summary: '查看导入进度',
        description:
          '导入任务的进度与结果。单进程部署中任务记录保存在服务进程中，重启后以导入批次记录为准；多实例部署（PostgreSQL 任务队列）中导入由工作进程执行，任何实例都能查到进度与结果。',
        tags: ['数据归集'],
        params: z.object({ id: z.string().describe('导入任务编号') }),
        response: { 200: JobSchema },
      },
    },
    async (request) => {
      const job = await findImportJob(context.store, request.params.id);
      assertInScope(request, { departmentCode: job.departmentCode });
      return job;
    },
  );

  app.get(
    '/api/imports/batches',
    {
      config: { access: IMPORT_ACCESS },
      schema: {
        summary: '导入批次记录',
        description: '全部导入批次（文件导入、接口推送、演示数据），最新的在前。数据报送单位只能看到本部门的批次。',
        tags: ['数据归集'],
        querystring: PageQuery.extend({
          departmentCode: z.string().trim().min(1).optional().describe('报送单位代码'),
          status: z.enum(BATCH_STATUSES).optional().describe('批次状态'),
        }),
        response: { 200: pageOf(BatchSchema) },
      },
    },
    async (request) => {
      const { departmentCode, status, limit, offset } = request.query;
      if (departmentCode) assertInScope(request, { departmentCode });
      const own = scopeOf(request) === 'own-department' ? principalOf(request).departmentCode : undefined;
      const page = await listImportBatches(db, { departmentCode: own ?? departmentCode, status, limit, offset });
      const rejectionFiles = await findRejectionFileBatches(
        db,
        context.dataDir,
        page.items.map((batch) => batch.id),
      );
      return {
        total: page.total,
        items: page.items.map((batch) => ({ ...batch, hasRejectionFile: rejectionFiles.has(batch.id) })),
      };
    },
  );

  app.get(
    '/api/imports/batches/:id/rejections',
    {
      config: { access: IMPORT_ACCESS },
      schema: {
        summary: '下载拒收文件',
        description:
          '网页导入的批次中未入库的行，格式与原文件相同，末列为“错误原因”；改正后可直接重新上传。个人信息（如证件号码）仅对报送该批次的部门显示明文，其他用户（含平台管理员）下载的文件中为遮蔽形式；每次下载记入审计。',
        tags: ['数据归集'],
        params: z.object({ id: z.coerce.number().int().positive().describe('批次编号') }),
        response: {
          200: {
            description: '拒收文件',
            content: {
              'application/octet-stream': {
                schema: z.string().meta({ format: 'binary' }).describe('拒收文件（xlsx、csv 或 json）'),
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const departmentCode = await findBatchDepartment(db, request.params.id);
      if (!departmentCode) throw new AppError('NOT_FOUND', `导入批次 ${request.params.id} 不存在`);
      assertInScope(request, { departmentCode });
      const principal = principalOf(request);
      const viewer = {
        actor: describeActor(principal),
        role: principal.role,
        departmentCode: principal.departmentCode,
      };
      const file = await downloadRejectionFile(db, context.dataDir, context.secretKey().ring, {
        batchId: request.params.id,
        viewer,
      });
      reply.type(REJECTION_TYPES[file.extension] ?? 'application/octet-stream');
      reply.header(
        'content-disposition',
        `attachment; filename="rejected${file.extension}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      );
      // The file goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(file.content as unknown as string);
    },
  );
}
