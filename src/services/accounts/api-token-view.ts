import type { Selectable } from 'kysely';
import type { TokenScope } from '../../domain/principal.ts';
import type { ApiTokenTable } from '../../store/database.ts';

/** An API token as listed: who owns it, what it may do, when it was last used; never the secret. */
export interface ApiTokenView {
  id: number;
  name: string;
  /** The first characters of the secret, to recognise it by. */
  prefix: string;
  owner: string;
  scopes: TokenScope[];
  /** A department's token: it pushes as that department. */
  departmentCode: string | null;
  /** The kinds it may push; null for every kind its department sends. */
  recordKinds: string[] | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const isoOrNull = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export function toApiTokenView(row: Selectable<ApiTokenTable> & { owner_username: string }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    owner: row.owner_username,
    scopes: row.scopes as TokenScope[],
    departmentCode: row.department_code,
    recordKinds: row.record_kinds,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: isoOrNull(row.expires_at),
    revokedAt: isoOrNull(row.revoked_at),
    lastUsedAt: isoOrNull(row.last_used_at),
  };
}
