import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/measures.yaml: the incentive and restriction measures applied by grade, and the scenes they apply in. */

const text = z.string().min(1);

export const MeasuresFileSchema = z.object({
  scenes: z.array(z.object({ code: text, label: text, reference: text })),
  measures: z.array(
    z.object({
      code: text,
      label: text,
      kind: z.enum(['incentive', 'restriction']),
      grades: z.array(text).min(1),
      scenes: z.array(text).min(1),
      content: text,
      reference: text,
    }),
  ),
});

export type MeasureCatalog = z.output<typeof MeasuresFileSchema>;
export type MeasureScene = MeasureCatalog['scenes'][number];
export type Measure = MeasureCatalog['measures'][number];

export const loadMeasureCatalog = catalogFile(
  (): MeasureCatalog => readCatalogYaml('measures.yaml', MeasuresFileSchema),
);
