import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import type { Database } from '../../store/database.ts';
import { transitionCase } from '../../store/workflow-case.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { LOAN_LABEL, type LoanView } from './loan.ts';
import { appendLoanVersion, findLoanView, findOwnLoan, loanValues } from './record-loan.ts';

/**
 * The bank withdraws its own report (reported by mistake, or the loan was never drawn): the report stays, with
 * status withdrawn and a new version, and no longer counts in the conversion statistics. Audited as `loan.withdrawn`.
 */
export async function withdrawLoan(
  db: Kysely<Database>,
  principal: Principal,
  id: number,
  reason: string,
): Promise<LoanView> {
  const why = reason.trim();
  if (why === '') throw new AppError('INVALID_INPUT', '字段“撤回原因”：请填写撤回原因');
  const current = await findOwnLoan(db, principal, id);
  if (current.status === 'withdrawn') throw new AppError('PRECONDITION_FAILED', `第 ${id} 号贷款报送已经撤回`);
  await db.transaction().execute(async (trx) => {
    if (!(await transitionCase(trx, 'loans', { id, version: current.version }, { status: 'withdrawn' })))
      throw caseChangedConflict(LOAN_LABEL, id);
    await appendLoanVersion(trx, id, 'withdrawn', describeActor(principal), why);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'loan.withdrawn',
      subjectType: 'loan',
      subjectId: String(id),
      payload: { bank: principal.username, reason: why, loan: loanValues(current) },
    });
  });
  return findLoanView(db, principal, id);
}
