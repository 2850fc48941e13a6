import type { AuditAction } from '../audit-actions.ts';
import type { Workflow } from './state-machine.ts';

/**
 * 信用承诺 (000 §二(五)): signed by the enterprise with a pinned text version; later the department checks it
 * (投诉举报、随机抽查、专项治理) and marks it kept or broken; a broken or false commitment becomes a negative record.
 */
export const COMMITMENT_STATES = ['signed', 'kept', 'broken'] as const;
export type CommitmentState = (typeof COMMITMENT_STATES)[number];
export const COMMITMENT_ACTIONS = ['keep', 'break'] as const;
export type CommitmentAction = (typeof COMMITMENT_ACTIONS)[number];

/** The audit action written when a case reaches each state (the closed list, audit-actions.ts). */
export const COMMITMENT_AUDIT_ACTIONS: Record<CommitmentState, AuditAction> = {
  signed: 'commitment.signed',
  kept: 'commitment.kept',
  broken: 'commitment.broken',
};

export const COMMITMENT_WORKFLOW: Workflow<CommitmentState, CommitmentAction> = {
  label: '信用承诺',
  stateLabels: { signed: '已作出', kept: '已履行', broken: '未履行' },
  actionLabels: { keep: '核查为已履行', break: '核查为未履行' },
  transitions: [
    { from: 'signed', action: 'keep', to: 'kept' },
    { from: 'signed', action: 'break', to: 'broken' },
  ],
};

/** DOMAIN.md §6. */
export const COMMITMENT_TYPES = ['审批替代型', '主动公示型', '行业自律型', '修复型'] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];
