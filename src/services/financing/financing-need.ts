import { AppError } from '../../domain/app-error.ts';
import type { FinancingCatalog } from './financing-products.ts';
import type { MatchCheck } from './match-products.ts';
import type { MatchRow, NeedRow } from '../../store/financing.repository.ts';
import { toIso } from '../whitelist/whitelist.ts';

/** What an enterprise asks for (融资需求). */
export interface NeedInput {
  /** 万元, > 0, at most two decimals. */
  amountWan: number;
  termMonths: number;
  purpose: string;
  /** Codes of catalog/financing-products.yaml `collaterals`. */
  collaterals: string[];
  /** Consent to share its credit (grade, tiers, patents) with the banks whose products the need matches. */
  hasConsent: boolean;
}

export const NEED_FIELD_LABELS = {
  amountWan: '融资金额（万元）',
  termMonths: '融资期限（月）',
  purpose: '资金用途',
  collaterals: '担保方式',
} as const;

export const NEED_STATES = ['open', 'withdrawn'] as const;
export type NeedState = (typeof NEED_STATES)[number];
const NEED_STATE_LABELS: Record<NeedState, string> = { open: '对接中', withdrawn: '已撤回' };

export const MATCH_ANSWERS = ['pending', 'interested', 'declined'] as const;
export type MatchAnswer = (typeof MATCH_ANSWERS)[number];
export const MATCH_ANSWER_LABELS: Record<MatchAnswer, string> = {
  pending: '待回应',
  interested: '有意向',
  declined: '不予受理',
};
export const MATCH_OUTCOMES = ['granted', 'refused'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];
export const MATCH_OUTCOME_LABELS: Record<MatchOutcome, string> = { granted: '已放款', refused: '未放款' };

/** Operational bounds, not regulation: they catch typing errors (a term beyond 30 years, an amount in 元). */
const MAX_AMOUNT_WAN = 1_000_000;
const MAX_TERM_MONTHS = 360;
const MAX_PURPOSE_LENGTH = 500;

/** Validates a need; every problem names its field, all are reported at once. */
export function validateNeedInput(input: NeedInput, catalog: FinancingCatalog): NeedInput {
  const problems: string[] = [];
  const amount = Number(input.amountWan);
  if (!Number.isFinite(amount) || amount <= 0) problems.push(`字段“${NEED_FIELD_LABELS.amountWan}”：融资金额应大于 0`);
  else if (Math.round(amount * 100) / 100 !== amount)
    problems.push(`字段“${NEED_FIELD_LABELS.amountWan}”：最多保留两位小数`);
  else if (amount > MAX_AMOUNT_WAN)
    problems.push(`字段“${NEED_FIELD_LABELS.amountWan}”：超出上限 ${MAX_AMOUNT_WAN} 万元，请核对单位（万元）`);
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS)
    problems.push(`字段“${NEED_FIELD_LABELS.termMonths}”：应为 1–${MAX_TERM_MONTHS} 的整数`);
  const purpose = String(input.purpose ?? '').trim();
  if (purpose === '') problems.push(`字段“${NEED_FIELD_LABELS.purpose}”：请填写资金用途`);
  else if (purpose.length > MAX_PURPOSE_LENGTH)
    problems.push(`字段“${NEED_FIELD_LABELS.purpose}”：不能超过 ${MAX_PURPOSE_LENGTH} 个字`);
  const collaterals = [...new Set(input.collaterals ?? [])];
  for (const code of collaterals)
    if (!catalog.collateralLabels.has(code))
      problems.push(`字段“${NEED_FIELD_LABELS.collaterals}”：未知的担保方式“${code}”`);
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join('；'));
  return { amountWan: amount, termMonths: input.termMonths, purpose, collaterals, hasConsent: input.hasConsent };
}

export interface LabelledCode {
  code: string;
  label: string;
}

export interface MatchView {
  id: number;
  productCode: string;
  productName: string;
  kindLabel: string;
  bank: string;
  bankName: string;
  isEligible: boolean;
  checks: MatchCheck[];
  answer: MatchAnswer;
  answerLabel: string;
  answerReason: string | null;
  outcome: MatchOutcome | null;
  outcomeLabel: string | null;
  outcomeReason: string | null;
  grantedAmountWan: number | null;
  grantedOn: string | null;
  loanId: number | null;
  version: number;
}

export interface NeedView {
  id: number;
  uscc: string;
  enterpriseName: string;
  amountWan: number;
  termMonths: number;
  purpose: string;
  collaterals: LabelledCode[];
  hasConsent: boolean;
  state: NeedState;
  stateLabel: string;
  grade: string | null;
  inventionPatents: number;
  tiers: LabelledCode[];
  publishedAt: string;
  version: number;
  matches: MatchView[];
}

export function labelled(codes: readonly string[], labels: Map<string, string>): LabelledCode[] {
  return codes.map((code) => ({ code, label: labels.get(code) ?? code }));
}

export function toMatchView(row: MatchRow, catalog: FinancingCatalog, bankNames: Map<string, string>): MatchView {
  const product = catalog.products.find((item) => item.code === row.product_code);
  return {
    id: Number(row.id),
    productCode: row.product_code,
    productName: product?.name ?? row.product_code,
    kindLabel: product?.kindLabel ?? '',
    bank: row.bank,
    bankName: bankNames.get(row.bank.toLowerCase()) ?? row.bank,
    isEligible: row.is_eligible,
    checks: row.checks as MatchCheck[],
    answer: row.answer,
    answerLabel: MATCH_ANSWER_LABELS[row.answer],
    answerReason: row.answer_reason,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? MATCH_OUTCOME_LABELS[row.outcome] : null,
    outcomeReason: row.outcome_reason,
    grantedAmountWan: row.granted_amount_wan === null ? null : Number(row.granted_amount_wan),
    grantedOn: row.granted_on,
    loanId: row.loan_id === null ? null : Number(row.loan_id),
    version: row.version,
  };
}

export function toNeedView(row: NeedRow, matches: MatchView[], catalog: FinancingCatalog): NeedView {
  return {
    id: Number(row.id),
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    amountWan: Number(row.amount_wan),
    termMonths: row.term_months,
    purpose: row.purpose,
    collaterals: labelled(row.collaterals, catalog.collateralLabels),
    hasConsent: row.has_consent,
    state: row.state,
    stateLabel: NEED_STATE_LABELS[row.state],
    grade: row.grade,
    inventionPatents: row.invention_patents,
    tiers: labelled(row.tiers, catalog.tierLabels),
    publishedAt: toIso(row.created_at),
    version: row.version,
    matches,
  };
}
