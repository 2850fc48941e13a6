import type { Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord, RecordStatus } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { findRecordWithEnterprise, writeRecords, type RecordWithEnterpriseRow } from '../../store/record.repository.ts';

/** A record as a workflow reads it before rewriting it. */
export type RecordRow = RecordWithEnterpriseRow;

export async function findRecordForWorkflow(trx: Transaction<Database>, id: number): Promise<RecordRow> {
  const row = await findRecordWithEnterprise(trx, id);
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的信用记录`);
  return row;
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
