import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/industries.yaml: GB/T 4754 sections (门类) and divisions (大类), code → name. */

const CodeNames = z.record(z.string(), z.string().min(1));

export const IndustriesFileSchema = z.object({ sections: CodeNames, divisions: CodeNames });

export type Industries = z.output<typeof IndustriesFileSchema>;

export const loadIndustries = catalogFile((): Industries => readCatalogYaml('industries.yaml', IndustriesFileSchema));
