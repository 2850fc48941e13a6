import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/policies.yaml: the policies matched to enterprises (免申即享) with their conditions. The shape is checked
 * here; each policy's fields and conditions, against the record catalog and the model's grades, by
 * `parsePolicyCatalog`, which lists every problem naming the policy and the field.
 */

export const PoliciesFileSchema = z.looseObject({
  operating_statuses: z.array(z.coerce.string()).min(1),
  policies: z.array(z.looseObject({ code: z.string().min(1) })).min(1),
});

export type PoliciesFile = z.output<typeof PoliciesFileSchema>;

export const loadPoliciesFile = catalogFile((): PoliciesFile => readCatalogYaml('policies.yaml', PoliciesFileSchema));
