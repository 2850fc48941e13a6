import type { AuditAction } from '../audit-actions.ts';
import type { Workflow } from './state-machine.ts';

/**
 * 免申即享 兑现 (003 §四(二)): a policy match followed to the money. The platform opens a case for each spell of a match
 * and marks it notified when the enterprise is told; the enterprise confirms where the policy's mode needs it (即申即享:
 * its one-step application); the paying department approves, then records the payment (amount and date), or refuses
 * with a reason at any step before payment.
 */
export const PAYOUT_STATES = ['matched', 'notified', 'confirmed', 'approved', 'paid', 'refused'] as const;
export type PayoutState = (typeof PAYOUT_STATES)[number];
export const PAYOUT_ACTIONS = ['confirm', 'approve', 'pay', 'refuse'] as const;
export type PayoutAction = (typeof PAYOUT_ACTIONS)[number];

/** Actions of the enterprise; the others are the paying department's. */
export const ENTERPRISE_PAYOUT_ACTIONS: readonly PayoutAction[] = ['confirm'];

export const PAYOUT_AUDIT_ACTIONS: Record<Exclude<PayoutState, 'matched' | 'notified'>, AuditAction> = {
  confirmed: 'payout.confirmed',
  approved: 'payout.approved',
  paid: 'payout.paid',
  refused: 'payout.refused',
};

export const PAYOUT_WORKFLOW: Workflow<PayoutState, PayoutAction> = {
  label: '政策兑现',
  stateLabels: {
    matched: '已匹配',
    notified: '已告知企业',
    confirmed: '企业已确认',
    approved: '已审核同意',
    paid: '已兑现',
    refused: '不予兑现',
  },
  actionLabels: { confirm: '确认申请', approve: '审核同意', pay: '登记兑现', refuse: '不予兑现' },
  transitions: [
    { from: 'matched', action: 'confirm', to: 'confirmed' },
    { from: 'notified', action: 'confirm', to: 'confirmed' },
    { from: 'matched', action: 'approve', to: 'approved' },
    { from: 'notified', action: 'approve', to: 'approved' },
    { from: 'confirmed', action: 'approve', to: 'approved' },
    { from: 'approved', action: 'pay', to: 'paid' },
    { from: 'matched', action: 'refuse', to: 'refused' },
    { from: 'notified', action: 'refuse', to: 'refused' },
    { from: 'confirmed', action: 'refuse', to: 'refused' },
    { from: 'approved', action: 'refuse', to: 'refused' },
  ],
};
