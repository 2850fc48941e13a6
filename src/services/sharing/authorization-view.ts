/** An enterprise's authorisation of a bank (企业授权查询), as both sides see it. */
export interface AuthorizationView {
  id: number;
  uscc: string;
  enterpriseName: string;
  grantee: string;
  granteeName: string;
  purpose: string;
  validUntil: string;
  grantedBy: string;
  /** The person who granted it (their display name; the account when they have none). */
  grantedByName: string;
  grantedAt: string;
  revokedAt: string | null;
  /** In force today: not revoked and not past its last day. */
  isActive: boolean;
}
