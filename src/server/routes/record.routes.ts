import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import { pushRecords } from '../../services/records/push-records.ts';
import { findRecordOwner, showRecord } from '../../services/records/show-record.ts';
import { assertInScope, principalOf, type RouteAccess } from '../access.ts';
import { IdParams } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const RECORD_ACCESS: RouteAccess = {
  admin: 'all',
  department_operator: 'own-department',
  reviewer: 'all',
  inspector: 'all',
  enterprise: 'own-enterprise',
};
/** Only a department sends its own records: the push is the department's act, with its account as the operator. */
const PUSH_ACCESS: RouteAccess = { department_operator: 'own-department' };

const Fields = z.record(z.string(), z.unknown()).describe('按目录字段键的全部字段；个人信息默认脱敏');

export const RecordSummarySchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    kindLabel: z.string(),
    departmentCode: z.string(),
    departmentName: z.string(),
    status: z.string(),
    occurredOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    level: z.string().nullable(),
    subtype: z.string().nullable(),
    grade: z.string().nullable(),
    amount: z.number().nullable().describe('金额（万元）'),
    quantity: z.number().nullable(),
    fields: Fields,
    version: z.number().int(),
    batchId: z.number().int().nullable(),
    sourceRow: z.number().int().nullable().describe('来源文件中的行号'),
    updatedAt: z.string(),
  })
  .meta({ id: 'RecordSummary' });

const ProvenanceSchema = z.object({
  batchId: z.number().int(),
  departmentCode: z.string(),
  fileName: z.string(),
  fileHash: z.string(),
  format: z.string(),
  operator: z.string(),
  receivedAt: z.string(),
});

const RecordDetailSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    kindLabel: z.string(),
    naturalKey: z.string(),
    enterprise: z.object({ uscc: z.string(), name: z.string() }),
    departmentCode: z.string(),
    departmentName: z.string(),
    version: z.number().int(),
    status: z.string(),
    fields: Fields,
    createdAt: z.string(),
    updatedAt: z.string(),
    revealed: z.boolean().describe('是否显示了个人信息明文'),
    versions: z
      .array(
        z.object({
          version: z.number().int(),
          change: z.string(),
          status: z.string(),
          occurredOn: z.string().nullable(),
          endsOn: z.string().nullable(),
          level: z.string().nullable(),
          subtype: z.string().nullable(),
          grade: z.string().nullable(),
          amount: z.number().nullable(),
          quantity: z.number().nullable(),
          fields: Fields,
          contentHash: z.string(),
          sourceRow: z.number().int().nullable(),
          operator: z.string(),
          recordedAt: z.string(),
          provenance: ProvenanceSchema.nullable().describe('写入此版本的批次（报送单位、文件、摘要、操作人、时间）'),
        }),
      )
      .describe('历次版本，最早的在前'),
  })
  .meta({ id: 'RecordDetail' });

export function registerRecordRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/records/:id',
    {
      config: { access: RECORD_ACCESS },
      schema: {
        summary: '信用记录详情与历史',
        description:
          '当前状态、全部历史版本及每个版本的来源。`reveal=true` 显示个人信息明文：仅数据所属部门可用，每次查看记入审计链。',
        tags: ['信用记录'],
        params: IdParams,
        querystring: z.object({ reveal: z.enum(['true', 'false']).default('false').describe('是否显示个人信息明文') }),
        response: { 200: RecordDetailSchema },
      },
    },
    async (request) => {
      const { db } = context.store;
      const owner = await findRecordOwner(db, request.params.id);
      assertInScope(request, owner);
      if (request.query.reveal !== 'true') return showRecord(db, request.params.id);
      // PIPL: personal data in clear only for the department that collected it (DOMAIN.md §5).
      const principal = principalOf(request);
      if (principal.role !== 'department_operator' || principal.departmentCode !== owner.departmentCode) {
        throw new AppError('FORBIDDEN', '个人信息明文仅对数据所属部门开放');
      }
      return showRecord(db, request.params.id, { key: context.secretKey(), actor: describeActor(principal) });
    },
  );
}

const PushBody = z.object({
  kind: z.string().trim().min(1).describe('记录类别代码或中文名称（见 /api/catalog/kinds），如 administrative_penalty'),
  mode: z
    .enum(['all-or-nothing', 'accept-valid'])
    .default('all-or-nothing')
    .describe('all-or-nothing 全部正确才入库（默认）；accept-valid 只入库正确的记录'),
  records: z
    .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
    .min(1)
    .describe(
      '每条记录一个对象，键为与报送文件相同的中文表头，如 {"行政相对人名称": "…", "处罚决定日期": "2024/5/20", …}',
    ),
});

const PushResult = z
  .object({
    batchId: z.number().int(),
    status: z
      .enum(['committed', 'rejected'])
      .describe('committed 已入库；rejected 整批未入库（原因见 reason 与 errors）'),
    department: z.object({ code: z.string(), name: z.string() }),
    kind: z.object({ code: z.string(), label: z.string() }),
    fileHash: z.string().describe('本批内容摘要（相同内容重复报送不产生新版本）'),
    totalRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(
      z.object({ row: z.number().int().describe('第几条记录（从 1 起）'), column: z.string(), reason: z.string() }),
    ),
    errorCount: z.number().int(),
    reason: z.string().optional(),
  })
  .meta({ id: 'PushResult' });

export function registerRecordPushRoutes(app: ZodApp, context: ServerContext): void {
  app.post(
    '/api/departments/:code/records',
    {
      config: { access: PUSH_ACCESS },
      bodyLimit: context.limits.pushBodyBytes,
      schema: {
        summary: '报送信用记录',
        description:
          '部门系统以 JSON 报送一批记录，校验、去重、幂等和来源记录与文件导入完全相同：同一决定重报即更正（保留旧版本），相同内容重报不产生变化。批次被拒绝时 status 为 rejected,errors 列出每条记录的字段与原因。',
        tags: ['信用记录'],
        params: z.object({ code: z.string().trim().min(1).describe('报送单位代码（见 /api/catalog/departments）') }),
        body: PushBody,
        response: { 200: PushResult },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      assertInScope(request, { departmentCode: request.params.code });
      const { format: _format, ...result } = await pushRecords(context.store.db, {
        departmentCode: request.params.code,
        ...request.body,
        operator: describeActor(principal),
        secretKey: context.secretKey(),
        recordKinds: principal.recordKinds,
      });
      return result;
    },
  );
}
