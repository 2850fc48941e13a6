import { z } from 'zod';
import { compileUsccAuthorities, USCC_ALPHABET, type UsccAuthorityTable } from '../domain/uscc.ts';
import { catalogFile, readCatalogYaml } from './catalog-file.ts';

/** catalog/uscc-authorities.yaml: registering authorities and their entity types (GB 32100-2015 附录A). */

const character = z.coerce
  .string()
  .regex(new RegExp(`^[${USCC_ALPHABET}]$`), `应为一个统一社会信用代码字符（${USCC_ALPHABET}）`);

export const UsccAuthoritiesFileSchema = z.object({
  reference: z.string().min(1),
  authorities: z.array(
    z.object({
      code: character,
      label: z.string().min(1),
      types: z.record(character, z.string().min(1)),
    }),
  ),
});

/** The table compiled for validating codes, read once. */
export const loadUsccAuthorities = catalogFile(
  (): UsccAuthorityTable =>
    compileUsccAuthorities(readCatalogYaml('uscc-authorities.yaml', UsccAuthoritiesFileSchema).authorities),
);
