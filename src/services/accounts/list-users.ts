import { sql, type Kysely } from 'kysely';
import type { Role } from '../../domain/roles.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';
import { toUserView, type UserView } from './user-view.ts';

export interface UserQuery {
  limit: number;
  offset: number;
  role?: Role;
  /** Part of the username or display name. */
  q?: string;
}

/** An account in the list, with the name of the enterprise an enterprise account is bound to. */
export interface ListedUser extends UserView {
  enterpriseName: string | null;
}

export async function listUsers(
  db: Kysely<Database>,
  query: UserQuery,
): Promise<{ total: number; items: ListedUser[] }> {
  let base = db.selectFrom('users');
  if (query.role) base = base.where('role', '=', query.role);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    base = base.where((eb) => eb.or([eb('username', 'ilike', pattern), eb('display_name', 'ilike', pattern)]));
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy(sql`lower(username)`).limit(query.limit).offset(query.offset).execute();
  const codes = [...new Set(rows.flatMap((row) => (row.uscc ? [row.uscc] : [])))];
  const names = new Map((await findEnterpriseRefsByUscc(db, codes)).map((ref) => [ref.uscc, ref.name]));
  return {
    total: Number(total),
    items: rows.map((row) => ({ ...toUserView(row), enterpriseName: row.uscc ? (names.get(row.uscc) ?? null) : null })),
  };
}
