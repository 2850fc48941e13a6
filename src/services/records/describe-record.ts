import { loadCatalog } from '../../catalog/catalog.ts';
import { loadReportProfile } from '../report/report-profile.ts';

/** What a record is made of for naming it: its kind, department, date and fields (a records row or a workflow's copy). */
export interface RecordToName {
  kind: string;
  department_code: string;
  occurred_on: string | Date | null;
  fields: Record<string, unknown>;
}

/**
 * A record as people name it, not by its database number: its kind, its document number when the kind has one
 * (the report's layout, report-profile.yaml, says which field), the date and the department, e.g.
 * `行政处罚“华税罚〔2026〕3号”（2026-03-01，区税务局）`.
 */
export function describeRecord(record: RecordToName): string {
  const catalog = loadCatalog();
  const kind = catalog.kind(record.kind);
  const numberField = loadReportProfile().records.get(record.kind)?.number;
  const number = numberField ? record.fields[numberField] : null;
  const date = record.occurred_on instanceof Date ? record.occurred_on.toISOString().slice(0, 10) : record.occurred_on;
  const department = catalog.department(record.department_code)?.shortName ?? null;
  const details = [date, department].filter(Boolean).join('，');
  return `${kind?.label ?? '信用记录'}${number !== null && number !== undefined && number !== '' ? `“${String(number)}”` : ''}${details ? `（${details}）` : ''}`;
}
