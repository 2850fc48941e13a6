import { sql, type RawBuilder } from 'kysely';
import type { Executor } from './executor.ts';

/** The district day (Beijing time) of a timestamp column, the same on both engines (no time-zone data needed). */
export function districtDaySql(column: string): RawBuilder<string> {
  return sql.raw(`((${column} at time zone 'UTC') + interval '8 hours')::date`);
}

/**
 * Adds an upward item for every record version that has none yet, under the key `record-<id>-v<version>`: version 1 is
 * `new`; a later version is a `repair`, `revocation` or `removal` when its status became repaired, revoked or removed
 * with it, and a `correction` otherwise. Returns how many were added; the unique keys make a concurrent run harmless.
 */
export async function enqueueRecordVersionItems(db: Executor): Promise<number> {
  const inserted = await sql`
    insert into upward_items (idempotency_key, record_id, version, enterprise_id, data_set, event, period_day)
    select 'record-' || v.record_id || '-v' || v.version, v.record_id, v.version, v.enterprise_id, r.kind,
      case
        when v.version = 1 then 'new'
        when v.status = 'repaired' and p.status <> 'repaired' then 'repair'
        when v.status = 'revoked' and p.status <> 'revoked' then 'revocation'
        when v.status = 'removed' and p.status <> 'removed' then 'removal'
        else 'correction'
      end,
      ${districtDaySql('v.recorded_at')}
    from record_versions v
    join records r on r.id = v.record_id
    left join record_versions p on p.record_id = v.record_id and p.version = v.version - 1
    where not exists (select 1 from upward_items u where u.record_id = v.record_id and u.version = v.version)
    order by v.recorded_at, v.record_id, v.version
    on conflict do nothing`.execute(db);
  return Number(inserted.numAffectedRows ?? 0);
}

/** An upward item with what its row is made of: the record version's fields, or the evaluation result. */
export interface UpwardItemRow {
  id: number;
  idempotency_key: string;
  event: string;
  data_set: string;
  record_id: number | null;
  version: number | null;
  period_day: string;
  fields: unknown;
  uscc: string;
  name: string;
  grade: string | null;
  score: number | null;
  as_of: string | null;
  model_version: string | null;
}

/** The items of a batch, or of a district day, in the order they happened. */
export async function listUpwardItemRows(
  db: Executor,
  of: { batchId: number } | { periodDay: string },
): Promise<UpwardItemRow[]> {
  const condition = 'batchId' in of ? sql`u.batch_id = ${of.batchId}` : sql`u.period_day = ${of.periodDay}::date`;
  const rows = await sql<UpwardItemRow>`
    select u.id, u.idempotency_key, u.event, u.data_set, u.record_id, u.version,
      to_char(u.period_day, 'YYYY-MM-DD') as period_day, v.fields, n.uscc, n.name,
      ev.grade, ev.score, to_char(ev.as_of, 'YYYY-MM-DD') as as_of, m.model_id || '/' || m.version as model_version
    from upward_items u
    join enterprises n on n.id = u.enterprise_id
    left join record_versions v on v.record_id = u.record_id and v.version = u.version
    left join evaluations ev on ev.id = u.evaluation_id
    left join model_versions m on m.id = ev.model_version_id
    where ${condition}
    order by u.id`.execute(db);
  return rows.rows;
}
