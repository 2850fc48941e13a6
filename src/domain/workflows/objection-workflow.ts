import type { AuditAction } from '../audit-actions.ts';
import type { Workflow } from './state-machine.ts';

/**
 * 异议/复评 (001 §二(四)): the enterprise files the 《信用复评(核)申请表》; once accepted the working-day deadline
 * runs; the decision corrects or revokes the record (with its department), re-evaluates the enterprise, or upholds
 * the result with reasons.
 */
export const OBJECTION_STATES = ['submitted', 'accepted', 'corrected', 'revoked', 'reevaluated', 'upheld'] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];
export const OBJECTION_ACTIONS = ['accept', 'correct', 'revoke', 'reevaluate', 'uphold'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];

/** The audit action written when a case reaches each state (the closed list, audit-actions.ts). */
export const OBJECTION_AUDIT_ACTIONS: Record<ObjectionState, AuditAction> = {
  submitted: 'objection.submitted',
  accepted: 'objection.accepted',
  corrected: 'objection.corrected',
  revoked: 'objection.revoked',
  reevaluated: 'objection.reevaluated',
  upheld: 'objection.upheld',
};

/** Open objections: while one is open the contested record shows as 异议中. */
export const OPEN_OBJECTION_STATES: readonly ObjectionState[] = ['submitted', 'accepted'];

export const OBJECTION_WORKFLOW: Workflow<ObjectionState, ObjectionAction> = {
  label: '异议申请',
  stateLabels: {
    submitted: '已提交',
    accepted: '已受理',
    corrected: '记录已更正',
    revoked: '记录已撤销',
    reevaluated: '已重新评价',
    upheld: '维持原结果',
  },
  actionLabels: {
    accept: '受理',
    correct: '更正记录',
    revoke: '撤销记录',
    reevaluate: '重新评价',
    uphold: '维持原结果',
  },
  transitions: [
    { from: 'submitted', action: 'accept', to: 'accepted' },
    { from: 'accepted', action: 'correct', to: 'corrected' },
    { from: 'accepted', action: 'revoke', to: 'revoked' },
    { from: 'accepted', action: 'reevaluate', to: 'reevaluated' },
    { from: 'accepted', action: 'uphold', to: 'upheld' },
  ],
};
