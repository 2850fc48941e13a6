import { sql, type Selectable } from 'kysely';
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
