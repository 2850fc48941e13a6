import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';
import { loadCatalog } from './catalog.ts';
import { AppError } from '../domain/app-error.ts';

/**
 * catalog/measures.yaml: the incentive and restriction measures, the grades and categories of dishonesty each applies
 * to, and the scenes they apply in. The shape is checked here; the record kinds the categories name, against the
 * record catalog, when the file is loaded.
 */

const text = z.string().min(1);

const CategoryRuleSchema = z.object({
  kind: text,
  /** Credit levels of the record's publicity window (轻微/一般/严重); empty: any level. */
  levels: z.array(text).default([]),
  reference: text,
});

export const MeasuresFileSchema = z
  .object({
    categories: z
      .array(
        z.object({
          code: text,
          label: text,
          withholds_incentives: z.boolean().default(false),
          rules: z.array(CategoryRuleSchema).min(1),
          reference: text,
        }),
      )
      .default([]),
    scenes: z.array(z.object({ code: text, label: text, reference: text })),
    measures: z.array(
      z.object({
        code: text,
        label: text,
        kind: z.enum(['incentive', 'restriction']),
        grades: z.array(text),
        categories: z.array(text).default([]),
        scenes: z.array(text).min(1),
        content: text,
        reference: text,
      }),
    ),
  })
  .superRefine((file, context) => {
    const categories = new Set(file.categories.map((category) => category.code));
    const scenes = new Set(file.scenes.map((scene) => scene.code));
    file.measures.forEach((measure, index) => {
      if (measure.grades.length === 0 && measure.categories.length === 0)
        context.addIssue({ code: 'custom', path: ['measures', index], message: '未写适用等级，也未写适用失信类别' });
      measure.categories.forEach((code, at) => {
        if (!categories.has(code))
          context.addIssue({
            code: 'custom',
            path: ['measures', index, 'categories', at],
            message: `失信类别“${code}”未在 categories 中定义`,
          });
      });
      measure.scenes.forEach((code, at) => {
        if (!scenes.has(code))
          context.addIssue({
            code: 'custom',
            path: ['measures', index, 'scenes', at],
            message: `场景“${code}”未在 scenes 中定义`,
          });
      });
    });
  });

export type MeasureCatalog = z.output<typeof MeasuresFileSchema>;
export type MeasureScene = MeasureCatalog['scenes'][number];
export type Measure = MeasureCatalog['measures'][number];
export type DishonestyCategory = MeasureCatalog['categories'][number];

export const loadMeasureCatalog = catalogFile((): MeasureCatalog => {
  const file = readCatalogYaml('measures.yaml', MeasuresFileSchema);
  const catalog = loadCatalog();
  for (const category of file.categories)
    for (const rule of category.rules)
      if (!catalog.kind(rule.kind))
        throw new AppError(
          'INTERNAL',
          `catalog/measures.yaml 有误：失信类别“${category.label}”的记录类别“${rule.kind}”不在信用信息目录中`,
        );
  return file;
});
