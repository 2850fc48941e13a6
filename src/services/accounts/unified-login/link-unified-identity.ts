import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import type { Database } from '../../../store/database.ts';
import { appendAuditEvent } from '../../audit/append-audit-event.ts';

export interface UnifiedIdentityView {
  userId: number;
  kind: 'enterprise' | 'staff';
  /** staff: the identity service's subject; enterprise: its 统一社会信用代码. */
  subject: string;
  linkedBy: string;
  createdAt: string;
}

/** Every unified identity linked to an account of this platform, for the 系统管理员's account page. */
export async function listUnifiedIdentities(db: Kysely<Database>, issuer: string): Promise<UnifiedIdentityView[]> {
  const rows = await db
    .selectFrom('unified_identities')
    .select(['user_id', 'kind', 'subject', 'linked_by', 'created_at'])
    .where('issuer', '=', issuer)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    userId: row.user_id,
    kind: row.kind,
    subject: row.subject,
    linkedBy: row.linked_by,
    createdAt: new Date(row.created_at).toISOString(),
  }));
}

/**
 * Links (or, with `subject` null, unlinks) a member of staff's government account — the identity service's subject —
 * to a local account, whose role decides what the person may do. Enterprise accounts are linked by their own consent
 * (consent-to-unified-login.ts), never here. One subject opens one account, and an account has at most one subject.
 */
export async function linkUnifiedIdentity(
  db: Kysely<Database>,
  actor: string,
  input: { issuer: string; userId: number; subject: string | null },
): Promise<UnifiedIdentityView | null> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select(['id', 'role']).where('id', '=', input.userId).executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND', '账号不存在');
    if (user.role === 'enterprise')
      throw new AppError(
        'INVALID_INPUT',
        '企业用户账号由企业首次统一身份认证登录并授权后按统一社会信用代码关联，不能在此关联',
      );
    const current = await trx
      .selectFrom('unified_identities')
      .selectAll()
      .where('issuer', '=', input.issuer)
      .where('kind', '=', 'staff')
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    if (input.subject !== null) {
      const taken = await trx
        .selectFrom('unified_identities')
        .select('user_id')
        .where('issuer', '=', input.issuer)
        .where('kind', '=', 'staff')
        .where('subject', '=', input.subject)
        .executeTakeFirst();
      if (taken && taken.user_id !== user.id)
        throw new AppError('CONFLICT', `字段 subject：统一身份标识“${input.subject}”已关联其他账号`);
      if (taken) return toView(current ?? null);
    }
    if (current) await trx.deleteFrom('unified_identities').where('id', '=', current.id).execute();
    const linked =
      input.subject === null
        ? null
        : await trx
            .insertInto('unified_identities')
            .values({ issuer: input.issuer, kind: 'staff', subject: input.subject, user_id: user.id, linked_by: actor })
            .returningAll()
            .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor,
      action: linked ? 'user.unified_identity_linked' : 'user.unified_identity_unlinked',
      subjectType: 'user',
      subjectId: String(user.id),
      payload: { issuer: input.issuer, subject: input.subject, previousSubject: current?.subject ?? null },
    });
    return toView(linked);
  });
}

function toView(
  row: {
    user_id: number;
    kind: 'enterprise' | 'staff';
    subject: string;
    linked_by: string;
    created_at: Date | string;
  } | null,
): UnifiedIdentityView | null {
  if (!row) return null;
  return {
    userId: row.user_id,
    kind: row.kind,
    subject: row.subject,
    linkedBy: row.linked_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
