import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { funnelNeedTotals, funnelRows, listBankNames } from '../../store/financing.repository.ts';
import { loadFinancingProducts } from './financing-products.ts';

/**
 * The 融资对接 funnel for the console (003 §五（四）: 有融资需求企业对接银行率): needs published, shared with consent,
 * matched to a product, answered by a bank and granted; and per bank and per product, the matches shown to the bank,
 * answered, interested, declined, granted, refused and the amount granted.
 */

export interface FunnelStage {
  matched: number;
  answered: number;
  interested: number;
  declined: number;
  granted: number;
  refused: number;
  grantedAmountWan: number;
}

export interface FinancingFunnel {
  needs: { published: number; consented: number; matched: number; answered: number; granted: number };
  byProduct: Array<FunnelStage & { bank: string; bankName: string; productCode: string; productName: string }>;
  byBank: Array<FunnelStage & { bank: string; bankName: string }>;
}

export async function computeFinancingFunnel(
  db: Kysely<Database>,
  scope: { needIds?: number[]; banks?: string[] } = {},
): Promise<FinancingFunnel> {
  const catalog = loadFinancingProducts();
  const [rows, needs, bankNames] = await Promise.all([
    funnelRows(db, scope),
    funnelNeedTotals(db, scope.needIds),
    listBankNames(db),
  ]);
  const bankName = (bank: string) => bankNames.get(bank.toLowerCase()) ?? bank;
  const byProduct = rows.map((row) => ({
    ...row,
    bankName: bankName(row.bank),
    productName: catalog.products.find((product) => product.code === row.productCode)?.name ?? row.productCode,
  }));
  const byBank = new Map<string, FunnelStage & { bank: string; bankName: string }>();
  for (const row of rows) {
    const total = byBank.get(row.bank) ?? {
      bank: row.bank,
      bankName: bankName(row.bank),
      matched: 0,
      answered: 0,
      interested: 0,
      declined: 0,
      granted: 0,
      refused: 0,
      grantedAmountWan: 0,
    };
    for (const key of [
      'matched',
      'answered',
      'interested',
      'declined',
      'granted',
      'refused',
      'grantedAmountWan',
    ] as const)
      total[key] += row[key];
    byBank.set(row.bank, total);
  }
  return { needs, byProduct, byBank: [...byBank.values()] };
}

const STAGE_HEADERS = ['推送需求', '已回应', '有意向', '不予受理', '已放款', '未放款', '放款金额（万元）'];
export const FUNNEL_PRODUCT_HEADERS = ['金融机构', '产品', ...STAGE_HEADERS];
export const FUNNEL_BANK_HEADERS = ['金融机构', ...STAGE_HEADERS];

const stageCells = (row: FunnelStage) => [
  row.matched,
  row.answered,
  row.interested,
  row.declined,
  row.granted,
  row.refused,
  row.grantedAmountWan,
];
export const funnelProductRow = (row: FinancingFunnel['byProduct'][number]) => [
  row.bankName,
  row.productName,
  ...stageCells(row),
];
export const funnelBankRow = (row: FinancingFunnel['byBank'][number]) => [row.bankName, ...stageCells(row)];
