import { z } from 'zod';

const ScoreAndGradeSchema = z.object({ score: z.number().describe('分数'), grade: z.string().describe('信用等级') });

/** Schemas the workflow routes share. */
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
    decidedBy: z.string().nullable().describe('决定人账号'),
    decidedByName: z.string().nullable().describe('决定人姓名'),
    attachments: z.array(z.string()).describe('附件 SHA-256'),
    createdAt: z.string(),
    updatedAt: z.string(),
    details: z.record(z.string(), z.unknown()),
    current: z
      .object({ score: z.number(), grade: z.string(), asOf: z.string() })
      .nullable()
      .describe('企业当前的评价（分数、等级、评价基准日；从未评价为空）'),
    record: z
      .object({
        id: z.number().int(),
        kindLabel: z.string().describe('记录类别'),
        number: z.string().nullable().describe('决定书文号、许可编号等（该类记录有编号时）'),
        departmentName: z.string().describe('作出决定的部门'),
        occurredOn: z.string().nullable().describe('决定日期'),
        endsOn: z.string().nullable().describe('截止日期（长期为空）'),
        statusLabel: z.string().describe('记录状态'),
        fields: z
          .array(z.object({ label: z.string(), value: z.string() }))
          .describe('记录的各字段（中文表头；不含个人信息）'),
      })
      .nullable()
      .describe('申请涉及的信用记录（异议、修复的记录；申报通过后生成的记录）'),
  })
  .meta({ id: 'WorkflowCase' });

/** A workflow case with its deadline in working days flagged overdue or nearly due; `description` says which. */
export function caseWithDeadlineSchema(id: string, description: string) {
  return CaseSchema.extend({
    deadline: z
      .object({
        dueOn: z.string().nullable(),
        workingDaysLeft: z.number().int().nullable(),
        isOverdue: z.boolean(),
        isNearlyDue: z.boolean(),
        isCovered: z.boolean().describe('节假日日历是否覆盖该时限；否：按现行节假日安排推算，待次年安排公布后更新'),
      })
      .describe(description),
  }).meta({ id });
}

export const DecisionResultSchema = z
  .object({
    id: z.number().int(),
    state: z.string(),
    recordId: z.number().int().nullable().optional(),
    reevaluation: z
      .object({
        enterprises: z.number().int(),
        gradeCounts: z.record(z.string(), z.number()),
        skipped: z.string().optional(),
        change: z
          .object({
            before: ScoreAndGradeSchema.nullable().describe('决定前的当前评价（从未评价为空）'),
            after: ScoreAndGradeSchema.describe('决定后的评价'),
          })
          .optional()
          .describe('企业分数与等级的变化'),
      })
      .optional()
      .describe('决定后对企业的重新评价'),
  })
  .meta({ id: 'WorkflowDecision' });

export const CaseListQuery = z.object({ state: z.string().optional().describe('按状态筛选') });
export const AttachmentList = z
  .array(z.string().regex(/^[0-9a-f]{64}$/, '应为附件的 SHA-256（先通过 /api/attachments 上传）'))
  .max(20)
  .default([]);

/** The body of an attachment upload (proofs, photos, evidence): its name and its bytes in Base64. */
export const AttachmentUpload = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).describe('文件内容（Base64）'),
});

/** What an attachment upload answers: the stored file, named by its SHA-256, with the type sniffed from its content. */
export const StoredAttachmentSchema = z.object({
  sha256: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  fileName: z.string(),
});
