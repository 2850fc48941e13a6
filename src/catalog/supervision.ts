import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/supervision.yaml: 分级分类监管 by the SAMR risk classes, and the rule of the 免打扰 list. */

const text = z.string().min(1);
const share = z.number().min(0).max(1);

export const SupervisionFileSchema = z.object({
  effective_from: z.union([z.string(), z.date()]),
  reference: text,
  is_local_example: z.boolean().default(false),
  classes: z
    .array(
      z.object({
        class: text,
        label: text,
        ratio: z.object({ min: share, max: share, default: share }),
        checks_per_year: text,
        max_checks_per_year: z.number().int().positive().nullable().default(null),
      }),
    )
    .min(1),
  risk_class_source: z.object({
    samr_record_kind: text,
    samr_departments: z.array(text).min(1),
    fallback: z.literal('platform_grade'),
    reference: text,
  }),
  unrated_class: text,
  inspectors_per_visit_default: z.number().int().positive(),
  inspectors_per_visit_reference: text,
  no_disturb: z.object({
    reference: text,
    grades: z.array(text).min(1),
    no_active_negative_records: z.boolean().default(false),
    no_open_objection: z.boolean().default(false),
    no_open_repair: z.boolean().default(false),
    excluded_from_random_draw: z.boolean().default(false),
  }),
  inspection_types: z
    .array(
      z.object({
        code: text,
        random: z.boolean(),
        basis_field: z.enum(['request_number', 'document_number', 'campaign', 'risk_signal']).optional(),
        basis_label: text.optional(),
        may_target_no_disturb: z.boolean(),
        obeys_yearly_limit: z.boolean(),
        may_join_joint_visit: z.boolean(),
        reference: text,
      }),
    )
    .min(1)
    .refine((types) => types.filter((type) => type.random).length === 1, '须有且只有一种随机抽查方式（random: true）')
    .refine(
      (types) => types.every((type) => type.random || (type.basis_field && type.basis_label)),
      '非随机检查方式须给出依据字段（basis_field、basis_label）',
    ),
  inspection_outcomes: z
    .array(
      z.object({
        outcome: text,
        record: text,
        listing_proposal: z.object({ kind: text, subtype: text, department: text }).optional(),
        follow_up: text.optional(),
        reference: text,
      }),
    )
    .min(1),
});

export type SupervisionFile = z.output<typeof SupervisionFileSchema>;

export const loadSupervisionFile = catalogFile(
  (): SupervisionFile => readCatalogYaml('supervision.yaml', SupervisionFileSchema),
);
