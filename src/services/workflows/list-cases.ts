import { sql, type Kysely } from 'kysely';
import { countCasesWithEnterprise, listCasesWithEnterprise } from '../../store/workflow-case.repository.ts';
import type { Workflow } from '../../domain/workflows/state-machine.ts';
import type { Database } from '../../store/database.ts';
import type { CaseTable } from './advance-case.ts';
import { describeCaseRecords, type CaseRecord } from './describe-case-records.ts';
import { calendarDateOf } from '../../domain/district-date.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { matchEnterprise } from '../public-portal/match-enterprise.ts';

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
  /** Who decided, by display name (decidedBy is the account). */
  decidedByName: string | null;
  attachments: string[];
  createdAt: string;
  updatedAt: string;
  details: Record<string, unknown>;
  /** The enterprise's current evaluation (null: never evaluated), so the reviewer sees what the decision may move. */
  current: { score: number; grade: string; asOf: string } | null;
  /** The credit record the case is about (the disputed or repaired record, the record an approved declaration made). */
  record: CaseRecord | null;
}

const DETAIL_COLUMNS: Record<CaseTable, string[]> = {
  declarations: ['category', 'title', 'fields'],
  objections: ['evaluation_id', 'reason', 'accepted_on', 'due_on'],
  repair_applications: ['correction', 'commitment_id', 'accepted_on', 'due_on'],
  commitments: [
    'commitment_type',
    'item_code',
    'department_code',
    'text_version',
    'text_digest',
    'evidence',
    'signed_on',
  ],
};

/**
 * Whose cases and in which state: an enterprise's own, those made to a department (commitments only), or all; an
 * enterprise's name or code (`q`, as the public search reads it) and the signing dates (commitments only).
 */
export interface CaseFilter {
  enterpriseId?: number;
  departmentCode?: string;
  state?: string;
  q?: string;
  signedFrom?: string;
  signedTo?: string;
}

function caseConditions(filter: CaseFilter) {
  const conditions = [sql`true`];
  if (filter.enterpriseId !== undefined) conditions.push(sql`c.enterprise_id = ${filter.enterpriseId}`);
  if (filter.departmentCode !== undefined) conditions.push(sql`c.department_code = ${filter.departmentCode}`);
  if (filter.state) conditions.push(sql`c.state = ${filter.state}`);
  const match = matchEnterprise(filter.q, 'e');
  if (match) conditions.push(match);
  if (filter.signedFrom) conditions.push(sql`c.signed_on >= ${filter.signedFrom}::date`);
  if (filter.signedTo) conditions.push(sql`c.signed_on <= ${filter.signedTo}::date`);
  return conditions;
}

/** How many cases listCases pages through for the same filter. */
export async function countCases(db: Kysely<Database>, table: CaseTable, filter: CaseFilter): Promise<number> {
  return countCasesWithEnterprise(db, table, sql.join(caseConditions(filter), sql` and `));
}

/**
 * Cases of one workflow, newest first (a page of them: 100 unless `limit` says otherwise); an enterprise account gets only its own (enterpriseId set), a department
 * operator only the commitments made to its department (departmentCode set; commitments only).
 */
export async function listCases(
  db: Kysely<Database>,
  table: CaseTable,
  workflow: Workflow<string, string>,
  filter: CaseFilter & { limit?: number; offset?: number },
): Promise<CaseView[]> {
  const conditions = caseConditions(filter);
  const rows = await listCasesWithEnterprise(db, table, sql.join(conditions, sql` and `), {
    limit: filter.limit ?? 100,
    offset: filter.offset ?? 0,
  });
  const records = await describeCaseRecords(
    db,
    rows.flatMap((row) => (row.record_id === null || row.record_id === undefined ? [] : [Number(row.record_id)])),
  );
  const nameOf = await loadActorNames(
    db,
    rows.map((row) => row.decided_by),
  );
  return rows.map((row) => ({
    id: Number(row.id),
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    state: row.state,
    stateLabel: workflow.stateLabels[row.state] ?? row.state,
    version: row.version,
    recordId: row.record_id === null || row.record_id === undefined ? null : Number(row.record_id),
    reason: row.decision_reason ?? null,
    decidedBy: row.decided_by ?? null,
    decidedByName: row.decided_by ? nameOf(row.decided_by) : null,
    attachments: row.attachments ?? [],
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    details: Object.fromEntries(
      DETAIL_COLUMNS[table].map((column) => [
        column,
        row[column] instanceof Date ? calendarDateOf(row[column]) : row[column],
      ]),
    ),
    current:
      row.current_grade === null || row.current_grade === undefined
        ? null
        : {
            score: Number(row.current_score),
            grade: row.current_grade,
            asOf: row.current_as_of instanceof Date ? calendarDateOf(row.current_as_of) : String(row.current_as_of),
          },
    record: row.record_id === null || row.record_id === undefined ? null : (records.get(Number(row.record_id)) ?? null),
  }));
}
