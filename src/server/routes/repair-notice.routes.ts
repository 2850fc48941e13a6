import { z } from 'zod';
import { findRepairNotice, listRepairNotices } from '../../services/notifications/repair-notice.ts';
import { renderRepairNoticePdf } from '../../services/notifications/render-repair-notice-pdf.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { assertInScope, principalOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';

/** The enterprise reads its own notices; the credit office may open any (to answer the enterprise's questions). */
const NOTICE_READERS: RouteAccess = { admin: 'all', reviewer: 'all', enterprise: 'own-enterprise' };

const RepairNoticeSchema = z
  .object({
    id: z.number().int(),
    number: z.string().describe('提示函编号'),
    recordId: z.number().int().describe('对应的信用记录编号'),
    uscc: z.string(),
    enterpriseName: z.string(),
    kindLabel: z.string(),
    department: z.string().describe('作出决定的部门'),
    decisionNumber: z.string().nullable().describe('决定书文号'),
    decidedOn: z.string(),
    repairableFrom: z.string().describe('可申请信用修复的日期'),
    publicUntil: z.string().nullable().describe('最长公示至'),
    basis: z.string().describe('所依据的规定'),
    issuedOn: z.string(),
    reviewWorkingDays: z.number().int(),
    platform: z.string(),
  })
  .meta({ id: 'RepairNotice' });

export function registerRepairNoticeRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/repair-notices',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '信用修复提示函列表',
        description:
          '本企业收到的信用修复提示函：每条有修复途径的失信信息归集时一并送达（“两书同达”，《洪山区营商环境改进提升行动任务措施》第一部分第（五）项），写明可申请修复的日期与方式。',
        tags: ['办事'],
        response: { 200: z.object({ uscc: z.string(), items: z.array(RepairNoticeSchema) }) },
      },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(db, principalOf(request).uscc);
      return { uscc: enterprise.uscc, items: await listRepairNotices(db, enterprise.id) };
    },
  );

  app.get(
    '/api/repair-notices/:id/pdf',
    {
      config: { access: NOTICE_READERS },
      schema: {
        summary: '下载信用修复提示函（PDF）',
        description: '按送达时记录的内容生成 A4 PDF（内嵌中文字体），以附件形式下载。',
        tags: ['办事'],
        params: IdParams,
        response: {
          200: {
            description: '信用修复提示函',
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }).describe('A4 PDF') } },
          },
        },
      },
    },
    async (request, reply) => {
      const notice = await findRepairNotice(db, request.params.id);
      assertInScope(request, { uscc: notice.uscc });
      const pdf = await renderRepairNoticePdf(notice);
      reply.type('application/pdf');
      reply.header(
        'content-disposition',
        `attachment; filename="${notice.number}.pdf"; filename*=UTF-8''${encodeURIComponent(`信用修复提示函-${notice.number}.pdf`)}`,
      );
      // The PDF goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(pdf as unknown as string);
    },
  );
}
