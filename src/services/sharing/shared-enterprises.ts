import { sql, type RawBuilder } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { enterpriseIdOfUscc } from '../../store/enterprise.repository.ts';
import type { Executor } from '../../store/executor.ts';
import {
  hasAuthorizationInForce,
  isEnterpriseSharedWith,
  sharedEnterpriseIds,
} from '../../store/sharing.repository.ts';

/** The account events and enterprises are shared with. */
export interface Subscriber {
  userId: number;
  role: Role;
  /** Set for enterprise accounts. */
  uscc: string | null;
}

/** Roles whose access to an enterprise goes through pushed lists and authorisations. */
export function isSharingRecipientRole(role: Role): boolean {
  return role === 'bank' || role === 'association';
}

/** Whether a bank or association account may see the enterprise now (one indexed query). */
export async function maySeeSharedEnterprise(db: Executor, userId: number, uscc: string): Promise<boolean> {
  return isEnterpriseSharedWith(db, userId, uscc, todayInDistrict());
}

/**
 * The condition (on the feed table aliased `s`) for the events a subscriber may receive: officials get every event
 * not addressed to someone else (administrators: all), an enterprise only its own, banks and associations those
 * addressed to them and those about enterprises shared with them.
 */
export function visibleEventCondition(subscriber: Subscriber): RawBuilder<boolean> {
  switch (subscriber.role) {
    case 'admin':
      return sql<boolean>`true`;
    case 'department_operator':
    case 'reviewer':
    case 'inspector':
      return sql<boolean>`(s.recipient_user_id is null or s.recipient_user_id = ${subscriber.userId})`;
    case 'enterprise':
      return sql<boolean>`(s.recipient_user_id is null and s.enterprise_id = ${enterpriseIdOfUscc(subscriber.uscc ?? '')})`;
    case 'bank':
    case 'association':
      return sql<boolean>`(s.recipient_user_id = ${subscriber.userId} or (s.recipient_user_id is null and s.enterprise_id in ${sharedEnterpriseIds(subscriber.userId, todayInDistrict())}))`;
    // The 安全管理员 and 审计管理员 (三权分立) receive no business events.
    case 'security_admin':
    case 'audit_admin':
      return sql<boolean>`false`;
  }
}

/** Whether the enterprise has authorised this account (企业授权查询) and the authorisation is in force today. */
export async function hasAuthorized(db: Executor, userId: number, uscc: string): Promise<boolean> {
  return hasAuthorizationInForce(db, userId, uscc, todayInDistrict());
}
