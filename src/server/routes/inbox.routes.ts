import { z } from 'zod';
import { listInbox } from '../../services/notifications/list-inbox.ts';
import { listStaffMessages } from '../../services/notifications/list-staff-messages.ts';
import { markMessagesRead } from '../../services/notifications/mark-messages-read.ts';
import { findEnterpriseByUscc } from '../../services/workflows/find-enterprise.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams, PageQuery } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { ENTERPRISE_FILES } from './declaration.routes.ts';

/** Reviewers read the reminders addressed to reviewers, department operators their department's; administrators oversee all. */
const STAFF_MESSAGES: RouteAccess = { admin: 'all', reviewer: 'all', department_operator: 'own-department' };

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
  .object({
    id: z.number().int(),
    topic: z.string(),
    title: z.string(),
    body: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    role: z
      .string()
      .describe('收件角色：reviewer 审核员、department_operator 数据报送单位（见 departmentCode）、admin 管理员'),
    departmentCode: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'StaffMessage' });

export function registerInboxRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/inbox',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '企业消息',
        description:
          '本企业的消息：新记录（含信用修复提示函）、评价等级变化、申请的处理结果、办理时限等，最新的在前，分页。',
        tags: ['办事'],
        querystring: PageQuery.extend({ unread: z.enum(['true', 'false']).optional().describe('true：只看未读消息') }),
        response: {
          200: z.object({
            uscc: z.string(),
            total: z.number().int(),
            unread: z.number().int().describe('未读消息数'),
            items: z.array(MessageSchema),
          }),
        },
      },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      const page = await listInbox(context.store.db, enterprise.id, {
        limit: request.query.limit,
        offset: request.query.offset,
        isUnreadOnly: request.query.unread === 'true',
      });
      return { uscc: enterprise.uscc, ...page };
    },
  );

  app.post(
    '/api/inbox/:id/read',
    {
      config: { access: ENTERPRISE_FILES },
      schema: {
        summary: '标记消息已读',
        tags: ['办事'],
        params: IdParams,
        response: { 200: z.object({ updated: z.number().int().describe('本次标为已读的条数（已读过的为 0）') }) },
      },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      return { updated: await markMessagesRead(context.store.db, enterprise.id, request.params.id) };
    },
  );

  app.post(
    '/api/inbox/read-all',
    {
      config: { access: ENTERPRISE_FILES },
      schema: { summary: '全部标记已读', tags: ['办事'], response: { 200: z.object({ updated: z.number().int() }) } },
    },
    async (request) => {
      const enterprise = await findEnterpriseByUscc(context.store.db, principalOf(request).uscc);
      return { updated: await markMessagesRead(context.store.db, enterprise.id) };
    },
  );

  app.get(
    '/api/staff-messages',
    {
      config: { access: STAFF_MESSAGES },
      schema: {
        summary: '工作人员提醒',
        description:
          '发给工作人员的提醒，最新的在前：审核员收到即将到期或已超期的异议、信用修复申请（按工作日计算）；数据报送单位只收到发给本部门的' +
          '（企呼我应督办、重点任务到期、惠企政策新增符合条件企业等）；管理员可查看全部。',
        tags: ['办事'],
        querystring: PageQuery,
        response: { 200: z.object({ total: z.number().int(), items: z.array(StaffMessageSchema) }) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const recipient =
        principal.role === 'admin'
          ? 'all'
          : principal.role === 'department_operator'
            ? { departmentCode: principal.departmentCode ?? '' }
            : { role: 'reviewer' as const };
      return listStaffMessages(context.store.db, recipient, {
        limit: request.query.limit,
        offset: request.query.offset,
      });
    },
  );
}
