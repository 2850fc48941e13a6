import type { AuditAction } from '../audit-actions.ts';
import type { Workflow } from './state-machine.ts';

/**
 * 信用修复 (001 §二(四); 《信用修复管理办法》 2026): an application for a negative record once its repair date has come,
 * with proof of correction and a 修复型 commitment; the reviewer approves (the record becomes `repaired`) or rejects.
 */
export const REPAIR_STATES = ['submitted', 'accepted', 'approved', 'rejected'] as const;
export type RepairState = (typeof REPAIR_STATES)[number];
export const REPAIR_ACTIONS = ['accept', 'approve', 'reject'] as const;
export type RepairAction = (typeof REPAIR_ACTIONS)[number];

/** The audit action written when a case reaches each state (the closed list, audit-actions.ts). */
export const REPAIR_AUDIT_ACTIONS: Record<RepairState, AuditAction> = {
  submitted: 'repair.submitted',
  accepted: 'repair.accepted',
  approved: 'repair.approved',
  rejected: 'repair.rejected',
};

export const REPAIR_WORKFLOW: Workflow<RepairState, RepairAction> = {
  label: '信用修复申请',
  stateLabels: { submitted: '已提交', accepted: '已受理', approved: '已修复', rejected: '未通过' },
  actionLabels: { accept: '受理', approve: '准予修复', reject: '不予修复' },
  transitions: [
    { from: 'submitted', action: 'accept', to: 'accepted' },
    { from: 'submitted', action: 'reject', to: 'rejected' },
    { from: 'accepted', action: 'approve', to: 'approved' },
    { from: 'accepted', action: 'reject', to: 'rejected' },
  ],
};
