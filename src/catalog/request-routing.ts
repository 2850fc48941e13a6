import { z } from 'zod';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/**
 * catalog/request-routing.yaml: which department handles a 企呼我应 request, first matching rule wins. The shape is
 * checked here; categories, departments and unreachable rules by `validateRoutingTable`.
 */

const text = z.string().min(1);

export const RequestRoutingFileSchema = z.object({
  is_local_example: z.boolean().default(false),
  rules: z.array(z.object({ category: text, keywords: z.array(text).optional(), department: text, reference: text })),
  default: z.object({ department: text, reference: text }),
});

export type RequestRoutingFile = z.output<typeof RequestRoutingFileSchema>;

export const loadRequestRoutingFile = catalogFile(
  (): RequestRoutingFile => readCatalogYaml('request-routing.yaml', RequestRoutingFileSchema),
);
