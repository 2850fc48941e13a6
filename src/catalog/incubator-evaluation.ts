import { createHash } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../domain/canonical-json.ts';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/incubator-evaluation.yaml: the yearly incubator evaluation (002 §(十三)) as data — indicators with their
 * measure, weight, linear scale, source and reference, and the area groups ranked apart.
 */

/** The measures the evaluation service knows how to compute; an indicator names one of them. */
export const INCUBATOR_MEASURES = [
  'occupancy_rate',
  'entered_count',
  'graduated_count',
  'mean_score',
  'grade_share',
  'outcome_share',
] as const;
export type IncubatorMeasure = (typeof INCUBATOR_MEASURES)[number];

const IndicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  measure: z.enum(INCUBATOR_MEASURES),
  weight: z.number().positive().max(1),
  scale: z.object({ zero: z.number(), full: z.number() }).refine((scale) => scale.full !== scale.zero, {
    message: 'full 与 zero 不能相等',
  }),
  unit: z.enum(['ratio', 'count', 'score']),
  grades: z.array(z.string().min(1)).min(1).optional(),
  kinds: z.array(z.string().min(1)).min(1).optional(),
  source: z.string().min(1),
  reference: z.string().min(1),
});

export const IncubatorEvaluationFileSchema = z
  .object({
    model: z.literal('incubator-evaluation'),
    version: z.number().int().positive(),
    effective_from: z
      .union([z.string(), z.date()])
      .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
    title: z.string().min(1),
    reference: z.string().min(1),
    decimals: z.number().int().min(0).max(6),
    population_reference: z.string().min(1),
    indicators: z.array(IndicatorSchema).min(1),
    groups: z
      .array(
        z.object({
          code: z.string().min(1),
          label: z.string().min(1),
          area_below: z.number().positive().optional(),
          awarded: z.number().int().positive(),
        }),
      )
      .min(1),
    groups_reference: z.string().min(1),
  })
  .superRefine((file, context) => {
    const total = file.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
    if (Math.abs(total - 1) > 1e-9)
      context.addIssue({ code: 'custom', path: ['indicators'], message: `权重之和应为 1，现为 ${total}` });
    file.indicators.forEach((indicator, index) => {
      if (indicator.measure === 'grade_share' && !indicator.grades)
        context.addIssue({ code: 'custom', path: ['indicators', index, 'grades'], message: 'grade_share 须列出等级' });
      if (indicator.measure === 'outcome_share' && !indicator.kinds)
        context.addIssue({
          code: 'custom',
          path: ['indicators', index, 'kinds'],
          message: 'outcome_share 须列出记录种类',
        });
    });
    // The last group is the catch-all (no upper bound): every incubator falls in exactly one group.
    file.groups.forEach((group, index) => {
      const isLast = index === file.groups.length - 1;
      if (isLast === (group.area_below !== undefined))
        context.addIssue({
          code: 'custom',
          path: ['groups', index, 'area_below'],
          message: isLast ? '最后一组为兜底组，不设 area_below' : '除最后一组外须设 area_below',
        });
    });
  });

export type IncubatorEvaluationFile = z.output<typeof IncubatorEvaluationFileSchema>;
export type IncubatorIndicator = IncubatorEvaluationFile['indicators'][number];

export interface IncubatorEvaluationModel extends IncubatorEvaluationFile {
  /** "incubator-evaluation/1". */
  modelVersion: string;
  /** sha256 of the canonical JSON of the whole file: a stored result names the model it was computed by. */
  digest: string;
}

export const loadIncubatorEvaluationModel = catalogFile((): IncubatorEvaluationModel => {
  const file = readCatalogYaml('incubator-evaluation.yaml', IncubatorEvaluationFileSchema);
  return {
    ...file,
    modelVersion: `${file.model}/${file.version}`,
    digest: createHash('sha256').update(canonicalJson(file)).digest('hex'),
  };
});
