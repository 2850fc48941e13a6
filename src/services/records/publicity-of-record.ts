import { computePublicity, type PublicityWindow } from '../../domain/publicity.ts';
import type { RecordStatus } from '../../domain/record.ts';
import { loadPublicityResolver } from '../../engine/load-publicity-rules.ts';
import type { RecordState } from '../../store/evaluation.repository.ts';

/** A stored record's columns that decide its publicity window; 违法行为类型 comes as a column or inside `fields`. */
export type RecordPublicityColumns = Omit<RecordState, 'violation_type'> & {
  violation_type?: string | null;
  fields?: Record<string, unknown>;
};

/** The publicity window of a stored record on a date, under the dated rules of catalog/publicity-rules.yaml. */
export function publicityOfRecord(row: RecordPublicityColumns, on: string): PublicityWindow | null {
  const violationType = row.violation_type ?? row.fields?.violation_type;
  return computePublicity(
    loadPublicityResolver(),
    {
      kind: row.kind,
      departmentCode: row.department_code,
      status: row.status as RecordStatus,
      occurredOn: row.occurred_on,
      endsOn: row.ends_on,
      level: row.level,
      subtype: row.subtype,
      amount: row.amount === null ? null : Number(row.amount),
      violationType: typeof violationType === 'string' ? violationType : null,
    },
    on,
  );
}
