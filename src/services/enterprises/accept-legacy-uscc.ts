import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { isAcceptableAsLegacy, validateUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findLegacyAcceptances, insertLegacyAcceptance } from '../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { districtDateOf } from '../../domain/district-date.ts';

export interface LegacyAcceptance {
  uscc: string;
  reason: string;
  acceptedBy: string;
  acceptedAt: Date;
  /** Why the code fails validation, as validation says it. */
  failure: string;
}

/**
 * Records that an operator accepts a code that fails validation as a real legacy code (early pilot codes fail the
 * mod-31 check, DOMAIN.md §2), with who, why and when, and appends `uscc.legacy_accepted` in the same transaction.
 * Refused for a code that is valid anyway, a malformed one (wrong length or characters), an empty reason or an
 * already accepted code.
 */
export async function acceptLegacyUscc(
  db: Kysely<Database>,
  input: { uscc: string; reason: string; operator: string },
): Promise<LegacyAcceptance> {
  const validation = validateUscc(input.uscc, loadUsccAuthorities());
  const reason = input.reason.trim();
  const operator = input.operator.trim();
  if (operator === '') throw new AppError('INVALID_INPUT', '必须指明操作人');
  if (reason === '') throw new AppError('INVALID_INPUT', '认可理由不能为空：请写明为何确认该代码真实有效');
  if (validation.valid)
    throw new AppError(
      'PRECONDITION_FAILED',
      `统一社会信用代码 ${validation.normalized} 校验通过，无需作为历史代码认可`,
    );
  if (!isAcceptableAsLegacy(validation)) {
    throw new AppError(
      'INVALID_INPUT',
      `统一社会信用代码“${validation.normalized}”格式错误（${validation.reason}），不能作为历史代码认可`,
    );
  }
  return db.transaction().execute(async (trx) => {
    const existing = (await findLegacyAcceptances(trx, [validation.normalized])).get(validation.normalized);
    if (existing) {
      throw new AppError(
        'CONFLICT',
        `统一社会信用代码 ${validation.normalized} 已于 ${districtDateOf(existing.accepted_at)} 由 ${existing.accepted_by} 认可`,
      );
    }
    const row = await insertLegacyAcceptance(trx, { uscc: validation.normalized, reason, accepted_by: operator });
    await appendAuditEvent(trx, {
      actor: operator,
      action: 'uscc.legacy_accepted',
      subjectType: 'uscc',
      subjectId: validation.normalized,
      payload: { uscc: validation.normalized, reason, failure: validation.reason },
    });
    return {
      uscc: row.uscc,
      reason: row.reason,
      acceptedBy: row.accepted_by,
      acceptedAt: row.accepted_at,
      failure: validation.reason!,
    };
  });
}
