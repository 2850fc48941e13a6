import type { Role } from './roles.ts';

/** The account a request acts for, as resolved from its session cookie or API token. */
export interface Principal {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  /** Set for department operators: the department (catalog code) they report for. */
  departmentCode: string | null;
  /** Set for enterprise accounts: the enterprise they are. */
  uscc: string | null;
  /** How the request proved who it is. */
  via: 'session' | 'token';
  /** The API token used, when via is 'token'. */
  tokenId: number | null;
  /** What the token may do; a session may do everything its role may. */
  scopes: readonly TokenScope[];
  /** A department token scoped to some record kinds: the only kinds it may push (absent: every kind allowed). */
  recordKinds?: readonly string[];
  /** Initial, reset or expired password: only the password change, `me` and logout are allowed until it is changed. */
  mustChangePassword?: boolean;
}

/** A read-only token cannot change anything, whatever its owner's role. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** The audit trail's `actor` for what a principal does. */
export function describeActor(principal: Principal): string {
  return principal.via === 'token' ? `${principal.username}（令牌 ${principal.tokenId}）` : principal.username;
}
