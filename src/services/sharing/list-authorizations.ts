import type { Kysely } from 'kysely';
import type { Principal } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseByUscc, mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import type { AuthorizationView } from './authorization-view.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/** An enterprise sees the authorisations it gave, a bank those it received, an administrator all; newest first. */
export async function listAuthorizations(
  db: Kysely<Database>,
  principal: Principal,
  filter: { id?: number } = {},
): Promise<AuthorizationView[]> {
  let query = db
    .selectFrom('enterprise_authorizations as a')
    .innerJoin('users as u', 'u.id', 'a.grantee_user_id')
    .select([
      'a.id',
      'a.enterprise_id',
      'u.username',
      'u.display_name',
      'a.purpose',
      'a.valid_until',
      'a.granted_by',
      'a.granted_at',
      'a.revoked_at',
    ])
    .orderBy('a.id', 'desc');
  if (filter.id !== undefined) query = query.where('a.id', '=', filter.id);
  if (principal.role === 'enterprise') {
    const own = await findEnterpriseByUscc(db, principal.uscc ?? '');
    if (!own) return [];
    query = query.where('a.enterprise_id', '=', own.id);
  } else if (principal.role !== 'admin') query = query.where('a.grantee_user_id', '=', principal.userId);
  const today = todayInDistrict();
  const rows = await query.execute();
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.map((row) => row.enterprise_id),
  );
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.granted_by),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    uscc: enterprises.get(row.enterprise_id)!.uscc,
    enterpriseName: enterprises.get(row.enterprise_id)!.name,
    grantee: row.username,
    granteeName: row.display_name.trim() === '' ? row.username : row.display_name,
    purpose: row.purpose,
    validUntil: row.valid_until,
    grantedBy: row.granted_by,
    grantedByName: nameOf(row.granted_by),
    grantedAt: new Date(row.granted_at).toISOString(),
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    isActive: !row.revoked_at && row.valid_until >= today,
  }));
}
