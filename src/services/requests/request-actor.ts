import { describeActor, type Principal } from '../../domain/principal.ts';
import type { Role } from '../../domain/roles.ts';

/**
 * Who acts on a request: an account (by its role, department and bound enterprise), a visitor who proved the case is
 * theirs with the tracking code and phone number, or the platform itself (the daily escalation, a duplicate following
 * its original). `name` is what the audit trail and the case history record.
 */
export interface RequestActor {
  name: string;
  role: Role | 'anonymous' | 'system';
  departmentCode: string | null;
  uscc: string | null;
}

export const SYSTEM_ACTOR: RequestActor = { name: '系统', role: 'system', departmentCode: null, uscc: null };
export const VISITOR_ACTOR: RequestActor = {
  name: '访客（查询码验证）',
  role: 'anonymous',
  departmentCode: null,
  uscc: null,
};

export function requestActorOf(principal: Principal): RequestActor {
  return {
    name: describeActor(principal),
    role: principal.role,
    departmentCode: principal.departmentCode,
    uscc: principal.uscc,
  };
}

/**
 * Who may see which cases: everything (the credit office: administrators and reviewers), the cases of one enterprise,
 * or the cases routed to one department now.
 */
export type RequestViewer =
  | { kind: 'all' }
  | { kind: 'enterprise'; enterpriseId: number }
  | { kind: 'department'; departmentCode: string };
