import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { readDeliverySettings } from '../../services/notifications/delivery-settings.ts';
import {
  DELIVERY_CHANNEL_LABELS,
  DELIVERY_STATUS_LABELS,
  listNotificationDeliveries,
} from '../../services/notifications/list-notification-deliveries.ts';
import {
  readNotificationChannels,
  setNotificationChannels,
} from '../../services/notifications/notification-channels.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** Each enterprise account sets its own channels; the 系统管理员 watches the deliveries (addresses masked). */
const OWN_CHANNELS: RouteAccess = { enterprise: 'own-account' };
const DELIVERY_LIST: RouteAccess = { admin: 'all' };

const ChannelSchema = z.enum(['sms', 'email']);
const StatusSchema = z
  .enum(Object.keys(DELIVERY_STATUS_LABELS) as [keyof typeof DELIVERY_STATUS_LABELS])
  .describe('queued 待发送（含失败后等待重试）、sent 已发送、failed 多次尝试后发送失败');

const ChannelsSchema = z
  .object({
    username: z.string().describe('这些设置所属的账号（总是本人）'),
    availableChannels: z.array(ChannelSchema).describe('本平台已接入、可以开通的渠道（站内消息始终送达，不在此列）'),
    isSmsEnabled: z.boolean(),
    isEmailEnabled: z.boolean(),
    phoneMasked: z.string().nullable().describe('已登记的手机号码（脱敏）'),
    emailMasked: z.string().nullable().describe('已登记的电子邮箱（脱敏）'),
  })
  .meta({ id: 'NotificationChannels' });

const DeliverySchema = z
  .object({
    id: z.number().int(),
    channel: z.enum(Object.keys(DELIVERY_CHANNEL_LABELS) as [keyof typeof DELIVERY_CHANNEL_LABELS]),
    channelLabel: z.string(),
    noticeKindLabel: z.string().describe('通知类别'),
    uscc: z.string(),
    enterpriseName: z.string(),
    username: z.string().describe('收件账号'),
    recipient: z.string().describe('收件地址（脱敏）'),
    subject: z.string(),
    status: StatusSchema,
    statusLabel: z.string(),
    attempts: z.number().int().describe('已尝试发送次数'),
    nextAttemptAt: z.string().nullable().describe('待发送的下次尝试时间（失败后按指数退避，超频时顺延）'),
    lastError: z.string().nullable().describe('最近一次失败或顺延的原因'),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'NotificationDelivery' });

export function registerNotificationDeliveryRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/notification-channels',
    {
      config: { access: OWN_CHANNELS },
      schema: {
        summary: '本人的通知渠道',
        description: '站内消息始终送达；短信、电子邮件由本人自愿开通。已登记的手机号码和邮箱只以脱敏形式返回。',
        tags: ['办事'],
        response: { 200: ChannelsSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return {
        username: principal.username,
        ...(await readNotificationChannels(db, readDeliverySettings(), principal.userId)),
      };
    },
  );

  app.put(
    '/api/notification-channels',
    {
      config: { access: OWN_CHANNELS },
      schema: {
        summary: '设置本人的通知渠道',
        description:
          '开通或关闭短信、邮件通知，登记或更换手机号码、电子邮箱（不填则保留已登记的，填空字符串则删除）。' +
          '号码与邮箱加密存储（默认国密 SM4），只显示脱敏形式；开通的渠道须有登记的地址。',
        tags: ['办事'],
        body: z.object({
          isSmsEnabled: z.boolean(),
          isEmailEnabled: z.boolean(),
          phone: z.string().max(32).optional().describe('中国大陆手机号码'),
          email: z.string().max(254).optional().describe('电子邮箱'),
        }),
        response: { 200: ChannelsSchema },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const view = await setNotificationChannels(
        db,
        readDeliverySettings(),
        () => context.secretKey(),
        { userId: principal.userId, actor: describeActor(principal) },
        request.body,
      );
      return { username: principal.username, ...view };
    },
  );

  app.get(
    '/api/notification-deliveries',
    {
      config: { access: DELIVERY_LIST },
      schema: {
        summary: '短信与邮件发送记录',
        description:
          '企业通知的短信、邮件发送记录，新的在前，可按状态和渠道筛选：尝试次数、下次尝试时间、最近一次失败原因；收件地址脱敏显示。',
        tags: ['办事'],
        querystring: PageQuery.extend({ status: StatusSchema.optional(), channel: ChannelSchema.optional() }),
        response: {
          200: pageOf(DeliverySchema).extend({
            counts: z.object({ queued: z.number().int(), sent: z.number().int(), failed: z.number().int() }),
          }),
        },
      },
    },
    async (request) => listNotificationDeliveries(db, request.query),
  );
}
