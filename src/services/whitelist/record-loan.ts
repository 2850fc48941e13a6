import { sql, type Kysely, type Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { validateUscc } from '../../domain/uscc.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import type { Database } from '../../store/database.ts';
import type { Executor } from '../../store/executor.ts';
import { transitionCase } from '../../store/workflow-case.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { listLoans } from './list-loans.ts';
import { LOAN_FIELD_LABELS, LOAN_LABEL, validateLoanInput, type LoanInput, type LoanView } from './loan.ts';
import { loadWhitelistRules } from './whitelist-rules.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findEnterpriseByUscc, findEnterpriseRefById } from '../../store/enterprise.repository.ts';
import { findPatentNumbersOfEnterprise } from '../../store/record.repository.ts';

export interface LoanOutcome {
  loan: LoanView;
  /** Doubts that do not refuse the report, in Chinese (e.g. a pledged patent the platform does not know). */
  warnings: string[];
}

type LoanVersionChange = 'reported' | 'corrected' | 'withdrawn';

/**
 * A bank reports a loan it granted (双向推送, 000 §二(七); DOMAIN.md §7), under its own reference (业务编号, unique
 * per bank). Refused with every problem named by field; a report naming patents the platform has no record of for
 * the enterprise is kept, with a warning (the patent records may lag). Audited as `loan.reported`.
 */
export async function recordLoan(
  db: Kysely<Database>,
  principal: Principal,
  input: LoanInput,
  options: { today?: string } = {},
): Promise<LoanOutcome> {
  const loan = validateLoanInput(input, options.today ?? todayInDistrict());
  const enterpriseId = await findBorrower(db, loan.uscc);
  const id = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('loans')
      .values({
        bank_user_id: principal.userId,
        bank_reference: loan.bankReference,
        enterprise_id: enterpriseId,
        amount_wan: loan.amountWan,
        granted_on: loan.grantedOn,
        term_months: loan.termMonths,
        pledged_patents: loan.pledgedPatentNumbers!,
        reported_by: describeActor(principal),
      })
      .onConflict((conflict) => conflict.columns(['bank_user_id', 'bank_reference']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created) throw await duplicateReference(trx, principal.userId, loan.bankReference);
    await appendLoanVersion(trx, Number(created.id), 'reported', describeActor(principal), null);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'loan.reported',
      subjectType: 'loan',
      subjectId: String(created.id),
      payload: { bank: principal.username, ...loan },
    });
    return Number(created.id);
  });
  return { loan: await findLoanView(db, principal, id), warnings: await checkPledgedPatents(db, enterpriseId, loan) };
}

/**
 * The bank corrects its own report (a wrong amount, date, term, borrower or reference): the report gets a new
 * version, the earlier ones stay in loan_versions. A withdrawn report cannot be corrected; another bank's is not
 * found. Audited as `loan.corrected` with the values before and after.
 */
export async function correctLoan(
  db: Kysely<Database>,
  principal: Principal,
  id: number,
  input: LoanInput & { reason?: string },
  options: { today?: string } = {},
): Promise<LoanOutcome> {
  const loan = validateLoanInput(input, options.today ?? todayInDistrict());
  const current = await findOwnLoan(db, principal, id);
  if (current.status === 'withdrawn')
    throw new AppError('PRECONDITION_FAILED', `第 ${id} 号贷款报送已撤回，不能再更正；如贷款确已发放，请重新报送`);
  const enterpriseId = await findBorrower(db, loan.uscc);
  await db.transaction().execute(async (trx) => {
    if (loan.bankReference !== current.bank_reference) {
      const taken = await trx
        .selectFrom('loans')
        .select('id')
        .where('bank_user_id', '=', principal.userId)
        .where('bank_reference', '=', loan.bankReference)
        .executeTakeFirst();
      if (taken) throw await duplicateReference(trx, principal.userId, loan.bankReference);
    }
    const changes = {
      bank_reference: loan.bankReference,
      enterprise_id: enterpriseId,
      amount_wan: loan.amountWan,
      granted_on: loan.grantedOn,
      term_months: loan.termMonths,
      pledged_patents: loan.pledgedPatentNumbers!,
    };
    if (!(await transitionCase(trx, 'loans', { id, version: current.version }, changes)))
      throw caseChangedConflict(LOAN_LABEL, id);
    await appendLoanVersion(trx, id, 'corrected', describeActor(principal), input.reason?.trim() || null);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'loan.corrected',
      subjectType: 'loan',
      subjectId: String(id),
      payload: {
        bank: principal.username,
        reason: input.reason?.trim() || null,
        before: loanValues(current),
        after: loan,
      },
    });
  });
  return { loan: await findLoanView(db, principal, id), warnings: await checkPledgedPatents(db, enterpriseId, loan) };
}

export type LoanRowOf = Awaited<ReturnType<typeof findOwnLoan>>;

/** The bank's own loan by id; another bank's is reported as not found (its existence is not disclosed). */
export async function findOwnLoan(db: Executor, principal: Principal, id: number) {
  const row = await db
    .selectFrom('loans as l')
    .selectAll('l')
    .where('l.id', '=', id)
    .where('l.bank_user_id', '=', principal.userId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到本机构编号为 ${id} 的贷款报送`);
  const { uscc } = await findEnterpriseRefById(db, row.enterprise_id);
  return { ...row, uscc };
}

export function loanValues(row: LoanRowOf) {
  return {
    uscc: row.uscc,
    amountWan: Number(row.amount_wan),
    grantedOn: row.granted_on,
    termMonths: row.term_months,
    pledgedPatentNumbers: row.pledged_patents,
    bankReference: row.bank_reference,
  };
}

/** Copies the loan's current state into its history, in the caller's transaction. */
export async function appendLoanVersion(
  trx: Transaction<Database>,
  loanId: number,
  change: LoanVersionChange,
  actor: string,
  reason: string | null,
): Promise<void> {
  await sql`
    insert into loan_versions (loan_id, version, change, bank_reference, enterprise_id, amount_wan, granted_on, term_months, pledged_patents, status, reason, changed_by)
    select id, version, ${change}, bank_reference, enterprise_id, amount_wan, granted_on, term_months, pledged_patents, status, ${reason}, ${actor}
    from loans where id = ${loanId}`.execute(trx);
}

export async function findLoanView(db: Kysely<Database>, principal: Principal, id: number): Promise<LoanView> {
  const [loan] = (await listLoans(db, { bankUserId: principal.userId, loanIds: [id] })).items;
  if (!loan) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的贷款报送`);
  return loan;
}

async function findBorrower(db: Kysely<Database>, uscc: string): Promise<number> {
  const row = await findEnterpriseByUscc(db, uscc);
  if (!row) {
    const validation = validateUscc(uscc, loadUsccAuthorities());
    throw new AppError(
      'INVALID_INPUT',
      validation.valid
        ? `字段“${LOAN_FIELD_LABELS.uscc}”：统一社会信用代码“${uscc}”不在本平台企业名录中`
        : `字段“${LOAN_FIELD_LABELS.uscc}”：统一社会信用代码“${uscc}”无效：${validation.reason}`,
    );
  }
  return Number(row.id);
}

async function duplicateReference(
  trx: Transaction<Database>,
  bankUserId: number,
  reference: string,
): Promise<AppError> {
  const existing = await trx
    .selectFrom('loans')
    .select('id')
    .where('bank_user_id', '=', bankUserId)
    .where('bank_reference', '=', reference)
    .executeTakeFirst();
  return new AppError(
    'CONFLICT',
    `字段“${LOAN_FIELD_LABELS.bankReference}”：本机构已报送过业务编号为“${reference}”的贷款（第 ${existing?.id ?? '?'} 号），如需修改请更正该报送`,
  );
}

/** Pledged patents the platform has no patent record of for the borrower (any legal status). */
async function checkPledgedPatents(db: Kysely<Database>, enterpriseId: number, loan: LoanInput): Promise<string[]> {
  const numbers = loan.pledgedPatentNumbers ?? [];
  if (numbers.length === 0) return [];
  const { patents } = loadWhitelistRules();
  const known = await findPatentNumbersOfEnterprise(db, patents, enterpriseId, numbers);
  const found = new Set(known.map((number) => number.toUpperCase()));
  return numbers
    .filter((number) => !found.has(number))
    .map(
      (number) =>
        `字段“${LOAN_FIELD_LABELS.pledgedPatentNumbers}”：平台没有该企业专利号为“${number}”的专利记录，请核对（报送已保存）`,
    );
}
