import type { Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord, RecordStatus } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { writeRecords } from '../../store/record.repository.ts';

export interface RecordRow {
  id: number;
  enterprise_id: number;
  kind: string;
  natural_key: string;
  department_code: string;
  status: string;
  occurred_on: string | null;
  ends_on: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  fields: Record<string, unknown>;
  uscc: string;
  name: string;
}

export async function findRecordForWorkflow(trx: Transaction<Database>, id: number): Promise<RecordRow> {
  const row = await trx
    .selectFrom('records as r')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id')
    .select(['r.id', 'r.enterprise_id', 'r.kind', 'r.natural_key', 'r.department_code', 'r.status', 'r.occurred_on', 'r.ends_on', 'r.level', 'r.subtype', 'r.grade', 'r.amount', 'r.quantity', 'r.fields', 'e.uscc', 'e.name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的信用记录`);
  return row as RecordRow;
}

/**
 * Writes a new version of a record with another status (repaired, revoked) or corrected fields: versions are
 * append-only, so the record's earlier versions stay in record_versions exactly as they were.
 */
export async function writeRecordVersion(
  trx: Transaction<Database>,
  record: RecordRow,
  actor: string,
  change: { status?: RecordStatus; fields?: Record<string, unknown> },
): Promise<void> {
  const next: NormalizedRecord = {
    sourceRow: 0,
    subjectUscc: record.uscc,
    subjectName: record.name,
    kind: record.kind,
    naturalKey: record.natural_key,
    departmentCode: record.department_code,
    status: change.status ?? (record.status as RecordStatus),
    occurredOn: record.occurred_on,
    endsOn: record.ends_on,
    level: record.level,
    subtype: record.subtype,
    grade: record.grade,
    amount: record.amount,
    quantity: record.quantity,
    fields: { ...record.fields, ...change.fields },
  };
  await writeRecords(trx, null, actor, [next]);
}
