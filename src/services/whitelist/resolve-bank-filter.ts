import { sql, type Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';

/**
 * The bank whose loans or statistics a request is narrowed to: a bank always itself (naming another bank is answered
 * as not found, so no bank learns which others report); officials any bank by account name, or none (every bank).
 */
export async function resolveBankFilter(
  db: Kysely<Database>,
  principal: Principal,
  bank: string | undefined,
): Promise<number | undefined> {
  const name = bank?.trim() ?? '';
  if (principal.role === 'bank') {
    if (name !== '' && name.toLowerCase() !== principal.username.toLowerCase())
      throw new AppError('NOT_FOUND', `未找到金融机构“${name}”`);
    return principal.userId;
  }
  if (name === '') return undefined;
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', name.toLowerCase())
    .where('role', '=', 'bank')
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到金融机构“${name}”`);
  return Number(row.id);
}
