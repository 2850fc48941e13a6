import { sql, type Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import {
  dataSetLabel,
  EVALUATION_DATA_SET,
  evaluationRow,
  nationalRow,
  UPWARD_EVENT_LABELS,
  type UpwardEvent,
} from './upward-rows.ts';

/** One item as it is pushed and packaged: its key, what happened, and the row in the national format. */
export interface UpwardItem {
  idempotencyKey: string;
  event: UpwardEvent;
  eventLabel: string;
  dataSet: string;
  dataSetLabel: string;
  /** The record and the version the row is (null for an evaluation result). */
  recordId: number | null;
  recordVersion: number | null;
  periodDay: string;
  row: Record<string, string>;
}

interface ItemRow {
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
export async function readUpwardItems(
  db: Kysely<Database>,
  of: { batchId: number } | { periodDay: string },
): Promise<UpwardItem[]> {
  const condition = 'batchId' in of ? sql`u.batch_id = ${of.batchId}` : sql`u.period_day = ${of.periodDay}::date`;
  const rows = await sql<ItemRow>`
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
  return rows.rows.map((row) => {
    const fields = (typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields) as Record<string, unknown>;
    const event = row.event as UpwardEvent;
    return {
      idempotencyKey: row.idempotency_key,
      event,
      eventLabel: UPWARD_EVENT_LABELS[event],
      dataSet: row.data_set,
      dataSetLabel: dataSetLabel(row.data_set),
      recordId: row.record_id === null ? null : Number(row.record_id),
      recordVersion: row.version === null ? null : Number(row.version),
      periodDay: row.period_day,
      row:
        row.data_set === EVALUATION_DATA_SET
          ? evaluationRow({
              uscc: row.uscc,
              name: row.name,
              grade: row.grade ?? '',
              score: Number(row.score),
              modelVersion: row.model_version ?? '',
              asOf: row.as_of ?? '',
            })
          : nationalRow(row.data_set, fields ?? {}),
    };
  });
}
