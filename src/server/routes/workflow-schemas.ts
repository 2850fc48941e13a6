import { z } from 'zod';

/** Schemas the workflow routes share (issue #6). */
export const CaseSchema = z
  .object({
    id: z.number().int(),
    uscc: z.string(),
    enterpriseName: z.string(),
    state: z.string().describe('状态代码'),
    stateLabel: z.string().describe('状态（中文）'),
    version: z.number().int().describe('版本号，每次状态变更加 1'),
    recordId: z.number().int().nullable().describe('相关信用记录编号'),
    reason: z.string().nullable().describe('审核理由（驳回、不予修复、维持原结果时必填，告知企业）'),
    decidedBy: z.string().nullable(),
    attachments: z.array(z.string()).describe('附件 SHA-256'),
    createdAt: z.string(),
    updatedAt: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WorkflowCase' });

export const DecisionResultSchema = z
  .object({
    id: z.number().int(),
    state: z.string(),
    recordId: z.number().int().nullable().optional(),
    reevaluation: z.object({ enterprises: z.number().int(), gradeCounts: z.record(z.string(), z.number()), skipped: z.string().optional() }).optional().describe('决定后对企业的重新评价'),
  })
  .meta({ id: 'WorkflowDecision' });

export const CaseListQuery = z.object({ state: z.string().optional().describe('按状态筛选') });
export const AttachmentList = z.array(z.string().regex(/^[0-9a-f]{64}$/, '应为附件的 SHA-256（先通过 /api/attachments 上传）')).max(20).default([]);
