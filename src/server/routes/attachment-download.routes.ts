import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { openAttachment, type AttachmentDownload } from '../../services/workflows/open-attachment.ts';
import { principalOf, scopeOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** The enterprise downloads its own proofs; reviewers those of the cases they decide. */
const ATTACHMENT_READERS: RouteAccess = { reviewer: 'all', enterprise: 'own-enterprise' };
/** Served only with a type it was sniffed as when stored; anything else (there should be none) goes out as bytes. */
const SERVED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

/** The `sha256` path parameter of a route that downloads a stored attachment. */
export const AttachmentSha256 = z.string().regex(/^[0-9a-f]{64}$/, '应为附件的 SHA-256');

/** The 200 response of a route that downloads a stored attachment. */
export const attachmentResponse = {
  description: '附件内容',
  content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
};

/**
 * Sends a stored attachment as a download, whichever route found it: only with a type it was sniffed as, named by
 * its hash and extension (its own name in `filename*`), and sandboxed so a browser never runs it as a page.
 */
export function sendAttachment(reply: FastifyReply, file: AttachmentDownload): FastifyReply {
  reply.type(SERVED_TYPES.has(file.mediaType) ? file.mediaType : 'application/octet-stream');
  const extension = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }[file.mediaType] ?? 'bin';
  reply.header(
    'content-disposition',
    `attachment; filename="${file.sha256.slice(0, 16)}.${extension}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
  );
  reply.header('content-security-policy', "default-src 'none'; sandbox");
  return reply.send(file.content as unknown as string);
}

export function registerAttachmentDownloadRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/attachments/:sha256',
    {
      config: { access: ATTACHMENT_READERS },
      schema: {
        summary: '下载附件',
        description:
          '以附件形式下载证明材料，类型为上传时按内容识别的类型（PDF、JPG、PNG），不会以可执行或网页类型返回。企业只能下载本企业上传的材料；审核人员只能下载申请中附带、且由申请企业上传的材料。不存在与无权查看的附件答复相同。',
        tags: ['办事'],
        params: z.object({ sha256: AttachmentSha256.describe('附件 SHA-256') }),
        response: { 200: attachmentResponse },
      },
    },
    async (request, reply) => {
      const scope =
        scopeOf(request) === 'own-enterprise'
          ? { enterpriseId: (await findEnterpriseByUscc(context.store.db, principalOf(request).uscc)).id }
          : { workflowCases: true as const };
      const file = await openAttachment(
        context.store.db,
        context.dataDir,
        context.secretKey().ring,
        request.params.sha256,
        scope,
      );
      return sendAttachment(reply, file);
    },
  );
}
