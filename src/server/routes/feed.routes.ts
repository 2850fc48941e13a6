import { z } from 'zod';
import { readFeed } from '../../services/sharing/read-feed.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import { AuditCheckpointSchema } from './audit-checkpoint.routes.ts';
import { EventTypeSchema } from './subscription.routes.ts';

/** Whoever may subscribe may pull; what each account gets is filtered to what it may see (banks: shared enterprises). */
const FEED_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'all',
  bank: 'shared-enterprise',
  association: 'shared-enterprise',
};

export const SharedEventSchema = z
  .object({
    id: z.number().int().describe('事件编号（即游标）'),
    type: EventTypeSchema,
    typeLabel: z.string(),
    uscc: z.string(),
    enterpriseName: z.string(),
    createdAt: z.string(),
    data: z
      .record(z.string(), z.unknown())
      .describe(
        '事件内容：等级变化为 grade/previousGrade/score/asOf/modelVersion；失信记录为 recordId/kind/decisionNumber/occurredOn …',
      ),
  })
  .meta({ id: 'SharedEvent' });

export function registerFeedRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/feed',
    {
      config: { access: FEED_ACCESS },
      schema: {
        summary: '拉取共享事件（增量）',
        description:
          '返回游标之后的事件（按编号升序），只含本账号订阅的事件类型（未订阅时为全部类型）且有权查看的企业：金融机构、行业协会仅限推送给本机构的名单中或已授权本机构查询的企业。' +
          '下次请求带上返回的 nextCursor 即可续取，不会遗漏也不会重复。' +
          '每次都附带最新的审计链签名检查点（checkpoint，尚未签发时为 null）：保存后可用 xinping audit verify --expect-head 文件 核对平台的审计链未被改写或截短。',
        tags: ['共享'],
        querystring: z.object({
          cursor: z.coerce.number().int().min(0).default(0).describe('上次返回的 nextCursor；首次为 0'),
          limit: z.coerce.number().int().min(1).max(1000).default(100).describe('最多返回条数（1–1000，默认 100）'),
          types: z
            .string()
            .optional()
            .transform((value) => (value ? value.split(',').map((type) => type.trim()) : undefined))
            .pipe(z.array(EventTypeSchema).optional())
            .describe('只要这些类型（逗号分隔），默认为本账号订阅的类型'),
        }),
        response: {
          200: z.object({
            events: z.array(SharedEventSchema),
            nextCursor: z.number().int(),
            hasMore: z.boolean(),
            checkpoint: AuditCheckpointSchema.nullable().describe('最新的审计链签名检查点；尚未签发时为 null'),
          }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { cursor, limit, types } = request.query;
      return readFeed(
        context.store.db,
        { userId: principal.userId, role: principal.role, uscc: principal.uscc },
        { cursor, limit, types },
      );
    },
  );
}
