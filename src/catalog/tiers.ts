import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/tiers.yaml: the tiers of the 梯次培育库, each with the document that defines it. */

export const TiersFileSchema = z.array(
  z.object({ code: z.string().min(1), label: z.string().min(1), reference: z.string().min(1) }),
);

export type Tier = z.output<typeof TiersFileSchema>[number];

export const loadTiers = catalogFile((): Tier[] => readCatalogYaml('tiers.yaml', TiersFileSchema));
