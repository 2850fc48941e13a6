import { sql, type RawBuilder } from 'kysely';
import { matchEnterprise } from '../public-portal/match-enterprise.ts';
import { LOAN_STATUS_LABELS, type LoanStatus, type LoanView } from './loan.ts';
import { toIso } from './whitelist.ts';
import type { Executor } from '../../store/executor.ts';

/**
 * Loans with the whitelist generation in force on their grant day (the latest generation with an as-of date on or
 * before it) and whether the enterprise was on it — how a loan is counted as a conversion of the list.
 * Columns: every loan column, generation_id, is_listed.
 */
export function attributedLoansSql(
  where: RawBuilder<boolean> = sql<boolean>`true`,
): RawBuilder<Record<string, unknown>> {
  return sql`
    select l.*, g.id as generation_id, (w.enterprise_id is not null) as is_listed
    from loans l
    left join lateral (
      select wg.id from whitelist_generations wg where wg.as_of <= l.granted_on order by wg.as_of desc, wg.id desc limit 1
    ) g on true
    left join whitelist_entries w on w.generation_id = g.id and w.enterprise_id = l.enterprise_id
    where ${where}`;
}

interface LoanRow {
  id: number;
  username: string;
  display_name: string;
  bank_reference: string;
  uscc: string;
  enterprise_name: string;
  amount_wan: number;
  granted_on: string;
  term_months: number;
  pledged_patents: string[];
  status: LoanStatus;
  version: number;
  generation_id: number | null;
  is_listed: boolean;
  reported_by: string;
  created_at: Date | string;
  updated_at: Date | string;
}

export function toLoanView(row: LoanRow): LoanView {
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
    status: row.status,
    statusLabel: LOAN_STATUS_LABELS[row.status],
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
    conditions.push(
      sql<boolean>`(l.bank_reference = ${text} or exists (select 1 from enterprises e where e.id = l.enterprise_id and ${borrower}))`,
    );
  }
  const where = sql.join(conditions, sql` and `) as RawBuilder<boolean>;
  const total = await sql<{ total: number }>`select count(*) as total from loans l where ${where}`.execute(db);
  const rows = await sql<LoanRow>`
    select a.*, u.username, u.display_name, e.uscc, e.name as enterprise_name
    from (${attributedLoansSql(where)}) a
    join users u on u.id = a.bank_user_id
    join enterprises e on e.id = a.enterprise_id
    order by a.granted_on desc, a.id desc
    ${filter.limit === undefined ? sql`` : sql`limit ${filter.limit}`} offset ${filter.offset ?? 0}`.execute(db);
  return { total: Number(total.rows[0]?.total ?? 0), items: rows.rows.map(toLoanView) };
}
