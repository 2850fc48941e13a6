import { z } from 'zod';
import { listInbox } from '../../services/notifications/list-inbox.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { principalOf } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';

const MessageSchema = z
  .object({
    id: z.number().int(),
    topic: z.string(),
    topicLabel: z.string(),
    title: z.string(),
    body: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    createdAt: z.string(),
    isRead: z.boolean(),
  })
  .meta({ id: 'InboxMessage' });

export function registerInboxRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/inbox',
    {
      config: { access: ENTERPRISE_FILES },
      schema: { summary: '企业消息', description: '本企业的消息:新记录、评价变化、申请的处理结果、办理时限等,最新的在前。', tags: ['办事'], response: { 200: z.object({ uscc: z.string(), items: z.array(MessageSchema) }) } },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      return { uscc: enterprise.uscc, items: await listInbox(context.store.db, enterprise.id) };
    },
  );
}
