import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../domain/audit-actions.ts';
import { describeActor } from '../../domain/principal.ts';
import { findAuditEvent, listAuditEvents } from '../../services/audit/list-audit-events.ts';
import { queueAuditVerification } from '../../services/audit/queue-audit-verification.ts';
import { startAuditVerificationJob } from '../../services/audit/start-audit-verification.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { nameJobStarter } from '../../services/jobs/name-job-starters.ts';
import { startedJobResponse } from './job.routes.ts';

/** The 审计管理员 (三权分立, roles.ts) and the reviewers (who check what happened to a case) read and verify the trail. */
const AUDIT_READERS: RouteAccess = { audit_admin: 'all', reviewer: 'all' };
const TAGS = ['审计'];

const AuditEventSchema = z
  .object({
    seq: z.number().int().describe('序号（链上连续编号）'),
    occurredAt: z.string(),
    actor: z.string().describe('操作人账号（经 API 令牌时注明令牌编号）'),
    action: z.string(),
    actionLabel: z.string().describe('动作的中文说明'),
    subjectType: z.string().describe('对象类型，如 enterprise、import_batch、model_version'),
    subjectId: z.string(),
    payload: z.record(z.string(), z.unknown()).describe('事件内容'),
    hash: z.string().describe('本事件哈希 = SHA-256（前一事件哈希， 事件内容）'),
  })
  .meta({ id: 'AuditEvent' });

const AuditQuery = PageQuery.extend({
  actor: z.string().trim().max(100).optional().describe('操作人（包含此文字即可）'),
  action: z.string().trim().max(100).optional().describe('动作代码，见 /api/audit/actions'),
  subjectType: z.string().trim().max(100).optional().describe('对象类型'),
  subjectId: z.string().trim().max(200).optional().describe('对象编号'),
  from: z.iso.date().optional().describe('起始日期 YYYY-MM-DD（北京时间，含当日）'),
  to: z.iso.date().optional().describe('截止日期 YYYY-MM-DD（北京时间，含当日）'),
});

/**
 * 审计: search the hash-chained audit trail, read one event with its payload and links, and verify the
 * whole chain in the background (`xinping audit verify` with progress).
 */
export function registerAuditRoutes(app: ZodApp, context: ServerContext): void {
  const { store } = context;

  app.get(
    '/api/audit/actions',
    {
      config: { access: AUDIT_READERS },
      schema: {
        summary: '审计动作清单',
        description: '平台记入审计链的全部动作（封闭清单）及其中文说明。',
        tags: TAGS,
        response: { 200: z.object({ items: z.array(z.object({ action: z.string(), label: z.string() })) }) },
      },
    },
    async () => ({ items: Object.entries(AUDIT_ACTIONS).map(([action, label]) => ({ action, label })) }),
  );

  app.get(
    '/api/audit/events',
    {
      config: { access: AUDIT_READERS },
      schema: {
        summary: '查询审计记录',
        description: '按操作人、动作、对象、日期范围查询审计链中的事件，最新在前，分页。',
        tags: TAGS,
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEventSchema) },
      },
    },
    async (request) => {
      const { limit, offset, actor, action, subjectType, subjectId, from, to } = request.query;
      return listAuditEvents(store.db, {
        limit,
        offset,
        actor: actor || undefined,
        action: action || undefined,
        subjectType: subjectType || undefined,
        subjectId: subjectId || undefined,
        from,
        to,
      });
    },
  );

  app.get(
    '/api/audit/events/:seq',
    {
      config: { access: AUDIT_READERS },
      schema: {
        summary: '审计事件详情',
        description: '事件的全部内容，及其与前一事件的哈希链接。',
        tags: TAGS,
        params: z.object({ seq: z.coerce.number().int().positive().describe('事件序号') }),
        response: {
          200: AuditEventSchema.extend({
            prevHash: z.string().describe('前一事件的哈希（第一条事件为 64 个 0）'),
          }).meta({ id: 'AuditEventDetail' }),
        },
      },
    },
    async (request) => findAuditEvent(store.db, request.params.seq),
  );

  app.post(
    '/api/audit/verifications',
    {
      config: { access: AUDIT_READERS },
      schema: {
        summary: '校验审计链（后台任务）',
        description:
          '逐条重算哈希、检查链接与序号连续、核对链头和各导入批次的记录摘要，报告第一处被篡改或删除的位置。结果在任务完成后的 result 中：ok、eventsChecked、head、problem。',
        tags: TAGS,
        response: startedJobResponse,
      },
    },
    async (request, reply) => {
      const operator = describeActor(principalOf(request));
      // Several instances on PostgreSQL: a worker verifies (queue-audit-verification.ts); alone, this process does.
      const job = context.queue
        ? await queueAuditVerification(store, context.queue, operator)
        : startAuditVerificationJob(store, operator);
      return reply.code(202).send(await nameJobStarter(store.db, job));
    },
  );
}
