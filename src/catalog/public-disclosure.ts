import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/public-disclosure.yaml: what the public portal publishes (双公示 records, grades, inspection results, 诚信
 *案例) and until when. The shape is checked here; the fields it names, against the record catalog and for personal
 * data, by `parsePublicDisclosureRules`.
 */

const text = z.string().min(1);
const texts = z.array(z.coerce.string());

export const PublicDisclosureFileSchema = z.object({
  double_publicity: z.object({
    reference: text,
    subject_category_field: text,
    excluded_subject_categories: texts.optional(),
    kinds: z
      .array(
        z.object({
          kind: text,
          basis: text,
          status_field: text.optional(),
          published_statuses: texts.optional(),
          number_field: text,
          summary_field: text,
          authority_field: text,
          public_fields: texts,
          reference: text,
        }),
      )
      .min(1),
  }),
  grades: z.object({ published: z.boolean(), published_grades: texts.optional(), reference: text }),
  inspection_results: z.object({
    kind: text,
    number_field: text,
    plan_field: text,
    outcome_field: text,
    authority_field: text,
    reference: text,
  }),
  honest_cases: z.object({ eligible_grades: texts.min(1), reference: text }),
});

export type PublicDisclosureFile = z.output<typeof PublicDisclosureFileSchema>;

export const loadPublicDisclosureFile = catalogFile(
  (): PublicDisclosureFile => readCatalogYaml('public-disclosure.yaml', PublicDisclosureFileSchema),
);
