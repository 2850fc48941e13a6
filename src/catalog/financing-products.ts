import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/financing-products.yaml: the partner banks' loan products and their eligibility (融资对接, 000 §二（六）、
 * §二（七）; 004 §（十四）). The shape is checked here; the codes it names (kinds, collaterals, tiers), by
 * `loadFinancingProducts`, which refuses the file naming the product and the field.
 */

const text = z.string().min(1);
const range = z
  .object({ min: z.number().positive(), max: z.number().positive() })
  .refine((value) => value.min <= value.max, { message: 'min 不能大于 max' });
const labelled = z.array(z.object({ code: text, label: text, reference: text })).min(1);

export const FinancingProductsFileSchema = z.object({
  reference: text,
  kinds: labelled,
  collaterals: labelled,
  products: z
    .array(
      z.object({
        code: text,
        bank: text,
        name: text,
        kind: text,
        amount_wan: range,
        term_months: range,
        eligibility: z.object({
          min_grade: z.coerce.string().optional(),
          tiers: z.array(text).optional(),
          min_invention_patents: z.number().int().positive().optional(),
          collateral: z.array(text).optional(),
        }),
        reference: text,
      }),
    )
    .min(1),
});

export type FinancingProductsFile = z.output<typeof FinancingProductsFileSchema>;

export const loadFinancingProductsFile = catalogFile(
  (): FinancingProductsFile => readCatalogYaml('financing-products.yaml', FinancingProductsFileSchema),
);
