import { AppError } from '../../domain/app-error.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { isAcceptableAsLegacy, normalizeUscc, validateUscc } from '../../domain/uscc.ts';

/** A loan a bank reports back (双向推送, 000 §二(七); DOMAIN.md §7: banks report loans granted). */
export interface LoanInput {
  uscc: string;
  /** 万元, > 0, at most two decimals. */
  amountWan: number;
  /** YYYY-MM-DD, not after today. */
  grantedOn: string;
  termMonths: number;
  /** Patents pledged for the loan (专利号), optional. */
  pledgedPatentNumbers?: string[];
  /** The bank's own reference (业务编号), unique per bank. */
  bankReference: string;
}

/**
 * The fields of a loan report by the names the bank's form shows them under, for messages that say which field is
 * wrong (“字段“放款日期”：…”).
 */
export const LOAN_FIELD_LABELS = {
  uscc: '借款企业统一社会信用代码',
  amountWan: '贷款金额（万元）',
  grantedOn: '放款日期',
  termMonths: '贷款期限（月）',
  bankReference: '本机构业务编号',
  pledgedPatentNumbers: '质押专利号',
} as const;

/** A loan report as the bank reads it in messages. */
export const LOAN_LABEL = '贷款报送';

export const LOAN_STATUSES = ['active', 'withdrawn'] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];
export const LOAN_STATUS_LABELS: Record<LoanStatus, string> = { active: '有效', withdrawn: '已撤回' };

export interface LoanView {
  id: number;
  bank: string;
  bankName: string;
  bankReference: string;
  uscc: string;
  enterpriseName: string;
  amountWan: number;
  grantedOn: string;
  termMonths: number;
  pledgedPatentNumbers: string[];
  status: LoanStatus;
  statusLabel: string;
  version: number;
  /** Whether the enterprise was on the whitelist in force on the day the loan was granted. */
  isOnWhitelist: boolean;
  whitelistGenerationId: number | null;
  reportedBy: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Operational bounds, not regulation: a term beyond 30 years or an amount beyond 一万亿元 is a typing error.
 * (An IP-pledge loan is usually 1–3 years; the bound only catches mistakes.)
 */
const MAX_TERM_MONTHS = 360;
const MAX_AMOUNT_WAN = 100_000_000;
const MAX_REFERENCE_LENGTH = 64;
const MAX_PLEDGED_PATENTS = 100;

/** Validates a report; every problem names its field, all are reported at once. */
export function validateLoanInput(input: LoanInput, today: string): LoanInput {
  const problems: string[] = [];
  const uscc = normalizeUscc(String(input.uscc ?? ''));
  if (uscc === '') problems.push(`字段“${LOAN_FIELD_LABELS.uscc}”：请填写借款企业的统一社会信用代码`);
  else {
    // Only a malformed code is refused here: a registered legacy code (accepted by an operator) fails the check digit.
    const validation = validateUscc(uscc, loadUsccAuthorities());
    if (!validation.valid && !isAcceptableAsLegacy(validation))
      problems.push(`字段“${LOAN_FIELD_LABELS.uscc}”：统一社会信用代码“${uscc}”无效：${validation.reason}`);
  }
  const amount = Number(input.amountWan);
  if (!Number.isFinite(amount) || amount <= 0)
    problems.push(`字段“${LOAN_FIELD_LABELS.amountWan}”：贷款金额（万元）应大于 0，实际为“${input.amountWan}”`);
  else if (Math.round(amount * 100) / 100 !== amount)
    problems.push(`字段“${LOAN_FIELD_LABELS.amountWan}”：贷款金额（万元）最多保留两位小数，实际为“${input.amountWan}”`);
  else if (amount > MAX_AMOUNT_WAN)
    problems.push(
      `字段“${LOAN_FIELD_LABELS.amountWan}”：贷款金额 ${amount} 万元超出上限 ${MAX_AMOUNT_WAN} 万元，请核对单位（万元）`,
    );
  if (!isIsoDate(input.grantedOn))
    problems.push(
      `字段“${LOAN_FIELD_LABELS.grantedOn}”：放款日期应为 YYYY-MM-DD 格式的有效日期，实际为“${input.grantedOn}”`,
    );
  else if (input.grantedOn > today)
    problems.push(
      `字段“${LOAN_FIELD_LABELS.grantedOn}”：放款日期 ${input.grantedOn} 晚于今天（${today}），只能报送已发放的贷款`,
    );
  if (!Number.isInteger(input.termMonths) || input.termMonths < 1 || input.termMonths > MAX_TERM_MONTHS)
    problems.push(
      `字段“${LOAN_FIELD_LABELS.termMonths}”：贷款期限（月）应为 1–${MAX_TERM_MONTHS} 的整数，实际为“${input.termMonths}”`,
    );
  const reference = String(input.bankReference ?? '').trim();
  if (reference === '') problems.push(`字段“${LOAN_FIELD_LABELS.bankReference}”：请填写本机构的贷款业务编号`);
  else if (reference.length > MAX_REFERENCE_LENGTH)
    problems.push(`字段“${LOAN_FIELD_LABELS.bankReference}”：业务编号不能超过 ${MAX_REFERENCE_LENGTH} 个字符`);
  const pledged = [...new Set((input.pledgedPatentNumbers ?? []).map((number) => String(number).trim().toUpperCase()))];
  if (pledged.some((number) => number === ''))
    problems.push(`字段“${LOAN_FIELD_LABELS.pledgedPatentNumbers}”：专利号不能为空`);
  if (pledged.length > MAX_PLEDGED_PATENTS)
    problems.push(`字段“${LOAN_FIELD_LABELS.pledgedPatentNumbers}”：质押专利最多 ${MAX_PLEDGED_PATENTS} 件`);
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join('；'));
  return {
    uscc,
    amountWan: amount,
    grantedOn: input.grantedOn,
    termMonths: input.termMonths,
    pledgedPatentNumbers: pledged.filter((number) => number !== ''),
    bankReference: reference,
  };
}
