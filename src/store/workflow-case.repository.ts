import { sql, type RawBuilder, type Selectable } from 'kysely';
import { currentEvaluationLateral } from './evaluation.repository.ts';
import type { Database } from './database.ts';
import type { Executor } from './executor.ts';

/**
 * Tables of cases that officials, enterprises or banks change under optimistic concurrency: each row has an id, a
 * state column and a version that every change increments.
 */
export type CaseTable =
  | 'declarations'
  | 'objections'
  | 'repair_applications'
  | 'commitments'
  | 'requests'
  | 'loans'
  | 'honest_cases'
  | 'policy_payouts';

export type CaseRowOf<Table extends CaseTable> = Selectable<Database[Table]>;

/** Loans keep their state as `status`; the others as `state`. */
const STATE_COLUMN: Record<CaseTable, 'state' | 'status'> = {
  declarations: 'state',
  objections: 'state',
  repair_applications: 'state',
  commitments: 'state',
  requests: 'state',
  loans: 'status',
  honest_cases: 'state',
  policy_payouts: 'state',
};

/** honest_cases records who withdrew a case and when instead of an updated_at. */
const HAS_UPDATED_AT: Record<CaseTable, boolean> = {
  declarations: true,
  objections: true,
  repair_applications: true,
  commitments: true,
  requests: true,
  loans: true,
  honest_cases: false,
  policy_payouts: true,
};

/** What the caller read and expects still to hold when it writes. */
export interface CaseExpectation {
  id: number;
  version: number;
  /** The state (or any of the states) the case must still be in; omitted, only the version is compared. */
  state?: string | readonly string[];
}

/**
 * Compare-and-set on one case: applies `changes`, increments the version and touches updated_at, but only while the
 * row still has the version (and state) the caller read. Returns the updated row when this caller won, undefined when
 * someone else changed the case first. Of two concurrent writers PostgreSQL makes the second re-check the condition
 * after the first commits, so exactly one wins.
 */
export async function transitionCase<Table extends CaseTable>(
  db: Executor,
  table: Table,
  expected: CaseExpectation,
  changes: Record<string, unknown>,
): Promise<CaseRowOf<Table> | undefined> {
  const assignments = Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  assignments.push(sql`version = version + 1`);
  if (HAS_UPDATED_AT[table]) assignments.push(sql`updated_at = now()`);
  const states =
    expected.state === undefined ? [] : typeof expected.state === 'string' ? [expected.state] : [...expected.state];
  const stateCondition = states.length > 0 ? sql` and ${sql.ref(STATE_COLUMN[table])} in (${sql.join(states)})` : sql``;
  const updated = await sql<CaseRowOf<Table>>`
    update ${sql.table(table)} set ${sql.join(assignments)}
    where id = ${expected.id} and version = ${expected.version}${stateCondition}
    returning *`.execute(db);
  return updated.rows[0];
}

/** One case by id, whole. */
export async function findCaseRow<Table extends CaseTable>(
  db: Executor,
  table: Table,
  id: number,
): Promise<CaseRowOf<Table> | undefined> {
  const found = await sql<CaseRowOf<Table>>`select * from ${sql.table(table)} where id = ${id}`.execute(db);
  return found.rows[0];
}

/** How many cases of a table match `where` (SQL over the case aliased `c` and its enterprise `e`). */
export async function countCasesWithEnterprise(
  db: Executor,
  table: CaseTable,
  where: RawBuilder<unknown>,
): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from ${sql.table(table)} c join enterprises e on e.id = c.enterprise_id
    where ${where}`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

/**
 * A page of the cases of a table matching `where` (as countCasesWithEnterprise), newest first: every case column, the
 * enterprise's uscc and enterprise_name, and its current evaluation (current_score, current_grade, current_as_of).
 */
export async function listCasesWithEnterprise(
  db: Executor,
  table: CaseTable,
  where: RawBuilder<unknown>,
  page: { limit: number; offset: number },
): Promise<Array<Record<string, any>>> {
  const { rows } = await sql<Record<string, any>>`
    select c.*, e.uscc, e.name as enterprise_name, cur.score as current_score, cur.grade as current_grade, cur.as_of as current_as_of
    from ${sql.table(table)} c join enterprises e on e.id = c.enterprise_id
    left join lateral ${currentEvaluationLateral('c.enterprise_id')} cur on true
    where ${where} order by c.id desc limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows;
}

/** An accepted objection or repair application with a due date, and its enterprise. */
export interface OpenCaseRow {
  source: 'objections' | 'repair_applications';
  id: number;
  due_on: string;
  uscc: string;
  name: string;
}

/** The accepted (open) objections and repair applications that have a due date, with their enterprise. */
export async function listOpenCasesWithDueDate(db: Executor): Promise<OpenCaseRow[]> {
  const { rows } = await sql<OpenCaseRow>`
    select 'objections' as source, c.id, c.due_on, e.uscc, e.name from objections c join enterprises e on e.id = c.enterprise_id
    where c.state = 'accepted' and c.due_on is not null
    union all
    select 'repair_applications' as source, c.id, c.due_on, e.uscc, e.name from repair_applications c join enterprises e on e.id = c.enterprise_id
    where c.state = 'accepted' and c.due_on is not null`.execute(db);
  return rows;
}
