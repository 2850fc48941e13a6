import { z } from 'zod';
import type { SharedParameter } from '../domain/publicity-rules.ts';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/penalty-levels.yaml: the first-hit table deriving 轻微/一般/严重 for a 行政处罚 that does not state it, and
 * the dated parameters it reads. The publicity rules name the same parameters (one 较低数额罚款 on the platform).
 */

const ParameterValueSchema = z.object({
  effective_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为日期 YYYY-MM-DD'),
  value: z.number(),
  confirmed: z.boolean().optional(),
  reference: z.string().optional(),
  note: z.string().optional(),
});

export const PenaltyLevelsFileSchema = z.object({
  parameters: z
    .record(
      z.string(),
      z.object({
        description: z.string().optional(),
        unit: z.string().optional(),
        values: z.array(ParameterValueSchema).min(1),
      }),
    )
    .default({}),
  rules: z
    .array(
      z.object({
        id: z.string().min(1),
        label: z.string().optional(),
        when: z
          .object({
            categories_any: z.array(z.string()).optional(),
            categories_only: z.array(z.string()).optional(),
            total_amount_at_most: z.string().optional(),
          })
          .strict()
          .default({}),
        level: z.enum(['轻微', '一般', '严重']),
        reference: z.string().optional(),
      }),
    )
    .min(1),
});

export type PenaltyLevelsFile = z.output<typeof PenaltyLevelsFileSchema>;

/** Reads catalog/penalty-levels.yaml, or another file for tests. */
export function readPenaltyLevelsFile(file = 'penalty-levels.yaml'): PenaltyLevelsFile {
  return readCatalogYaml(file, PenaltyLevelsFileSchema);
}

export const loadPenaltyLevelsFile = catalogFile(() => readPenaltyLevelsFile());

/** The dated parameters of the file, as the publicity rules read them. */
export function sharedParametersOf(file: PenaltyLevelsFile): Record<string, SharedParameter> {
  return Object.fromEntries(
    Object.entries(file.parameters).map(([name, parameter]) => [
      name,
      {
        unit: parameter.unit ?? '',
        values: parameter.values
          .map((item) => ({
            effectiveFrom: item.effective_from,
            value: item.value,
            confirmed: item.confirmed !== false,
            note: item.note,
          }))
          .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)),
      },
    ]),
  );
}
