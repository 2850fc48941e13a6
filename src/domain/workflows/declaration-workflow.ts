import type { AuditAction } from '../audit-actions.ts';
import type { Workflow } from './state-machine.ts';

/**
 * 自主申报 (001 §二(二) "动态信用增信"): an enterprise declares an honour, a qualification or other information with
 * attachments; the credit office accepts it for review, then approves it (it becomes a credit record) or rejects it
 * with a reason shown to the enterprise.
 */
export const DECLARATION_STATES = ['submitted', 'accepted', 'approved', 'rejected'] as const;
export type DeclarationState = (typeof DECLARATION_STATES)[number];
export const DECLARATION_ACTIONS = ['accept', 'approve', 'reject'] as const;
export type DeclarationAction = (typeof DECLARATION_ACTIONS)[number];

/** The audit action written when a case reaches each state (the closed list, audit-actions.ts). */
export const DECLARATION_AUDIT_ACTIONS: Record<DeclarationState, AuditAction> = {
  submitted: 'declaration.submitted',
  accepted: 'declaration.accepted',
  approved: 'declaration.approved',
  rejected: 'declaration.rejected',
};

export const DECLARATION_WORKFLOW: Workflow<DeclarationState, DeclarationAction> = {
  label: '自主申报',
  stateLabels: { submitted: '已提交', accepted: '已受理', approved: '已通过', rejected: '未通过' },
  actionLabels: { accept: '受理', approve: '审核通过', reject: '驳回' },
  transitions: [
    { from: 'submitted', action: 'accept', to: 'accepted' },
    { from: 'submitted', action: 'reject', to: 'rejected' },
    { from: 'accepted', action: 'approve', to: 'approved' },
    { from: 'accepted', action: 'reject', to: 'rejected' },
  ],
};

/** What an enterprise may declare (001 §二(二): 荣誉表彰、专业资质或其他信息). */
export const DECLARATION_CATEGORIES = ['honor', 'qualification', 'other'] as const;
export type DeclarationCategory = (typeof DECLARATION_CATEGORIES)[number];
export const DECLARATION_CATEGORY_LABELS: Record<DeclarationCategory, string> = {
  honor: '荣誉表彰',
  qualification: '专业资质',
  other: '其他信息',
};
