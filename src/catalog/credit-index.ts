import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/credit-index.yaml: the method of the credit index (formula, base month, components and weights, rounding,
 * minimum group size, dimensions). The shape is checked here; what the formula requires (weights adding up to 1,
 * the dimensions in order) by `parseCreditIndexMethod`.
 */

const text = z.string().min(1);
const decimals = z.number().int().min(0);

export const CreditIndexFileSchema = z.object({
  formula: text,
  title: text,
  base_month: text,
  base_month_reference: text,
  components: z.array(
    z.object({
      code: text,
      label: text,
      weight: z.number(),
      grades: z.array(z.coerce.string()).optional(),
      description: text,
    }),
  ),
  components_reference: text,
  decimals: z.object({ mean_score: decimals, share: decimals, raw_measure: decimals, value: decimals }),
  population_reference: text,
  min_group_size: z.number(),
  min_group_size_reference: text,
  dimensions: z.array(z.object({ code: text, label: text })),
  district_label: text,
  region_labels: z.record(z.string(), z.coerce.string()).default({}),
  backfill_months: z.number(),
});

export type CreditIndexFile = z.output<typeof CreditIndexFileSchema>;

export const loadCreditIndexFile = catalogFile(
  (): CreditIndexFile => readCatalogYaml('credit-index.yaml', CreditIndexFileSchema),
);

/** The name of an administrative region code (GB/T 2260) from the catalog's `region_labels`; null when unlisted. */
export function regionNameOf(code: string | null): string | null {
  if (!code) return null;
  const labels = loadCreditIndexFile().region_labels;
  return Object.hasOwn(labels, code) ? labels[code]! : null;
}
