import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { RecordStatus } from '../../domain/record.ts';
import type { Database } from '../../store/database.ts';
import { maskRecordFields } from '../enterprises/show-enterprise.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';

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
export async function listEnterpriseRecords(db: Kysely<Database>, query: EnterpriseRecordQuery): Promise<{ total: number; items: RecordSummary[] }> {
  const enterprise = await requireEnterprise(db, query.uscc);
  const base = db
    .selectFrom('records as r')
    .where('r.enterprise_id', '=', enterprise.id)
    .$if(query.kind !== undefined, (q) => q.where('r.kind', '=', query.kind!))
    .$if(query.status !== undefined, (q) => q.where('r.status', '=', query.status!))
    .$if(query.departmentCode !== undefined, (q) => q.where('r.department_code', '=', query.departmentCode!));
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('record_kinds as k', 'k.code', 'r.kind')
    .innerJoin('departments as d', 'd.code', 'r.department_code')
    .select([
      'r.id',
      'r.kind',
      'k.label as kind_label',
      'r.department_code',
      'd.short_name as department_name',
      'r.status',
      'r.occurred_on',
      'r.ends_on',
      'r.level',
      'r.subtype',
      'r.grade',
      'r.amount',
      'r.quantity',
      'r.fields',
      'r.version',
      'r.batch_id',
      'r.source_row',
      'r.updated_at',
    ])
    .orderBy(sql`r.occurred_on desc nulls last`)
    .orderBy('r.id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return {
    total: Number(total),
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
      fields: maskRecordFields(row.kind, row.fields as Record<string, unknown>),
      version: row.version,
      batchId: row.batch_id,
      sourceRow: row.source_row,
      updatedAt: new Date(row.updated_at).toISOString(),
    })),
  };
}
