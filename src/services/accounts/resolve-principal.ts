import type { Kysely } from 'kysely';
import { TOKEN_SCOPES, type Principal, type TokenScope } from '../../domain/principal.ts';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { loadAccountSecurityPolicy } from './account-security-policy.ts';
import { mustChangePassword } from './must-change-password.ts';
import { hashSecret } from './secret-token.ts';

export interface Credentials {
  /** The session cookie's value. */
  sessionToken?: string;
  /** The secret of `Authorization: Bearer …`; wins over the cookie when both are sent. */
  bearerToken?: string;
}

/** Who the request is, or why the credentials it sent do not count (shown when the route needs a login). */
export type Resolution = { principal: Principal; problem?: undefined } | { principal: null; problem?: string };

// last_used_at and a session's last_seen_at are written at most once a minute, so reads do not each turn into writes;
// the idle timeout is therefore exact to a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

export async function resolvePrincipal(db: Kysely<Database>, credentials: Credentials): Promise<Resolution> {
  if (credentials.bearerToken) return resolveApiToken(db, credentials.bearerToken);
  if (credentials.sessionToken) return resolveSession(db, credentials.sessionToken);
  return { principal: null };
}

async function resolveSession(db: Kysely<Database>, token: string): Promise<Resolution> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.expires_at',
      'sessions.revoked_at',
      'sessions.last_seen_at',
      'users.must_change_password',
      'users.password_expires_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.department_code',
      'users.uscc',
      'users.disabled',
    ])
    .where('sessions.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.revoked_at) return { principal: null, problem: '登录已失效，请重新登录' };
  const now = Date.now();
  if (new Date(row.expires_at).getTime() <= now) return { principal: null, problem: '登录已过期，请重新登录' };
  // GB/T 22239-2019 8.1.4.1 b) 登录连接超时自动退出: idle longer than the policy allows ends the session.
  const idleMs = now - new Date(row.last_seen_at).getTime();
  if (idleMs > loadAccountSecurityPolicy().sessionIdleMinutes * 60_000)
    return { principal: null, problem: '长时间未操作，登录已失效，请重新登录' };
  if (row.disabled) return { principal: null, problem: '账号已停用，请联系平台管理员' };
  if (idleMs > LAST_USED_RESOLUTION_MS)
    await db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(now) })
      .where('id', '=', row.session_id)
      .execute();
  return {
    principal: { ...toPrincipal(row, 'session', null, TOKEN_SCOPES), mustChangePassword: mustChangePassword(row, now) },
  };
}

async function resolveApiToken(db: Kysely<Database>, secret: string): Promise<Resolution> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.scopes',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'api_tokens.last_used_at',
      'api_tokens.department_code as token_department_code',
      'api_tokens.record_kinds',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.department_code',
      'users.uscc',
      'users.disabled',
    ])
    .where('api_tokens.token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at) return { principal: null, problem: 'API 令牌无效或已吊销' };
  if (row.expires_at && new Date(row.expires_at).getTime() <= Date.now())
    return { principal: null, problem: 'API 令牌已过期' };
  if (row.disabled) return { principal: null, problem: '令牌所属账号已停用，请联系平台管理员' };
  if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_RESOLUTION_MS) {
    await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.token_id).execute();
  }
  const scopes = row.scopes.filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope));
  const principal = toPrincipal(row, 'token', row.token_id, scopes);
  // A department token acts as that department's operator and nothing more, even when an administrator created it
  // for the department: it pushes and reads the department's records, never the owner's other powers.
  if (row.token_department_code === null) return { principal };
  return {
    principal: {
      ...principal,
      role: 'department_operator',
      departmentCode: row.token_department_code,
      ...(row.record_kinds ? { recordKinds: row.record_kinds } : {}),
    },
  };
}

function toPrincipal(
  row: {
    id: number;
    username: string;
    display_name: string;
    role: string;
    department_code: string | null;
    uscc: string | null;
  },
  via: Principal['via'],
  tokenId: number | null,
  scopes: readonly TokenScope[],
): Principal {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    departmentCode: row.department_code,
    uscc: row.uscc,
    via,
    tokenId,
    scopes,
  };
}
