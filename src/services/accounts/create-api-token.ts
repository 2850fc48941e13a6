import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal, type TokenScope } from '../../domain/principal.ts';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { resolveKind } from '../import/map-headers.ts';
import { resolveDepartment } from '../import/open-import-pipeline.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { generateSecret, hashSecret } from './secret-token.ts';
import { toApiTokenView, type ApiTokenView } from './api-token-view.ts';

export interface NewApiToken {
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | null;
  /** The department whose system the token is for; a department operator's tokens are always its own department's. */
  departmentCode?: string | null;
  /** Kind codes or labels the token may push (absent: every kind the department sends). */
  recordKinds?: string[] | null;
}

/**
 * The department and kinds a new token is scoped to. A department operator's token is its department's; an
 * administrator may create a token for a department (its system then pushes as that department, nothing more); other
 * accounts' tokens have no department. Each kind must be one the department sends (catalog/record-kinds.yaml).
 */
function resolveTokenScope(
  owner: Principal,
  input: NewApiToken,
): { departmentCode: string | null; kinds: string[] | null } {
  const wanted = input.departmentCode?.trim() || null;
  let departmentCode: string | null = null;
  if (owner.role === 'department_operator') {
    const own = owner.departmentCode;
    if (wanted && own && resolveDepartment(wanted).code !== own)
      throw new AppError('FORBIDDEN', '部门账号只能为本部门创建令牌');
    departmentCode = own;
  } else if (wanted) {
    if (owner.role !== 'admin') throw new AppError('FORBIDDEN', '只有平台管理员可以为部门创建令牌');
    departmentCode = resolveDepartment(wanted).code;
  }
  if (!input.recordKinds || input.recordKinds.length === 0) return { departmentCode, kinds: null };
  if (!departmentCode)
    throw new AppError('INVALID_INPUT', '字段 recordKinds：限定记录类别的令牌必须属于一个部门（departmentCode）');
  const catalog = loadCatalog();
  const department = catalog.department(departmentCode)!;
  const kinds = input.recordKinds.map((codeOrLabel) => {
    const kind = resolveKind(catalog, codeOrLabel);
    if (!kind.departments.includes(departmentCode))
      throw new AppError('INVALID_INPUT', `字段 recordKinds：${department.name}不是“${kind.label}”的报送单位`);
    return kind.code;
  });
  return { departmentCode, kinds: [...new Set(kinds)] };
}

/** Prefix of every API token: tells a leaked secret apart in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'xpt_';

/**
 * Creates a token acting as `owner`. The secret is returned here once and never again: only its hash is kept.
 * Tokens are for machines (a department's system pushing records, a bank's system pulling lists).
 */
export async function createApiToken(
  db: Kysely<Database>,
  owner: Principal,
  input: NewApiToken,
): Promise<ApiTokenView & { token: string }> {
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now())
    throw new AppError('INVALID_INPUT', '字段 expiresAt：过期时间必须晚于现在');
  const scope = resolveTokenScope(owner, input);
  const token = generateSecret(API_TOKEN_PREFIX);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_tokens')
      .values({
        name: input.name,
        token_hash: hashSecret(token),
        token_prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        user_id: owner.userId,
        scopes: [...new Set(input.scopes)],
        expires_at: input.expiresAt ?? null,
        revoked_at: null,
        last_used_at: null,
        department_code: scope.departmentCode,
        record_kinds: scope.kinds,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: describeActor(owner),
      action: 'token.created',
      subjectType: 'api_token',
      subjectId: String(row.id),
      payload: {
        name: row.name,
        owner: owner.username,
        scopes: row.scopes,
        departmentCode: row.department_code,
        recordKinds: row.record_kinds,
        expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
      },
    });
    return { ...toApiTokenView({ ...row, owner_username: owner.username }), token };
  });
}
