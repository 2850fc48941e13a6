import type { Kysely } from 'kysely';
import type { RecordStatus } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { maskRecordFields } from '../enterprises/show-enterprise.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { listRecordsOfEnterprise } from '../../store/record.repository.ts';

export interface RecordSummary {
  id: number;
  kind: string;
  kindLabel: string;
  departmentCode: string;
  departmentName: string;
  status: string;
  occurredOn: string | null;
  endsOn: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  /** Personal values masked. */
  fields: Record<string, unknown>;
  version: number;
  batchId: number | null;
  sourceRow: number | null;
  updatedAt: string;
}

export interface EnterpriseRecordQuery {
  uscc: string;
  kind?: string;
  status?: RecordStatus;
  /** Only this department's records (a department operator sees its own uploads). */
  departmentCode?: string;
  limit: number;
  offset: number;
}

/** One page of an enterprise's current records, newest decision first, personal data masked. */
export async function listEnterpriseRecords(
  db: Kysely<Database>,
  query: EnterpriseRecordQuery,
): Promise<{ total: number; items: RecordSummary[] }> {
  const enterprise = await requireEnterprise(db, query.uscc);
  const { total, rows } = await listRecordsOfEnterprise(
    db,
    enterprise.id,
    { kind: query.kind, status: query.status, departmentCode: query.departmentCode },
    query,
  );
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      kindLabel: row.kind_label,
      departmentCode: row.department_code,
      departmentName: row.department_name,
      status: row.status,
      occurredOn: row.occurred_on,
      endsOn: row.ends_on,
      level: row.level,
      subtype: row.subtype,
      grade: row.grade,
      amount: row.amount,
      quantity: row.quantity,
      fields: maskRecordFields(row.kind, row.fields),
      version: row.version,
      batchId: row.batch_id,
      sourceRow: row.source_row,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
  };
}
