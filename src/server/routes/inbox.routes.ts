import { z } from 'zod';
import { listInbox } from '../../services/notifications/list-inbox.ts';
import { listStaffMessages } from '../../services/notifications/list-staff-messages.ts';
import { markMessagesRead } from '../../services/notifications/mark-messages-read.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';

/** Reviewers read the reminders addressed to reviewers; administrators oversee them. */
const REVIEWER_MESSAGES: RouteAccess = { admin: 'all', reviewer: 'all' };

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

const StaffMessageSchema = z
  .object({ id: z.number().int(), topic: z.string(), title: z.string(), body: z.string(), subjectType: z.string().nullable(), subjectId: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'StaffMessage' });

export function registerInboxRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/inbox',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '企业消息',
        description: '本企业的消息:新记录(含信用修复提示函)、评价等级变化、申请的处理结果、办理时限等,最新的在前,分页。',
        tags: ['办事'],
        querystring: PageQuery.extend({ unread: z.enum(['true', 'false']).optional().describe('true:只看未读消息') }),
        response: { 200: z.object({ uscc: z.string(), total: z.number().int(), unread: z.number().int().describe('未读消息数'), items: z.array(MessageSchema) }) },
      },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      const page = await listInbox(context.store.db, enterprise.id, { limit: request.query.limit, offset: request.query.offset, isUnreadOnly: request.query.unread === 'true' });
      return { uscc: enterprise.uscc, ...page };
    },
  );

  app.post(
    '/api/inbox/:id/read',
    {
      config: { access: ENTERPRISE_FILES },
      schema: { summary: '标记消息已读', tags: ['办事'], params: IdParams, response: { 200: z.object({ updated: z.number().int().describe('本次标为已读的条数(已读过的为 0)') }) } },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      return { updated: await markMessagesRead(context.store.db, enterprise.id, request.params.id) };
    },
  );

  app.post(
    '/api/inbox/read-all',
    { config: { access: ENTERPRISE_FILES }, schema: { summary: '全部标记已读', tags: ['办事'], response: { 200: z.object({ updated: z.number().int() }) } } },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      return { updated: await markMessagesRead(context.store.db, enterprise.id) };
    },
  );

  app.get(
    '/api/staff-messages',
    {
      config: { access: REVIEWER_MESSAGES },
      schema: {
        summary: '审核员提醒',
        description: '每日运行产生的提醒:即将到期或已超期的异议申请、信用修复申请(按工作日计算)。',
        tags: ['办事'],
        querystring: PageQuery,
        response: { 200: z.object({ total: z.number().int(), items: z.array(StaffMessageSchema) }) },
      },
    },
    async (request) => listStaffMessages(context.store.db, 'reviewer', { limit: request.query.limit, offset: request.query.offset }),
  );
}
