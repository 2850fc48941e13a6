import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeUscc, USCC_ALPHABET, USCC_LENGTH } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { searchEnterprises, type EnterpriseListRow } from '../../store/enterprise.repository.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

export interface EnterpriseListing {
  /** How many enterprises match, over all pages. */
  total: number;
  /** `grade` is null until evaluations exist. */
  items: EnterpriseListRow[];
}

/** The query as a USCC prefix, when it can be one (only code characters, at most 18 of them). */
function readUsccPrefix(query: string): string | undefined {
  const prefix = normalizeUscc(query);
  if (prefix.length === 0 || prefix.length > USCC_LENGTH) return undefined;
  for (const char of prefix) if (!USCC_ALPHABET.includes(char)) return undefined;
  return prefix;
}

/** One page of the registry; `query` matches a USCC prefix or any part of the Chinese name. */
export async function listEnterprises(
  db: Kysely<Database>,
  options: { query?: string; limit?: number; offset?: number } = {},
): Promise<EnterpriseListing> {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new AppError('INVALID_INPUT', `每页条数应为 1 到 ${MAX_PAGE_SIZE} 之间的整数`);
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('INVALID_INPUT', '起始位置应为不小于 0 的整数');
  const query = options.query?.trim() ?? '';
  const search =
    query === '' ? { limit, offset } : { usccPrefix: readUsccPrefix(query), nameText: query, limit, offset };
  const { total, rows } = await searchEnterprises(db, search);
  return { total, items: rows };
}
