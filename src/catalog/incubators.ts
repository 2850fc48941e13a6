import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/incubators.yaml: the district's incubators (孵化载体). */

export const IncubatorsFileSchema = z.array(z.object({ code: z.string().min(1), name: z.string().min(1) }));

export type Incubator = z.output<typeof IncubatorsFileSchema>[number];

export const loadIncubators = catalogFile((): Incubator[] => readCatalogYaml('incubators.yaml', IncubatorsFileSchema));
