import { z } from 'zod';
import { cancelSubscription } from '../../services/sharing/cancel-subscription.ts';
import { createSubscription, MAX_WEBHOOK_BATCH_SIZE } from '../../services/sharing/create-subscription.ts';
import { listSubscriptions } from '../../services/sharing/list-subscriptions.ts';
import { SHARE_EVENT_TYPES } from '../../services/sharing/share-event.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * Subscribers — a department, a bank, an association, or the credit office itself — register what they want to
 * receive. Each account manages its own subscriptions; an administrator sees and cancels everyone's.
 * What an event may reach is decided per account when it is delivered (banks: shared enterprises only).
 */
export const SUBSCRIPTION_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'own-account',
  bank: 'own-account',
  association: 'own-account',
};

export const EventTypeSchema = z
  .enum(SHARE_EVENT_TYPES)
  .describe(
    'grade_changed 信用等级变化、negative_record 新增失信记录、record_repaired 记录已修复、list_updated 推送名单更新',
  );

const SubscriptionSchema = z
  .object({
    id: z.number().int(),
    owner: z.string(),
    ownerName: z.string().describe('订阅机构或账号名称'),
    name: z.string(),
    eventTypes: z.array(EventTypeSchema),
    eventTypeLabels: z.array(z.string()),
    delivery: z.enum(['webhook', 'pull']).describe('webhook 签名推送；pull 通过 /api/feed 拉取'),
    url: z.string().nullable(),
    batchSize: z.number().int().describe('Webhook 每次请求最多携带的事件数；1 为逐条推送'),
    active: z.boolean(),
    createdAt: z.string(),
    deliveries: z
      .object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int() })
      .nullable()
      .describe('Webhook 投递：待投递（含重试）、已送达、已放弃'),
  })
  .meta({ id: 'Subscription' });

const NewSubscriptionBody = z.object({
  name: z.string().trim().min(1).max(100).describe('订阅名称，如“信贷系统等级变动”'),
  eventTypes: z.array(EventTypeSchema).min(1),
  delivery: z.enum(['webhook', 'pull']),
  url: z.string().trim().max(2000).optional().describe('Webhook 接收地址（http 或 https）'),
  batchSize: z
    .number()
    .int()
    .min(1)
    .max(MAX_WEBHOOK_BATCH_SIZE)
    .optional()
    .describe('Webhook 每次请求最多携带的事件数（默认 1，逐条推送；大于 1 时以批量格式推送，见 docs/integration.md）'),
});

export function registerSubscriptionRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.post(
    '/api/subscriptions',
    {
      config: { access: SUBSCRIPTION_ACCESS },
      schema: {
        summary: '登记共享订阅',
        description:
          'Webhook 订阅返回签名密钥（仅此一次）。平台以 POST 推送 JSON，请求头 X-Xinping-Timestamp、X-Xinping-Event-Id 与 ' +
          'X-Xinping-Signature: sha256=HMAC-SHA256（密钥， 时间戳 + "." + 请求体）；失败按指数退避重试，至少送达一次，接收方按事件编号去重。',
        tags: ['共享'],
        body: NewSubscriptionBody,
        response: {
          201: SubscriptionSchema.extend({
            secret: z.string().nullable().describe('Webhook 签名密钥（仅显示这一次）；pull 订阅为空'),
          }),
        },
      },
    },
    async (request, reply) => {
      const { subscription, secret } = await createSubscription(
        db,
        context.secretKey(),
        principalOf(request),
        request.body,
        context.outboundAllowed,
      );
      return reply.code(201).send({ ...subscription, secret });
    },
  );

  app.get(
    '/api/subscriptions',
    {
      config: { access: SUBSCRIPTION_ACCESS },
      schema: {
        summary: '共享订阅列表',
        description: '本账号的订阅及 Webhook 投递统计；管理员可见全部。',
        tags: ['共享'],
        response: { 200: z.object({ items: z.array(SubscriptionSchema) }) },
      },
    },
    async (request) => ({ items: await listSubscriptions(db, principalOf(request)) }),
  );

  app.delete(
    '/api/subscriptions/:id',
    {
      config: { access: SUBSCRIPTION_ACCESS },
      schema: {
        summary: '取消共享订阅',
        description: '此后不再投递；他人的订阅视为不存在。',
        tags: ['共享'],
        params: IdParams,
        response: { 204: z.undefined() },
      },
    },
    async (request, reply) => {
      await cancelSubscription(db, principalOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
