import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { normalizeUscc, USCC_ALPHABET, USCC_LENGTH } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { industryLabelOf, tierLabelsOf } from './enterprise-labels.ts';
import { requireProfileTag } from '../profile/load-profile-tags.ts';
import { searchEnterprises, type EnterpriseListRow } from '../../store/enterprise.repository.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;

export interface EnterpriseListing {
  /** How many enterprises match, over all pages. */
  total: number;
  /** `grade` is null until evaluations exist; industry and tiers also by their names. */
  items: Array<EnterpriseListRow & { industry_label: string | null; tier_labels: string[] }>;
}

/** The query as a USCC prefix, when it can be one (only code characters, at most 18 of them). */
function readUsccPrefix(query: string): string | undefined {
  const prefix = normalizeUscc(query);
  if (prefix.length === 0 || prefix.length > USCC_LENGTH) return undefined;
  for (const char of prefix) if (!USCC_ALPHABET.includes(char)) return undefined;
  return prefix;
}

/** What the registry can be narrowed to, besides the search text. */
export interface EnterpriseFilters {
  /** A grade of the current evaluation, or `none` for enterprises not evaluated yet. */
  grade?: string;
  /** A 国民经济行业分类 section letter or division code (catalog/industries.yaml). */
  industry?: string;
  /** A tier code of catalog/tiers.yaml. */
  tier?: string;
  /** A 信用画像 tag code of catalog/profile-tags.yaml, as stored at the last refresh. */
  tag?: string;
}

/**
 * One page of the registry; `query` matches a USCC prefix or any part of the Chinese name, the filters narrow it to a
 * grade, an industry, a tier and a 信用画像 tag.
 */
export async function listEnterprises(
  db: Kysely<Database>,
  options: { query?: string; limit?: number; offset?: number } & EnterpriseFilters = {},
): Promise<EnterpriseListing> {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  const offset = options.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new AppError('INVALID_INPUT', `每页条数应为 1 到 ${MAX_PAGE_SIZE} 之间的整数`);
  if (!Number.isInteger(offset) || offset < 0) throw new AppError('INVALID_INPUT', '起始位置应为不小于 0 的整数');
  const query = options.query?.trim() ?? '';
  const catalog = loadCatalog();
  const industry = options.industry?.trim().toUpperCase() || undefined;
  if (industry !== undefined && !catalog.industrySections[industry] && !catalog.industryDivisions[industry])
    throw new AppError('INVALID_INPUT', `行业“${industry}”不在国民经济行业分类的门类或大类中`);
  if (options.tier && !catalog.tiers.some((tier) => tier.code === options.tier))
    throw new AppError('INVALID_INPUT', `科创层级“${options.tier}”不在梯次培育库的层级中`);
  if (options.tag) requireProfileTag(options.tag);
  const search = {
    ...(query === '' ? {} : { usccPrefix: readUsccPrefix(query), nameText: query }),
    ...(options.grade ? { grade: options.grade === 'none' ? null : options.grade } : {}),
    ...(industry ? { industryPrefix: industry } : {}),
    ...(options.tier ? { tier: options.tier } : {}),
    ...(options.tag ? { tag: options.tag } : {}),
    limit,
    offset,
  };
  const { total, rows } = await searchEnterprises(db, search);
  return {
    total,
    items: rows.map((row) => ({
      ...row,
      industry_label: industryLabelOf(row.industry_code, catalog),
      tier_labels: tierLabelsOf(row.tiers, catalog),
    })),
  };
}
