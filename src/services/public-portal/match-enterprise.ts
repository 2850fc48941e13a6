import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { normalizeUscc, USCC_ALPHABET, USCC_LENGTH } from '../../domain/uscc.ts';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The public portal's search: a keyword matches part of the enterprise's name, or the start of its USCC when it can
 * be one (code characters only, at most 18). Returns SQL over the enterprise table alias, or null for no keyword.
 */
export function matchEnterprise(query: string | undefined, alias: string): RawBuilder<SqlBool> | null {
  const text = query?.trim() ?? '';
  if (text === '') return null;
  const name = sql`${sql.ref(`${alias}.name`)} ilike ${`%${escapeLike(text)}%`}`;
  const prefix = normalizeUscc(text);
  const canBeCode =
    prefix.length > 0 && prefix.length <= USCC_LENGTH && [...prefix].every((char) => USCC_ALPHABET.includes(char));
  if (!canBeCode) return sql<SqlBool>`${name}`;
  return sql<SqlBool>`(${name} or ${sql.ref(`${alias}.uscc`)} like ${`${escapeLike(prefix)}%`})`;
}
