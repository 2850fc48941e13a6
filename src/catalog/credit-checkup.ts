import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/credit-checkup.yaml: the facts an enterprise's 信用体检 tries ("如果取得高新技术企业认定" …), each as the
 * record it would add, what to do in the platform to get it counted, and the reference for the assumed values.
 */

const AssumedRecordSchema = z
  .object({
    subtype: z.string().min(1).optional(),
    grade: z.string().min(1).optional(),
    level: z.string().min(1).optional(),
    amount: z.number().optional(),
    quantity: z.number().optional(),
    reported_status: z.string().min(1).optional(),
  })
  .strict();

export const CreditCheckupFileSchema = z.object({
  reference: z.string().min(1),
  facts: z
    .array(
      z
        .object({
          code: z.string().regex(/^[a-z][a-z0-9_]*$/),
          kind: z.string().min(1),
          title: z.string().min(1),
          how: z.string().min(1),
          record: AssumedRecordSchema,
          valid_months: z.number().int().positive().optional(),
          reference: z.string().min(1),
        })
        .strict(),
    )
    .min(1),
});

export type CreditCheckupFile = z.output<typeof CreditCheckupFileSchema>;
export type CheckupFact = CreditCheckupFile['facts'][number];

export const loadCreditCheckupFile = catalogFile(
  (): CreditCheckupFile => readCatalogYaml('credit-checkup.yaml', CreditCheckupFileSchema),
);
