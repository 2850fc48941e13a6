import { z } from 'zod';
import {
  listPushReceipts,
  PUSH_ROW_OUTCOME_LABELS,
  PUSH_ROW_STATUS_LABELS,
  showPushReceipt,
} from '../../services/records/list-push-receipts.ts';
import { pushDepartmentRecords } from '../../services/records/push-department-records.ts';
import { assertInScope, principalOf, type RouteAccess } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/**
 * Version 1 of the push API for departments' systems (docs/integration.md): rows of any of the department's kinds,
 * each with the department's idempotency key, answered with a receipt the department can read again later. The
 * unversioned `POST /api/departments/{code}/records` (one kind per batch, batch result) stays as it was.
 */
const PUSH_ACCESS: RouteAccess = { department_operator: 'own-department' };
/** The department reads its own receipts; the administrator reads any department's, to help it. */
const RECEIPT_ACCESS: RouteAccess = { department_operator: 'own-department', admin: 'all' };
const TAGS = ['部门报送'];
/** Rows per push: a receipt lists every row, so a push stays a size one answer can carry. */
const MAX_ROWS_PER_PUSH = 5000;

const DepartmentParams = z.object({
  code: z.string().trim().min(1).describe('报送单位代码（见 /api/catalog/departments）'),
});

const PushBodyV1 = z.object({
  rows: z
    .array(
      z.object({
        idempotencyKey: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .describe('幂等键：部门系统为每条记录给出的唯一标识（如业务系统主键+版本）；已接收的键再次报送不会重复入库'),
        kind: z
          .string()
          .trim()
          .min(1)
          .describe('记录类别代码或中文名称（见 /api/catalog/kinds），如 administrative_penalty'),
        record: z
          .record(z.string(), z.union([z.string(), z.number(), z.null()]))
          .describe('键为与报送文件相同的中文表头，如 {"行政相对人名称": "…", "处罚决定日期": "2024/5/20", …}'),
      }),
    )
    .min(1)
    .max(MAX_ROWS_PER_PUSH)
    .describe(`本次报送的记录，每次最多 ${MAX_ROWS_PER_PUSH} 条；每条独立接收或拒收`),
});

const ReceiptSummarySchema = z
  .object({
    receiptId: z.number().int().describe('回执编号：之后可凭此查询'),
    departmentCode: z.string(),
    operator: z.string().describe('报送账号（令牌报送时附令牌编号）'),
    operatorName: z.string().describe('报送人姓名（令牌报送时附令牌编号）'),
    receivedAt: z.string(),
    totalRows: z.number().int(),
    accepted: z.number().int().describe('已接收条数'),
    duplicates: z.number().int().describe('幂等键此前已接收、未重复入库的条数'),
    refused: z.number().int().describe('未接收条数'),
  })
  .meta({ id: 'PushReceiptSummary' });

const ReceiptSchema = ReceiptSummarySchema.extend({
  rows: z.array(
    z.object({
      row: z.number().int().describe('本次报送中的第几条（从 1 起）'),
      idempotencyKey: z.string(),
      kind: z.string().nullable(),
      kindLabel: z.string().nullable(),
      status: z
        .enum(Object.keys(PUSH_ROW_STATUS_LABELS) as [keyof typeof PUSH_ROW_STATUS_LABELS])
        .describe('accepted 已接收；duplicate 此前已接收（未重复入库）；refused 未接收'),
      statusLabel: z.string(),
      outcome: z
        .enum(Object.keys(PUSH_ROW_OUTCOME_LABELS) as [keyof typeof PUSH_ROW_OUTCOME_LABELS])
        .nullable()
        .describe('created 新增；updated 更正为新版本；unchanged 与现有版本相同'),
      outcomeLabel: z.string().nullable(),
      recordId: z.number().int().nullable().describe('入库的记录编号'),
      recordVersion: z.number().int().nullable().describe('记录版本号'),
      batchId: z.number().int().nullable().describe('写入的导入批次'),
      field: z.string().nullable().describe('未接收时出错的字段（中文表头，或 kind、idempotencyKey）'),
      reason: z.string().nullable().describe('未接收的原因，或重复时首次接收所在的回执'),
    }),
  ),
}).meta({ id: 'PushReceipt' });

export function registerDepartmentPushRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.post(
    '/api/v1/departments/:code/records',
    {
      config: { access: PUSH_ACCESS },
      bodyLimit: context.limits.pushBodyBytes,
      schema: {
        summary: '报送信用记录（v1，逐条回执）',
        description:
          '部门系统以 JSON 报送本部门各类别的记录，每条带幂等键。校验、去重、版本和来源与文件导入相同；每条独立接收或拒收，应答即回执：已接收的附记录编号与版本，未接收的附行号、字段与原因。令牌限定了记录类别时，其他类别逐条拒收。',
        tags: TAGS,
        params: DepartmentParams,
        body: PushBodyV1,
        response: { 200: ReceiptSchema },
      },
    },
    async (request) => {
      assertInScope(request, { departmentCode: request.params.code });
      return pushDepartmentRecords(db, {
        principal: principalOf(request),
        departmentCode: request.params.code,
        rows: request.body.rows,
        secretKey: context.secretKey(),
      });
    },
  );

  app.get(
    '/api/v1/departments/:code/receipts',
    {
      config: { access: RECEIPT_ACCESS },
      schema: {
        summary: '报送回执列表',
        description: '本部门的历次报送（新的在前）：时间、报送账号、接收与未接收条数。',
        tags: TAGS,
        params: DepartmentParams,
        querystring: PageQuery,
        response: { 200: pageOf(ReceiptSummarySchema) },
      },
    },
    async (request) => {
      assertInScope(request, { departmentCode: request.params.code });
      return listPushReceipts(db, request.params.code, request.query);
    },
  );

  app.get(
    '/api/v1/departments/:code/receipts/:id',
    {
      config: { access: RECEIPT_ACCESS },
      schema: {
        summary: '报送回执',
        description: '一次报送的回执：逐条的接收结果（记录编号与版本）或未接收的行号、字段与原因。',
        tags: TAGS,
        params: DepartmentParams.extend({ id: z.coerce.number().int().positive().describe('回执编号') }),
        response: { 200: ReceiptSchema },
      },
    },
    async (request) => {
      assertInScope(request, { departmentCode: request.params.code });
      return showPushReceipt(db, { departmentCode: request.params.code, receiptId: request.params.id });
    },
  );
}
