import { sql, type Kysely } from 'kysely';
import type { Workflow } from '../../domain/workflows/state-machine.ts';
import type { Database } from '../../store/database.ts';
import type { CaseTable } from './advance-case.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

export interface CaseView {
  id: number;
  uscc: string;
  enterpriseName: string;
  state: string;
  stateLabel: string;
  version: number;
  recordId: number | null;
  reason: string | null;
  decidedBy: string | null;
  attachments: string[];
  createdAt: string;
  updatedAt: string;
  details: Record<string, unknown>;
}

const DETAIL_COLUMNS: Record<CaseTable, string[]> = {
  declarations: ['category', 'title', 'fields'],
  objections: ['evaluation_id', 'reason', 'accepted_on', 'due_on'],
  repair_applications: ['correction', 'commitment_id', 'accepted_on', 'due_on'],
  commitments: ['commitment_type', 'item_code', 'department_code', 'text_version', 'text_digest', 'evidence', 'signed_on'],
};

/**
 * Cases of one workflow, newest first; an enterprise account gets only its own (enterpriseId set), a department
 * operator only the commitments made to its department (departmentCode set; commitments only).
 */
export async function listCases(db: Kysely<Database>, table: CaseTable, workflow: Workflow<string, string>, filter: { enterpriseId?: number; departmentCode?: string; state?: string; limit?: number }): Promise<CaseView[]> {
  const conditions = [sql`true`];
  if (filter.enterpriseId !== undefined) conditions.push(sql`c.enterprise_id = ${filter.enterpriseId}`);
  if (filter.departmentCode !== undefined) conditions.push(sql`c.department_code = ${filter.departmentCode}`);
  if (filter.state) conditions.push(sql`c.state = ${filter.state}`);
  const rows = await sql<Record<string, any>>`
    select c.*, e.uscc, e.name as enterprise_name from ${sql.table(table)} c join enterprises e on e.id = c.enterprise_id
    where ${sql.join(conditions, sql` and `)} order by c.id desc limit ${filter.limit ?? 100}`.execute(db);
  return rows.rows.map((row) => ({
    id: Number(row.id),
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    state: row.state,
    stateLabel: workflow.stateLabels[row.state] ?? row.state,
    version: row.version,
    recordId: row.record_id === null || row.record_id === undefined ? null : Number(row.record_id),
    reason: row.decision_reason ?? null,
    decidedBy: row.decided_by ?? null,
    attachments: row.attachments ?? [],
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    details: Object.fromEntries(DETAIL_COLUMNS[table].map((column) => [column, row[column] instanceof Date ? calendarDateOf(row[column]) : row[column]])),
  }));
}
