import type { Kysely } from 'kysely';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { toApiTokenView, type ApiTokenView } from './api-token-view.ts';

/** The caller's own tokens; an administrator sees everyone's (to find and revoke a leaked one). */
export async function listApiTokens(db: Kysely<Database>, principal: Principal): Promise<ApiTokenView[]> {
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select('users.username as owner_username');
  if (principal.role !== 'admin') query = query.where('api_tokens.user_id', '=', principal.userId);
  const rows = await query.orderBy('api_tokens.id').execute();
  return rows.map(toApiTokenView);
}
