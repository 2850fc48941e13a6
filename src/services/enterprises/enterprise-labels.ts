import type { Catalog } from '../../catalog/catalog.ts';

/**
 * The industry of a 国民经济行业分类 code (GB/T 4754-2017) as people name it: its division (大类, the letter and two
 * digits) when the catalog lists it, else its section (门类); null for no code.
 */
export function industryLabelOf(code: string | null, catalog: Catalog): string | null {
  if (!code) return null;
  return catalog.industryDivisions[code.slice(0, 3)] ?? catalog.industrySections[code[0]!] ?? null;
}

/** The tiers of the 科创企业梯次培育库 by their names (catalog/tiers.yaml), in the enterprise's order. */
export function tierLabelsOf(codes: readonly string[], catalog: Catalog): string[] {
  return codes.map((code) => catalog.tiers.find((tier) => tier.code === code)?.label ?? code);
}
