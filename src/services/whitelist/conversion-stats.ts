import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { attributedLoansSql } from '../../store/loan.repository.ts';
import { TRIGGER_LABELS, type GenerationTrigger } from './whitelist.ts';

export interface GenerationStat {
  generationId: number;
  asOf: string;
  triggerLabel: string;
  /** null: all banks together. */
  bank: string | null;
  bankName: string | null;
  /** Enterprises on the list as pushed to the bank (the whole list for the all-banks row; 0 when not a recipient). */
  listed: number;
  /** Listed enterprises that got a loan while this list was in force. */
  enterprisesWithLoan: number;
  loans: number;
  amountWan: number;
  /** enterprisesWithLoan / listed, four decimals; null when nothing was listed. */
  conversionRate: number | null;
}

export interface MonthStat {
  month: string;
  bank: string | null;
  bankName: string | null;
  loans: number;
  enterprises: number;
  amountWan: number;
  /** Of which to enterprises on the whitelist in force on the grant day. */
  listedLoans: number;
  listedAmountWan: number;
}

export interface ConversionStats {
  generations: GenerationStat[];
  months: MonthStat[];
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const money = (value: unknown) => Math.round(Number(value ?? 0) * 100) / 100;

/**
 * How the whitelist converts into loans (DOMAIN.md §7), from the banks' active (not withdrawn) reports: per generation
 * and bank — listed enterprises, listed enterprises with a loan granted while that generation was in force, loans,
 * amount, conversion rate — and per month and bank. Every bank plus an all-banks row, or one bank's rows only
 * (a bank asking: resolve-bank-filter.ts). Two grouped statements (grouping sets give the all-banks rows).
 */
export async function computeConversionStats(
  db: Kysely<Database>,
  filter: { bankUserId?: number } = {},
): Promise<ConversionStats> {
  const isBank = filter.bankUserId !== undefined;
  const active = isBank
    ? sql<boolean>`l.status = 'active' and l.bank_user_id = ${filter.bankUserId}`
    : sql<boolean>`l.status = 'active'`;
  const banks = new Map(
    (await db.selectFrom('users').select(['id', 'username', 'display_name']).where('role', '=', 'bank').execute()).map(
      (row) => [Number(row.id), { username: row.username, name: row.display_name }],
    ),
  );

  const generations = await db
    .selectFrom('whitelist_generations')
    .select(['id', 'as_of', 'trigger', 'listed'])
    .orderBy('as_of', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const recipients = await db
    .selectFrom('whitelist_recipients')
    .select(['generation_id', 'recipient_user_id'])
    .execute();
  const converted = await sql<{
    generation_id: number;
    bank_user_id: number | null;
    loans: number;
    enterprises: number;
    amount: number | null;
  }>`
    select a.generation_id, a.bank_user_id, count(*) as loans, count(distinct a.enterprise_id) as enterprises, sum(a.amount_wan) as amount
    from (${attributedLoansSql(active)}) a
    where a.is_listed
    group by grouping sets ((a.generation_id, a.bank_user_id), (a.generation_id))`.execute(db);
  const convertedOf = (generationId: number, bankUserId: number | null) =>
    converted.rows.find(
      (row) =>
        Number(row.generation_id) === generationId &&
        (row.bank_user_id === null ? null : Number(row.bank_user_id)) === bankUserId,
    );

  const generationStats: GenerationStat[] = [];
  for (const generation of generations) {
    const id = Number(generation.id);
    const recipientIds = new Set(
      recipients.filter((row) => Number(row.generation_id) === id).map((row) => Number(row.recipient_user_id)),
    );
    const lenderIds = converted.rows
      .filter((row) => Number(row.generation_id) === id && row.bank_user_id !== null)
      .map((row) => Number(row.bank_user_id));
    const bankIds = [...new Set([...recipientIds, ...lenderIds])]
      .filter((bankId) => !isBank || bankId === filter.bankUserId)
      .sort((a, b) => a - b);
    const row = (bankId: number | null, listed: number): GenerationStat => {
      const loans = convertedOf(id, bankId);
      const enterprisesWithLoan = Number(loans?.enterprises ?? 0);
      return {
        generationId: id,
        asOf: generation.as_of,
        triggerLabel: TRIGGER_LABELS[generation.trigger as GenerationTrigger],
        bank: bankId === null ? null : (banks.get(bankId)?.username ?? String(bankId)),
        bankName: bankId === null ? null : (banks.get(bankId)?.name ?? null),
        listed,
        enterprisesWithLoan,
        loans: Number(loans?.loans ?? 0),
        amountWan: money(loans?.amount),
        conversionRate: rate(enterprisesWithLoan, listed),
      };
    };
    if (!isBank) generationStats.push(row(null, generation.listed));
    for (const bankId of bankIds) generationStats.push(row(bankId, recipientIds.has(bankId) ? generation.listed : 0));
  }

  const months = await sql<{
    month: string;
    bank_user_id: number | null;
    loans: number;
    enterprises: number;
    amount: number | null;
    listed_loans: number;
    listed_amount: number | null;
  }>`
    select to_char(a.granted_on, 'YYYY-MM') as month, a.bank_user_id, count(*) as loans, count(distinct a.enterprise_id) as enterprises, sum(a.amount_wan) as amount,
      count(*) filter (where a.is_listed) as listed_loans, sum(a.amount_wan) filter (where a.is_listed) as listed_amount
    from (${attributedLoansSql(active)}) a
    group by grouping sets ((to_char(a.granted_on, 'YYYY-MM'), a.bank_user_id), (to_char(a.granted_on, 'YYYY-MM')))
    order by 1 desc, 2 nulls first`.execute(db);
  return {
    generations: generationStats,
    months: months.rows
      .filter((row) => (isBank ? row.bank_user_id !== null : true))
      .map((row) => {
        const bankId = row.bank_user_id === null ? null : Number(row.bank_user_id);
        return {
          month: row.month,
          bank: bankId === null ? null : (banks.get(bankId)?.username ?? String(bankId)),
          bankName: bankId === null ? null : (banks.get(bankId)?.name ?? null),
          loans: Number(row.loans),
          enterprises: Number(row.enterprises),
          amountWan: money(row.amount),
          listedLoans: Number(row.listed_loans),
          listedAmountWan: money(row.listed_amount),
        };
      }),
  };
}

export const GENERATION_STAT_HEADERS = [
  '名单期次',
  '名单基准日',
  '生成方式',
  '金融机构',
  '推送企业（家）',
  '获贷企业（家）',
  '贷款（笔）',
  '贷款金额（万元）',
  '转化率',
] as const;
export function generationStatRow(stat: GenerationStat): unknown[] {
  return [
    stat.generationId,
    stat.asOf,
    stat.triggerLabel,
    stat.bankName ?? stat.bank ?? '全部机构',
    stat.listed,
    stat.enterprisesWithLoan,
    stat.loans,
    stat.amountWan,
    stat.conversionRate,
  ];
}

export const MONTH_STAT_HEADERS = [
  '月份',
  '金融机构',
  '贷款（笔）',
  '获贷企业（家）',
  '贷款金额（万元）',
  '其中白名单企业贷款（笔）',
  '其中白名单企业贷款金额（万元）',
] as const;
export function monthStatRow(stat: MonthStat): unknown[] {
  return [
    stat.month,
    stat.bankName ?? stat.bank ?? '全部机构',
    stat.loans,
    stat.enterprises,
    stat.amountWan,
    stat.listedLoans,
    stat.listedAmountWan,
  ];
}
