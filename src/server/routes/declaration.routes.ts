import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { DECLARATION_ACTIONS, DECLARATION_WORKFLOW } from '../../domain/workflows/declaration-workflow.ts';
import { decideDeclaration } from '../../services/workflows/decide-declaration.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { listCases } from '../../services/workflows/list-cases.ts';
import { storeAttachment, uploaderOf } from '../../services/workflows/store-attachment.ts';
import { submitDeclaration } from '../../services/workflows/submit-declaration.ts';
import { loadWorkflowDeadlines } from '../../services/workflows/workflow-settings.ts';
import { principalOf, scopeOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import {
  AttachmentList,
  AttachmentUpload,
  CaseListQuery,
  CaseSchema,
  DecisionResultSchema,
  StoredAttachmentSchema,
} from './workflow-schemas.ts';

/** The enterprise files; the credit office's reviewers decide; administrators see everything. */
export const ENTERPRISE_FILES: RouteAccess = { enterprise: 'own-enterprise' };
export const CASE_LIST_ACCESS: RouteAccess = { admin: 'all', reviewer: 'all', enterprise: 'own-enterprise' };
export const REVIEWER_DECIDES: RouteAccess = { reviewer: 'all' };

/** Largest attachment upload body: the file limit (catalog/workflow-deadlines.yaml) in base64 (4/3) plus room for the JSON around it. */
const attachmentBodyBytes = () => Math.ceil((loadWorkflowDeadlines().attachmentMaxBytes * 4) / 3) + 64 * 1024;

export function registerAttachmentRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/attachments',
    {
      // Inspectors upload the photos of a visit's result (the upload belongs to their account).
      config: { access: { ...ENTERPRISE_FILES, inspector: 'own-account' } },
      bodyLimit: attachmentBodyBytes(),
      schema: {
        summary: '上传附件',
        description:
          '上传自主申报、异议、信用修复的证明材料或检查人员的现场照片（PDF、JPG、PNG，按文件内容判断类型，大小有上限），按内容摘要加密存储；附件不通过接口回传。附件归属上传的企业：申请中只能引用本企业上传的附件。',
        tags: ['办事'],
        body: AttachmentUpload,
        response: { 201: StoredAttachmentSchema },
      },
    },
    async (request, reply) => {
      const uploader = await uploaderOf(context.store.db, principalOf(request));
      const content = Buffer.from(request.body.contentBase64, 'base64');
      const stored = await storeAttachment(context.store.db, context.dataDir, context.secretKey().ring, {
        fileName: request.body.fileName,
        content,
        uploader,
      });
      return reply.code(201).send(stored);
    },
  );
}

export function registerDeclarationRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/declarations',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '提交自主申报',
        description:
          '企业申报荣誉表彰、专业资质或其他正面信息（《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（二）项），字段与报送文件的中文表头相同，企业名称与代码取自账号。',
        tags: ['办事'],
        body: z.object({
          kind: z
            .string()
            .trim()
            .min(1)
            .describe('信息类别代码：honor 荣誉表彰、qualification 专业资质，或其他正面类别'),
          fields: z
            .record(z.string(), z.union([z.string(), z.number(), z.null()]))
            .describe('按中文表头填写的字段，如 {"荣誉名称": "…"}'),
          attachments: AttachmentList,
        }),
        response: { 201: z.object({ id: z.number().int(), state: z.string(), uscc: z.string() }) },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const created = await submitDeclaration(
        context.store.db,
        { uscc: principal.uscc, actor: describeActor(principal), ...request.body },
        context.secretKey(),
      );
      return reply.code(201).send({ ...created, uscc: principal.uscc! });
    },
  );

  app.get(
    '/api/declarations',
    {
      config: { access: CASE_LIST_ACCESS },
      schema: {
        summary: '自主申报列表',
        tags: ['办事'],
        querystring: CaseListQuery,
        response: { 200: z.object({ items: z.array(CaseSchema) }) },
      },
    },
    async (request) => {
      const enterpriseId =
        scopeOf(request) === 'own-enterprise'
          ? (await findEnterpriseByUscc(context.store.db, principalOf(request).uscc)).id
          : undefined;
      return {
        items: await listCases(context.store.db, 'declarations', DECLARATION_WORKFLOW, {
          enterpriseId,
          state: request.query.state,
        }),
      };
    },
  );

  app.post(
    '/api/declarations/:id/decision',
    {
      config: { access: REVIEWER_DECIDES },
      schema: {
        summary: '审核自主申报',
        description:
          '受理（accept）、通过（approve，转为信用记录并重新评价）或驳回（reject，须填写理由并告知企业）。两名审核员同时处理同一申报时，只有一个成功，另一个得到 409。',
        tags: ['办事'],
        params: IdParams,
        body: z.object({ action: z.enum(DECLARATION_ACTIONS), reason: z.string().trim().max(2000).optional() }),
        response: { 200: DecisionResultSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return decideDeclaration(
        context.store.db,
        { id: request.params.id, ...request.body, actor: describeActor(principal) },
        context.secretKey(),
      );
    },
  );
}
