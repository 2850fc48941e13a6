import { sql } from 'kysely';
import {
  enterpriseScopeSql,
  quoteLiteral,
  type EnterpriseAttributes,
  type EnterpriseScope,
} from './evaluation.repository.ts';
import type { Executor } from './executor.ts';

/**
 * Records the current evaluation attributes (registered date, status, industry, tiers) of the given enterprises as a
 * new version where they differ from the latest one kept (or none is kept yet). Called by every writer of those
 * columns, in its transaction, after its write.
 */
export async function recordEnterpriseVersions(trx: Executor, enterpriseIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(enterpriseIds)].map(Number).filter(Number.isSafeInteger);
  if (ids.length === 0) return;
  await sql`
    insert into enterprise_versions (enterprise_id, registered_on, status, industry_code, tiers)
    select e.id, e.registered_on, e.status, e.industry_code, e.tiers
    from enterprises e
    left join lateral (
      select v.registered_on, v.status, v.industry_code, v.tiers from enterprise_versions v
      where v.enterprise_id = e.id order by v.recorded_at desc, v.id desc limit 1
    ) latest on true
    where e.id = any(${sql.val(ids)}::bigint[])
      and (latest.status is null
        or latest.registered_on is distinct from e.registered_on or latest.status is distinct from e.status
        or latest.industry_code is distinct from e.industry_code or latest.tiers is distinct from e.tiers)
    order by e.id`.execute(trx);
}

/**
 * The SELECT (literals inlined, usable inside COPY) of the evaluation attributes of the enterprises in scope, in the
 * column order `id, uscc, registered_on, status, industry_code, tiers`, ordered by id: their current state, or with
 * `recordedBefore` (a timestamptz literal) the latest version recorded before that instant. An enterprise with no
 * version that old (created later) keeps its current attributes: its records are absent at that instant anyway.
 */
export function enterpriseAttributesSql(scope: EnterpriseScope, recordedBefore: string | null): string {
  if (recordedBefore === null)
    return `select id, uscc, registered_on, status, industry_code, tiers from enterprises where ${enterpriseScopeSql(scope, 'id')} order by id`;
  const pick = (column: string) =>
    `case when v.enterprise_id is null then e.${column} else v.${column} end as ${column}`;
  return `select e.id, e.uscc, ${['registered_on', 'status', 'industry_code', 'tiers'].map(pick).join(', ')}
    from enterprises e
    left join lateral (
      select h.enterprise_id, h.registered_on, h.status, h.industry_code, h.tiers from enterprise_versions h
      where h.enterprise_id = e.id and h.recorded_at < ${quoteLiteral(recordedBefore)}::timestamptz
      order by h.recorded_at desc, h.id desc limit 1
    ) v on true
    where ${enterpriseScopeSql(scope, 'e.id')}
    order by e.id`;
}

/** The evaluation attributes of a few enterprises as they were at an instant (see enterpriseAttributesSql). */
export async function findEnterprisesAsOf(
  db: Executor,
  ids: number[],
  recordedBefore: string,
): Promise<EnterpriseAttributes[]> {
  if (ids.length === 0) return [];
  const rows = await sql<EnterpriseAttributes>`${sql.raw(enterpriseAttributesSql({ ids }, recordedBefore))}`.execute(
    db,
  );
  return rows.rows.map(({ id, uscc, registered_on, status, industry_code, tiers }) => ({
    id: Number(id),
    uscc,
    registered_on,
    status,
    industry_code,
    tiers,
  }));
}
