/**
 * The closed list of audit actions (STYLE.md §7). Every write to the store appends one of these to the
 * hash-chained trail; the label is what officials read in the audit console.
 */
export const AUDIT_ACTIONS = {
  'import.committed': '导入批次已入库',
  'import.rejected': '导入批次被拒绝(未入库)',
  'record.corrected': '信用记录已更正',
  'enterprise.registered': '企业已登记',
  'enterprise.updated': '企业信息已变更',
  'uscc.legacy_accepted': '历史代码已人工认可',
  'demo.generated': '演示数据已生成',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
