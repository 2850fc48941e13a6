import { z } from 'zod';
import { principalOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';
import {
  listUpwardBatches,
  listUpwardItems,
  summarizeUpwardSharing,
  UPWARD_BATCH_STATUS_LABELS,
  UPWARD_ITEM_STATUS_LABELS,
} from '../../services/upward/list-upward-batches.ts';
import { runUpwardSharing } from '../../services/upward/run-upward-sharing.ts';
import { UPWARD_EVENTS } from '../../services/upward/upward-rows.ts';
import { readUpwardSettings } from '../../services/upward/upward-settings.ts';

/**
 * 向上共享 is the credit office's duty, the 系统管理员's; the 审计管理员 (三权分立) sees it through the audit trail
 * (`upward.packaged`, `upward.acknowledged`), like every other business action.
 */
const UPWARD_ACCESS: RouteAccess = { admin: 'all' };
const TAGS = ['向上共享'];

const ItemStatusSchema = z
  .enum(Object.keys(UPWARD_ITEM_STATUS_LABELS) as [keyof typeof UPWARD_ITEM_STATUS_LABELS])
  .describe('pending 待报送、sent 已报送待回执、acknowledged 已确认、rejected 被退回');

const BatchSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(Object.keys(UPWARD_BATCH_STATUS_LABELS) as [keyof typeof UPWARD_BATCH_STATUS_LABELS]),
    statusLabel: z.string(),
    itemCount: z.number().int(),
    attempts: z.number().int().describe('已尝试报送次数'),
    nextAttemptAt: z.string().nullable().describe('待报送批次的下次尝试时间（失败后按指数退避）'),
    lastError: z.string().nullable().describe('最近一次失败的原因'),
    receiptId: z.string().nullable().describe('省级平台回执编号'),
    acceptedCount: z.number().int().nullable(),
    rejectedCount: z.number().int().nullable(),
    sentAt: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'UpwardBatch' });

const ItemSchema = z
  .object({
    idempotencyKey: z.string().describe('幂等键：每个记录版本或评价结果一个，重试不变'),
    event: z.enum(UPWARD_EVENTS),
    eventLabel: z.string(),
    dataSetLabel: z.string(),
    uscc: z.string(),
    enterpriseName: z.string(),
    recordId: z.number().int().nullable(),
    recordVersion: z.number().int().nullable(),
    periodDay: z.string().describe('所属日包日期（北京时间）'),
    status: ItemStatusSchema,
    statusLabel: z.string(),
    reason: z.string().nullable().describe('被退回时省级平台给出的理由'),
  })
  .meta({ id: 'UpwardItem' });

const SummarySchema = z
  .object({
    receiver: z.string().nullable().describe('接收地址（XINPING_UPWARD_URL；未配置时只生成日包，不推送）'),
    counts: z.object({
      pending: z.number().int(),
      sent: z.number().int(),
      acknowledged: z.number().int(),
      rejected: z.number().int(),
    }),
    packages: z.array(
      z.object({ day: z.string(), items: z.number().int(), files: z.number().int(), generatedAt: z.string() }),
    ),
  })
  .meta({ id: 'UpwardSummary' });

/** The console's view of 向上共享: state counts, the daily packages, batches with their receipts, items. */
export function registerUpwardRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/upward/summary',
    {
      config: { access: UPWARD_ACCESS },
      schema: {
        summary: '向上共享概况',
        description: '各状态的条数（待报送、已报送待回执、已确认、被退回）、接收地址与最近 30 天的签名日包。',
        tags: TAGS,
        response: { 200: SummarySchema },
      },
    },
    async () => {
      const url = readUpwardSettings(context.dataDir).url;
      // Only where it goes: a query string may carry the receiver's own parameters.
      const receiver = url && URL.canParse(url) ? `${new URL(url).origin}${new URL(url).pathname}` : url;
      return { receiver, ...(await summarizeUpwardSharing(db)) };
    },
  );

  app.get(
    '/api/upward/batches',
    {
      config: { access: UPWARD_ACCESS },
      schema: {
        summary: '向上共享批次与回执',
        description: '报送批次，新的在前：状态、尝试次数、失败原因、省级平台回执编号及确认、退回条数。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(BatchSchema) },
      },
    },
    async (request) => listUpwardBatches(db, request.query),
  );

  app.get(
    '/api/upward/items',
    {
      config: { access: UPWARD_ACCESS },
      schema: {
        summary: '向上共享明细',
        description: '逐条明细（按发生顺序），可按批次和状态筛选；被退回的附省级平台给出的理由。',
        tags: TAGS,
        querystring: PageQuery.extend({
          batchId: z.coerce.number().int().positive().optional().describe('批次编号'),
          status: ItemStatusSchema.optional(),
        }),
        response: { 200: pageOf(ItemSchema) },
      },
    },
    async (request) => listUpwardItems(db, request.query),
  );

  app.post(
    '/api/upward/run',
    {
      config: { access: UPWARD_ACCESS },
      schema: {
        summary: '立即执行一轮向上共享',
        description:
          '把新的记录版本和评价结果列入待报送，为已结束而未打包的日期生成签名日包，并推送待报送批次（与定时任务相同，可重复执行，不会重复报送）。',
        tags: TAGS,
        response: {
          200: z.object({
            enqueued: z.number().int(),
            packagedDays: z.array(z.string()),
            push: z.object({
              isConfigured: z.boolean(),
              batchesCreated: z.number().int(),
              batchesDelivered: z.number().int(),
              acknowledged: z.number().int(),
              rejected: z.number().int(),
              sentWithoutReceipt: z.number().int(),
              failure: z.string().nullable(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      return runUpwardSharing(db, readUpwardSettings(context.dataDir), () => context.signingKey(), {
        actor: principal.displayName,
      });
    },
  );
}
