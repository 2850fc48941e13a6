import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import type { Database } from '../../store/database.ts';
import {
  listBankNames,
  listVisibleMatchRows,
  updateMatch,
  type BankMatchRow,
} from '../../store/financing.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { recordLoan } from '../whitelist/record-loan.ts';
import { toIso } from '../whitelist/whitelist.ts';
import { loadFinancingProducts } from './financing-products.ts';
import { labelled, toMatchView, type LabelledCode, type MatchView } from './financing-need.ts';

/**
 * The bank's side of 融资对接: the needs matched to its products (only open needs whose enterprise consents, only its
 * own products), its answer (有意向, or 不予受理 with a reason told to the enterprise) and the outcome it reports — a
 * granted loan goes through the platform's one loan report (record-loan.ts, 双向推送 000 §二（七）), a refusal with
 * its reason. Officials read every bank's.
 */

const MATCH_LABEL = '融资对接';

export interface BankMatchView extends MatchView {
  needId: number;
  uscc: string;
  enterpriseName: string;
  amountWan: number;
  termMonths: number;
  purpose: string;
  collaterals: LabelledCode[];
  grade: string | null;
  inventionPatents: number;
  tiers: LabelledCode[];
  publishedAt: string;
}

async function viewsOf(db: Kysely<Database>, rows: BankMatchRow[]): Promise<BankMatchView[]> {
  const catalog = loadFinancingProducts();
  const bankNames = await listBankNames(db);
  return rows.map((row) => ({
    ...toMatchView(row, catalog, bankNames),
    needId: Number(row.need_id),
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    amountWan: Number(row.amount_wan),
    termMonths: row.term_months,
    purpose: row.purpose,
    collaterals: labelled(row.collaterals, catalog.collateralLabels),
    grade: row.grade,
    inventionPatents: row.invention_patents,
    tiers: labelled(row.tiers, catalog.tierLabels),
    publishedAt: toIso(row.published_on),
  }));
}

const bankOf = (principal: Principal) => (principal.role === 'bank' ? principal.username : undefined);

/** A bank's matched needs, newest first; officials every bank's. */
export async function listBankMatches(
  db: Kysely<Database>,
  principal: Principal,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: BankMatchView[] }> {
  const { total, rows } = await listVisibleMatchRows(db, { bank: bankOf(principal), ...page });
  return { total, items: await viewsOf(db, rows) };
}

/** The bank's own visible match; another bank's, or one the enterprise no longer shares, is not found. */
async function findOwnMatch(db: Kysely<Database>, principal: Principal, id: number): Promise<BankMatchView> {
  const { rows } = await listVisibleMatchRows(db, { bank: principal.username, matchIds: [id], limit: 1, offset: 0 });
  const [view] = await viewsOf(db, rows);
  if (!view) throw new AppError('NOT_FOUND', `未找到推送给本机构的第 ${id} 号融资对接`);
  return view;
}

/** The bank answers a pending match: interested, or declined with a reason. Audited. */
export async function answerMatch(
  db: Kysely<Database>,
  principal: Principal,
  input: { id: number; answer: 'interested' | 'declined'; reason?: string; version?: number },
): Promise<BankMatchView> {
  const reason = input.reason?.trim() || null;
  if (input.answer === 'declined' && !reason)
    throw new AppError('INVALID_INPUT', '字段“不予受理理由”：不予受理须说明理由，理由将告知企业');
  const current = await findOwnMatch(db, principal, input.id);
  if (current.answer !== 'pending')
    throw new AppError(
      'PRECONDITION_FAILED',
      `第 ${input.id} 号融资对接已回应（${current.answerLabel}），不能再次回应`,
    );
  const version = input.version ?? current.version;
  await db.transaction().execute(async (trx) => {
    const changes = { answer: input.answer, answer_reason: reason, answered_by: describeActor(principal) };
    if (!(await updateMatch(trx, { id: input.id, version }, changes, 'answered_at')))
      throw caseChangedConflict(MATCH_LABEL, input.id);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'financing.match_answered',
      subjectType: 'financing_match',
      subjectId: String(input.id),
      payload: { needId: current.needId, product: current.productCode, answer: input.answer, reason },
    });
  });
  return findOwnMatch(db, principal, input.id);
}

export interface OutcomeInput {
  id: number;
  outcome: 'granted' | 'refused';
  version?: number;
  /** Refused: why. */
  reason?: string;
  /** Granted: the loan as the bank reports it (record-loan.ts). */
  amountWan?: number;
  grantedOn?: string;
  termMonths?: number;
  bankReference?: string;
  pledgedPatentNumbers?: string[];
}

/**
 * The bank reports the outcome of a match it was interested in. Granted: the loan is reported through the one loan
 * path (validated, audited `loan.reported`, counted in the whitelist's conversion) and the match keeps its number;
 * refused: with a reason. Audited. Returns the match and the loan report's warnings.
 */
export async function reportMatchOutcome(
  db: Kysely<Database>,
  principal: Principal,
  input: OutcomeInput,
  options: { today?: string } = {},
): Promise<{ match: BankMatchView; warnings: string[] }> {
  const current = await findOwnMatch(db, principal, input.id);
  if (current.answer !== 'interested')
    throw new AppError('PRECONDITION_FAILED', `第 ${input.id} 号融资对接尚未表示有意向，请先回应再反馈结果`);
  if (current.outcome !== null)
    throw new AppError('PRECONDITION_FAILED', `第 ${input.id} 号融资对接已反馈结果（${current.outcomeLabel}）`);
  if (input.version !== undefined && input.version !== current.version)
    throw caseChangedConflict(MATCH_LABEL, input.id);
  const reason = input.reason?.trim() || null;
  let warnings: string[] = [];
  let loan: { id: number; amountWan: number; grantedOn: string } | null = null;
  if (input.outcome === 'refused') {
    if (!reason) throw new AppError('INVALID_INPUT', '字段“未放款原因”：未放款须说明原因，原因将告知企业');
  } else {
    const outcome = await recordLoan(
      db,
      principal,
      {
        uscc: current.uscc,
        amountWan: input.amountWan as number,
        grantedOn: input.grantedOn as string,
        termMonths: input.termMonths ?? current.termMonths,
        bankReference: input.bankReference as string,
        pledgedPatentNumbers: input.pledgedPatentNumbers ?? [],
      },
      options,
    );
    warnings = outcome.warnings;
    loan = outcome.loan;
  }
  await db.transaction().execute(async (trx) => {
    const changes = {
      outcome: input.outcome,
      outcome_reason: reason,
      loan_id: loan?.id ?? null,
      granted_amount_wan: loan?.amountWan ?? null,
      granted_on: loan?.grantedOn ?? null,
      reported_by: describeActor(principal),
    };
    // The loan is already reported on its own: a lost race leaves it, to be withdrawn by the bank (withdraw-loan.ts).
    if (!(await updateMatch(trx, { id: input.id, version: current.version }, changes, 'reported_at')))
      throw caseChangedConflict(MATCH_LABEL, input.id);
    await appendAuditEvent(trx, {
      actor: describeActor(principal),
      action: 'financing.outcome_reported',
      subjectType: 'financing_match',
      subjectId: String(input.id),
      payload: { needId: current.needId, product: current.productCode, outcome: input.outcome, reason, loan },
    });
  });
  return { match: await findOwnMatch(db, principal, input.id), warnings };
}
