import type { Selectable, Transaction } from 'kysely';
import type { AuditAction } from '../../domain/audit-actions.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import { nextState } from '../../domain/workflows/state-machine.ts';
import { REQUEST_WORKFLOW, type RequestAction, type RequestState } from '../../domain/requests/request-workflow.ts';
import type { Database, RequestTable } from '../../store/database.ts';
import { transitionCase } from '../../store/workflow-case.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { RequestActor } from './request-actor.ts';

export type RequestRow = Selectable<RequestTable>;

/** The audit action each step of the workflow writes. */
const AUDIT_ACTION_OF: Record<RequestAction | 'submit' | 'link' | 'escalate', AuditAction> = {
  submit: 'request.submitted',
  accept: 'request.accepted',
  start: 'request.started',
  answer: 'request.answered',
  transfer: 'request.transferred',
  link: 'request.linked',
  follow_original: 'request.answered_as_duplicate',
  point_to_objection: 'request.pointed_to_objection',
  rate: 'request.rated',
  reopen: 'request.reopened',
  close_unsatisfied: 'request.closed_unsatisfied',
  close: 'request.closed',
  escalate: 'request.escalated',
};

export interface StepInput {
  actor: RequestActor;
  today: string;
  /** What the requester and officials read in the history (answer, reason …). */
  note?: string | null;
  /** Extra facts for the history and the audit trail (never personal data in clear). */
  payload?: Record<string, unknown>;
}

/**
 * Writes one step of a case's history and its audit event, in the caller's transaction. Used by every change,
 * including those that move no state (filing, linking a duplicate, escalation).
 */
export async function recordRequestStep(
  trx: Transaction<Database>,
  row: RequestRow,
  step: RequestAction | 'submit' | 'link' | 'escalate',
  fromState: string | null,
  input: StepInput,
): Promise<void> {
  const payload = input.payload ?? {};
  await trx
    .insertInto('request_events')
    .values({
      request_id: row.id,
      action: step,
      from_state: fromState,
      to_state: row.state,
      department_code: row.department_code,
      actor: input.actor.name,
      note: input.note ?? null,
      payload: JSON.stringify(payload),
      occurred_on: input.today,
    })
    .execute();
  await appendAuditEvent(trx, {
    actor: input.actor.name,
    action: AUDIT_ACTION_OF[step],
    subjectType: 'request',
    subjectId: String(row.id),
    payload: {
      trackingCode: row.tracking_code,
      from: fromState,
      to: row.state,
      departmentCode: row.department_code,
      note: input.note ?? null,
      ...payload,
    },
  });
}

/**
 * Moves a case one step along REQUEST_WORKFLOW: the transition must be in the table, and the update only matches while
 * the case is still in the state and version it was read in, so of two officials acting at once the second is told
 * the case changed (transitionCase, as for the other workflows). Writes the history step and the audit event.
 */
export async function advanceRequest(
  trx: Transaction<Database>,
  current: RequestRow,
  action: RequestAction,
  input: StepInput & { changes?: Record<string, unknown> },
): Promise<RequestRow> {
  const to = nextState(REQUEST_WORKFLOW, current.state as RequestState, action);
  const row = await transitionCase(
    trx,
    'requests',
    { id: current.id, version: current.version, state: current.state },
    { ...input.changes, state: to },
  );
  if (!row) throw caseChangedConflict(REQUEST_WORKFLOW.label, current.id);
  await recordRequestStep(trx, row, action, current.state, input);
  return row;
}
