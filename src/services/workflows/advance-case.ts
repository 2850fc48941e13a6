import type { Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import { nextState, type Workflow } from '../../domain/workflows/state-machine.ts';
import type { Database } from '../../store/database.ts';
import { findCaseRow, transitionCase } from '../../store/workflow-case.repository.ts';

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
 * Moves one case along its workflow: the transition must be in the workflow's table, and the update only matches
 * while the case is still in the state and version it was read in (transitionCase). Of two reviewers deciding the
 * same case at once, the second is refused with CONFLICT (caseChangedConflict).
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
  const row = await transitionCase(
    trx,
    table,
    { id: current.id, version: current.version, state: current.state },
    { ...changes, state: to },
  );
  if (!row) throw caseChangedConflict(workflow.label, current.id);
  return { ...(row as CaseRow), state: to };
}

/** Reads one case, or NOT_FOUND naming the workflow. */
export async function findCase(
  trx: Transaction<Database>,
  table: CaseTable,
  id: number,
  label: string,
): Promise<CaseRow> {
  const found = await findCaseRow(trx, table, id);
  if (!found) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的${label}`);
  return found as CaseRow;
}
