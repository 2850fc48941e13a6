import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { LONG_TERM_DATE, RECORD_STATUS_LABELS, type RecordStatus } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { findRecordsByIds } from '../../store/record.repository.ts';
import { loadReportProfile } from '../report/report-profile.ts';

/** A credit record as a reviewer reads it next to the case about it: what it is, who decided it, and its fields. */
export interface CaseRecord {
  id: number;
  kindLabel: string;
  /** The decision's number (决定书文号, 许可编号 …) as the report shows it, when the kind has one. */
  number: string | null;
  departmentName: string;
  occurredOn: string | null;
  endsOn: string | null;
  statusLabel: string;
  /** Every field the file or form gave, by its Chinese header, in the catalog's order; personal values left out. */
  fields: Array<{ label: string; value: string }>;
}

/**
 * The records that objections, repairs and approved declarations are about, by id. Protected personal values
 * ({ masked, cipher } objects) are never shown here: the reviewer decides on the decision, not on a person's data.
 */
export async function describeCaseRecords(db: Kysely<Database>, recordIds: number[]): Promise<Map<number, CaseRecord>> {
  const ids = [...new Set(recordIds)];
  if (ids.length === 0) return new Map();
  const catalog = loadCatalog();
  const rows = await findRecordsByIds(db, ids);
  return new Map(
    rows.map((row) => {
      const kind = catalog.kind(row.kind);
      const values = (row.fields ?? {}) as Record<string, unknown>;
      const fields = (kind?.fields ?? []).flatMap((field) => {
        const value = values[field.key];
        if (field.personal || value === null || value === undefined || value === '' || typeof value === 'object')
          return [];
        return [{ label: field.header, value: value === LONG_TERM_DATE ? '长期' : String(value) }];
      });
      const record: CaseRecord = {
        id: Number(row.id),
        kindLabel: kind?.label ?? row.kind,
        number: numberOf(row.kind, values),
        departmentName: catalog.department(row.department_code)?.name ?? row.department_code,
        occurredOn: row.occurred_on,
        endsOn: row.ends_on === LONG_TERM_DATE ? null : row.ends_on,
        statusLabel: RECORD_STATUS_LABELS[row.status as RecordStatus] ?? row.status,
        fields,
      };
      return [record.id, record];
    }),
  );
}

/** The field the credit report uses as the record's number (catalog/report-profile.yaml), as text. */
function numberOf(kindCode: string, fields: Record<string, unknown>): string | null {
  const key = loadReportProfile().records.get(kindCode)?.number;
  const value = key ? fields[key] : null;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}
