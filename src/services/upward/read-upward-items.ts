import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { listUpwardItemRows } from '../../store/upward-item.repository.ts';
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

/** The items of a batch, or of a district day, in the order they happened. */
export async function readUpwardItems(
  db: Kysely<Database>,
  of: { batchId: number } | { periodDay: string },
): Promise<UpwardItem[]> {
  const rows = await listUpwardItemRows(db, of);
  return rows.map((row) => {
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
