import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/incubators.yaml: the district's incubators (孵化载体) with their operator, level, area and capacity. */

/** The recognition levels of an incubator or maker space, as the district's registry names them. */
export const INCUBATOR_LEVELS = { national: '国家级', provincial: '省级', municipal: '市级' } as const;
export type IncubatorLevel = keyof typeof INCUBATOR_LEVELS;

export const IncubatorsFileSchema = z.array(
  z.object({
    code: z.string().min(1),
    name: z.string().min(1),
    operator: z.string().min(1),
    level: z.enum(Object.keys(INCUBATOR_LEVELS) as [IncubatorLevel, ...IncubatorLevel[]]),
    area_m2: z.number().positive(),
    capacity: z.number().int().positive(),
  }),
);

export type Incubator = z.output<typeof IncubatorsFileSchema>[number];

export const loadIncubators = catalogFile((): Incubator[] => readCatalogYaml('incubators.yaml', IncubatorsFileSchema));
