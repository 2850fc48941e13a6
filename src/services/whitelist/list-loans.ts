import { sql, type RawBuilder } from 'kysely';
import { matchEnterprise } from '../public-portal/match-enterprise.ts';
import { LOAN_STATUS_LABELS, type LoanStatus, type LoanView } from './loan.ts';
import { toIso } from './whitelist.ts';
import type { Executor } from '../../store/executor.ts';
import {
  countLoans,
  isBorrowerMatching,
  listAttributedLoans,
  type AttributedLoanRow,
} from '../../store/loan.repository.ts';

export function toLoanView(row: AttributedLoanRow): LoanView {
  return {
    id: Number(row.id),
    bank: row.username,
    bankName: row.display_name,
    bankReference: row.bank_reference,
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    amountWan: Number(row.amount_wan),
    grantedOn: row.granted_on,
    termMonths: row.term_months,
    pledgedPatentNumbers: row.pledged_patents,
    status: row.status as LoanStatus,
    statusLabel: LOAN_STATUS_LABELS[row.status as LoanStatus],
    version: row.version,
    isOnWhitelist: row.is_listed,
    whitelistGenerationId: row.generation_id === null ? null : Number(row.generation_id),
    reportedBy: row.reported_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/**
 * Loans newest first, of one bank or of every bank (resolve-bank-filter.ts), optionally of one status and matching a
 * text (part of the borrower's name, a USCC prefix, or the bank's own reference). `limit` undefined: all (the export).
 */
export async function listLoans(
  db: Executor,
  filter: {
    bankUserId?: number;
    limit?: number;
    offset?: number;
    loanIds?: number[];
    status?: LoanStatus;
    q?: string;
  } = {},
): Promise<{ total: number; items: LoanView[] }> {
  const conditions = [sql<boolean>`true`];
  if (filter.bankUserId !== undefined) conditions.push(sql<boolean>`l.bank_user_id = ${filter.bankUserId}`);
  if (filter.loanIds) conditions.push(sql<boolean>`l.id = any(${sql.val(filter.loanIds)}::bigint[])`);
  if (filter.status) conditions.push(sql<boolean>`l.status = ${filter.status}`);
  const text = filter.q?.trim() ?? '';
  if (text !== '') {
    const borrower = matchEnterprise(text, 'e')!;
    conditions.push(sql<boolean>`(l.bank_reference = ${text} or ${isBorrowerMatching(borrower)})`);
  }
  const where = sql.join(conditions, sql` and `) as RawBuilder<boolean>;
  const total = await countLoans(db, where);
  const rows = await listAttributedLoans(db, where, filter);
  return { total, items: rows.map(toLoanView) };
}
