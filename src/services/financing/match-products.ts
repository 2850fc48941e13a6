import type { FinancingCatalog, FinancingProduct } from './financing-products.ts';

/** What a need offers and what the platform knows of the enterprise when the need is published. */
export interface NeedFacts {
  amountWan: number;
  termMonths: number;
  collaterals: readonly string[];
  /** Current grade, null when never evaluated. */
  grade: string | null;
  tiers: readonly string[];
  inventionPatents: number;
}

export const MATCH_RULES = ['amount', 'term', 'grade', 'tier', 'patents', 'collateral'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** One eligibility rule of a product applied to a need, in words the enterprise and the bank read. */
export interface MatchCheck {
  rule: MatchRule;
  label: string;
  isMet: boolean;
  detail: string;
}

const RULE_LABELS: Record<MatchRule, string> = {
  amount: '贷款额度',
  term: '贷款期限',
  grade: '信用等级',
  tier: '梯次培育库',
  patents: '有效发明专利',
  collateral: '担保方式',
};

/**
 * Compares a need with a product's eligibility (catalog/financing-products.yaml): every rule the product sets is
 * checked and explained, met or not; the need matches when all are met. Grades are compared in the published
 * model's order (best first), as the IP-pledge whitelist does.
 */
export function matchProduct(
  product: FinancingProduct,
  facts: NeedFacts,
  modelGrades: readonly string[],
  catalog: Pick<FinancingCatalog, 'collateralLabels' | 'tierLabels'>,
): { isEligible: boolean; checks: MatchCheck[] } {
  const checks: MatchCheck[] = [];
  const check = (rule: MatchRule, isMet: boolean, detail: string) =>
    checks.push({ rule, label: RULE_LABELS[rule], isMet, detail });
  const { amountWan, termMonths, eligibility } = product;
  check(
    'amount',
    facts.amountWan >= amountWan.min && facts.amountWan <= amountWan.max,
    `需求 ${facts.amountWan} 万元，产品额度 ${amountWan.min}–${amountWan.max} 万元`,
  );
  check(
    'term',
    facts.termMonths >= termMonths.min && facts.termMonths <= termMonths.max,
    `需求 ${facts.termMonths} 个月，产品期限 ${termMonths.min}–${termMonths.max} 个月`,
  );
  if (eligibility.minGrade !== null) {
    const floor = modelGrades.indexOf(eligibility.minGrade);
    const rank = facts.grade === null ? -1 : modelGrades.indexOf(facts.grade);
    check(
      'grade',
      floor >= 0 && rank >= 0 && rank <= floor,
      facts.grade === null
        ? `尚无信用评价结果，产品要求不低于 ${eligibility.minGrade}`
        : `当前信用等级 ${facts.grade}，产品要求不低于 ${eligibility.minGrade}`,
    );
  }
  if (eligibility.tiers.length > 0) {
    const held = eligibility.tiers.filter((tier) => facts.tiers.includes(tier));
    const names = (codes: readonly string[]) => codes.map((code) => catalog.tierLabels.get(code) ?? code).join('、');
    check(
      'tier',
      held.length > 0,
      held.length > 0 ? `属于${names(held)}` : `产品要求属于${names(eligibility.tiers)}之一，企业未入库`,
    );
  }
  if (eligibility.minInventionPatents > 0)
    check(
      'patents',
      facts.inventionPatents >= eligibility.minInventionPatents,
      `有效发明专利 ${facts.inventionPatents} 件，产品要求不少于 ${eligibility.minInventionPatents} 件`,
    );
  if (eligibility.collateral.length > 0) {
    const offered = eligibility.collateral.filter((code) => facts.collaterals.includes(code));
    const names = (codes: readonly string[]) =>
      codes.map((code) => catalog.collateralLabels.get(code) ?? code).join('、');
    check(
      'collateral',
      offered.length > 0,
      offered.length > 0 ? `提供${names(offered)}` : `产品要求${names(eligibility.collateral)}之一，需求未提供`,
    );
  }
  return { isEligible: checks.every((item) => item.isMet), checks };
}
