import { sql, type Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { nextState, type Workflow } from '../../domain/workflows/state-machine.ts';
import type { Database } from '../../store/database.ts';

/** The tables that hold workflow cases; each has id, state, version and updated_at. */
export type CaseTable = 'declarations' | 'objections' | 'repair_applications' | 'commitments';

export interface CaseRow {
  id: number;
  enterprise_id: number;
  state: string;
  version: number;
  [column: string]: unknown;
}

/**
 * Moves one case along its workflow (issue #6 §6): the transition must be in the workflow's table, and the update
 * only matches while the case is still in the state and version it was read in (`update … where state = expected and
 * version = expected returning`). Of two reviewers deciding the same case at once, the second update finds the row
 * already changed (PostgreSQL re-checks the condition after the first commits) and is refused with CONFLICT.
 */
export async function advanceCase<State extends string, Action extends string>(
  trx: Transaction<Database>,
  table: CaseTable,
  workflow: Workflow<State, Action>,
  current: CaseRow,
  action: Action,
  changes: Record<string, unknown> = {},
): Promise<CaseRow & { state: State }> {
  const to = nextState(workflow, current.state as State, action);
  const assignments = Object.entries({ ...changes, state: to }).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const updated = await sql<CaseRow>`
    update ${sql.table(table)} set ${sql.join(assignments)}, version = version + 1, updated_at = now()
    where id = ${current.id} and state = ${current.state} and version = ${current.version}
    returning *`.execute(trx);
  const row = updated.rows[0];
  if (!row) {
    throw new AppError('CONFLICT', `该${workflow.label}已被他人处理（状态已变更），请刷新后查看最新结果`, { message: `${table} ${current.id} changed concurrently` });
  }
  return row as CaseRow & { state: State };
}

/** Reads one case, or NOT_FOUND naming the workflow. */
export async function findCase(trx: Transaction<Database>, table: CaseTable, id: number, label: string): Promise<CaseRow> {
  const found = await sql<CaseRow>`select * from ${sql.table(table)} where id = ${id}`.execute(trx);
  if (!found.rows[0]) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的${label}`);
  return found.rows[0];
}
