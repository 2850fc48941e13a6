import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { listBankNames } from '../../store/financing.repository.ts';
import { loadFinancingProductsFile } from '../../catalog/financing-products.ts';
import { loadTiers } from '../../catalog/tiers.ts';

/** A partner bank's loan product (catalog/financing-products.yaml). */
export interface FinancingProduct {
  code: string;
  /** The bank's account name on the platform. */
  bank: string;
  name: string;
  kind: string;
  kindLabel: string;
  amountWan: { min: number; max: number };
  termMonths: { min: number; max: number };
  eligibility: {
    minGrade: string | null;
    tiers: string[];
    minInventionPatents: number;
    collateral: string[];
  };
  reference: string;
}

export interface FinancingCatalog {
  reference: string;
  products: FinancingProduct[];
  kindLabels: Map<string, string>;
  collateralLabels: Map<string, string>;
  tierLabels: Map<string, string>;
}

const FILE_LABEL = 'catalog/financing-products.yaml';

let cached: FinancingCatalog | undefined;

/**
 * The products with the codes they name checked against the file's own kinds and collaterals and catalog/tiers.yaml;
 * a product naming an unknown code, or two products under one code, refuse the file naming the product and the field.
 */
export function loadFinancingProducts(): FinancingCatalog {
  if (cached) return cached;
  const file = loadFinancingProductsFile();
  const kindLabels = new Map(file.kinds.map((kind) => [kind.code, kind.label]));
  const collateralLabels = new Map(file.collaterals.map((collateral) => [collateral.code, collateral.label]));
  const tierLabels = new Map(loadTiers().map((tier) => [tier.code, tier.label]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, product] of file.products.entries()) {
    const at = `products[${index}]（${product.code}）`;
    if (seen.has(product.code)) problems.push(`${at}.code：产品代码重复`);
    seen.add(product.code);
    if (!kindLabels.has(product.kind)) problems.push(`${at}.kind：未知的产品类别“${product.kind}”`);
    for (const tier of product.eligibility.tiers ?? [])
      if (!tierLabels.has(tier)) problems.push(`${at}.eligibility.tiers：未知的梯次培育库层级“${tier}”`);
    for (const collateral of product.eligibility.collateral ?? [])
      if (!collateralLabels.has(collateral))
        problems.push(`${at}.eligibility.collateral：未知的担保方式“${collateral}”`);
  }
  if (problems.length > 0) throw new AppError('INTERNAL', `${FILE_LABEL} 有误：${problems.join('；')}`);
  cached = {
    reference: file.reference,
    kindLabels,
    collateralLabels,
    tierLabels,
    products: file.products.map((product) => ({
      code: product.code,
      bank: product.bank,
      name: product.name,
      kind: product.kind,
      kindLabel: kindLabels.get(product.kind)!,
      amountWan: product.amount_wan,
      termMonths: product.term_months,
      eligibility: {
        minGrade: product.eligibility.min_grade ?? null,
        tiers: product.eligibility.tiers ?? [],
        minInventionPatents: product.eligibility.min_invention_patents ?? 0,
        collateral: product.eligibility.collateral ?? [],
      },
      reference: product.reference,
    })),
  };
  return cached;
}

/** The products as the pages show them: the bank's name, and the codes of the eligibility with their labels. */
export async function describeFinancingProducts(db: Kysely<Database>) {
  const catalog = loadFinancingProducts();
  const bankNames = await listBankNames(db);
  const labels = (codes: string[], map: Map<string, string>) =>
    codes.map((code) => ({ code, label: map.get(code) ?? code }));
  return catalog.products.map((product) => ({
    ...product,
    bankName: bankNames.get(product.bank.toLowerCase()) ?? product.bank,
    eligibility: {
      ...product.eligibility,
      tiers: labels(product.eligibility.tiers, catalog.tierLabels),
      collateral: labels(product.eligibility.collateral, catalog.collateralLabels),
    },
  }));
}

/** The ways of securing a loan a need may offer, in the file's order. */
export function listCollaterals(): Array<{ code: string; label: string }> {
  return [...loadFinancingProducts().collateralLabels].map(([code, label]) => ({ code, label }));
}
