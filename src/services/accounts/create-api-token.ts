import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal, type TokenScope } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { generateSecret, hashSecret } from './secret-token.ts';
import { toApiTokenView, type ApiTokenView } from './api-token-view.ts';

export interface NewApiToken {
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | null;
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
        expiresAt: row.expires_at ? new Date(row.expires_at).toISOString() : null,
      },
    });
    return { ...toApiTokenView({ ...row, owner_username: owner.username }), token };
  });
}
