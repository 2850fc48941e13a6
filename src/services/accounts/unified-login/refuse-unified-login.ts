import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { UNIFIED_LOGIN_REFUSALS, type UnifiedLoginRefusalCode } from '../../../domain/unified-login-refusals.ts';
import type { Database } from '../../../store/database.ts';
import { appendAuditEvent } from '../../audit/append-audit-event.ts';

/** A unified login that opened no session; `subject` is told to unmapped staff so an administrator can link it. */
export class UnifiedLoginRefused extends AppError {
  readonly refusal: UnifiedLoginRefusalCode;
  readonly subject: string | null;

  constructor(refusal: UnifiedLoginRefusalCode, options: { subject?: string | null; cause?: unknown } = {}) {
    super(refusal === 'not_configured' ? 'NOT_FOUND' : 'FORBIDDEN', UNIFIED_LOGIN_REFUSALS[refusal], {
      message: `unified login refused: ${refusal}`,
      cause: options.cause,
    });
    this.refusal = refusal;
    this.subject = options.subject ?? null;
  }
}

/** Records the refusal in the audit trail as a failed login (method `unified`), then throws it. */
export async function refuseUnifiedLogin(
  db: Kysely<Database>,
  refusal: UnifiedLoginRefusalCode,
  who: { actor: string; subject?: string | null; uscc?: string | null; ip?: string; cause?: unknown },
): Promise<never> {
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: who.actor.slice(0, 64),
      action: 'auth.login_failed',
      subjectType: 'user',
      subjectId: '',
      payload: {
        reason: refusal,
        method: 'unified',
        subject: who.subject ?? null,
        uscc: who.uscc ?? null,
        ip: who.ip ?? null,
      },
    }),
  );
  throw new UnifiedLoginRefused(refusal, { subject: who.subject, cause: who.cause });
}
