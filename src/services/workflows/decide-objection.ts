import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Principal } from '../../domain/principal.ts';
import { describeDeadline } from '../../domain/working-days.ts';
import {
  OBJECTION_AUDIT_ACTIONS,
  OBJECTION_WORKFLOW,
  type ObjectionAction,
} from '../../domain/workflows/objection-workflow.ts';
import { describeActor } from '../../domain/principal.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { advanceCase, findCase } from './advance-case.ts';
import type { DecidedCase } from './decide-declaration.ts';
import { reevaluateAfterDecision } from './reevaluate-after-decision.ts';
import { findRecordForWorkflow, writeRecordVersion } from './rewrite-record-status.ts';
import { startReviewDeadline } from './start-review-deadline.ts';

export interface ObjectionDecision {
  id: number;
  action: ObjectionAction;
  reason?: string;
  /** For `correct`: the corrected field values by catalog key. */
  corrections?: Record<string, unknown>;
  principal: Principal;
}

const OUTCOME_TEXT: Record<string, string> = {
  corrected: '异议成立，相关信用记录已更正，并已重新评价',
  revoked: '异议成立，相关信用记录已撤销，并已重新评价',
  reevaluated: '已对您重新进行信用评价',
  upheld: '经复核，维持原结果',
};

/**
 * Decides an objection (001 §二(四)). Accepting starts the working-day deadline. The outcome corrects or revokes the
 * record (a new version; a department operator may do this only for its own department's records, as the owner of
 * the data), re-evaluates the enterprise, or upholds the result with reasons; the enterprise is told which.
 */
export async function decideObjection(db: Kysely<Database>, decision: ObjectionDecision): Promise<DecidedCase> {
  const reason = decision.reason?.trim() ?? '';
  const actor = describeActor(decision.principal);
  if (decision.action !== 'accept' && !reason)
    throw new AppError('INVALID_INPUT', '字段“处理理由”：处理异议必须说明理由，理由将告知企业');
  if (decision.action === 'correct' && (!decision.corrections || Object.keys(decision.corrections).length === 0))
    throw new AppError('INVALID_INPUT', '字段“更正后的字段值”：更正记录须给出更正后的字段值');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findCase(trx, 'objections', decision.id, OBJECTION_WORKFLOW.label);
    const record = current.record_id ? await findRecordForWorkflow(trx, Number(current.record_id)) : null;
    if (
      decision.principal.role === 'department_operator' &&
      (!record || record.department_code !== decision.principal.departmentCode)
    ) {
      throw new AppError('FORBIDDEN', '只能处理本部门报送记录的异议');
    }
    if ((decision.action === 'correct' || decision.action === 'revoke') && !record)
      throw new AppError('PRECONDITION_FAILED', '该异议针对评价结果而非具体记录，不能更正或撤销记录');
    const changes: Record<string, unknown> = { decided_by: actor };
    let due: { date: string; isCovered: boolean } | undefined;
    if (reason) changes.decision_reason = reason;
    if (decision.action === 'accept') {
      const started = await startReviewDeadline(trx, current.created_at as Date | string, 'objectionReviewWorkingDays');
      changes.accepted_on = started.acceptedOn;
      changes.due_on = started.due.date;
      due = started.due;
    }
    const advanced = await advanceCase(trx, 'objections', OBJECTION_WORKFLOW, current, decision.action, changes);
    if (record && advanced.state === 'revoked')
      await writeRecordVersion(trx, record, actor, { status: 'revoked', fields: { revoked_by_objection: current.id } });
    if (record && advanced.state === 'corrected')
      await writeRecordVersion(trx, record, actor, {
        fields: { ...decision.corrections, corrected_by_objection: current.id },
      });
    await appendAuditEvent(trx, {
      actor,
      action: OBJECTION_AUDIT_ACTIONS[advanced.state],
      subjectType: 'objection',
      subjectId: String(current.id),
      payload: {
        recordId: record?.id ?? null,
        from: current.state,
        to: advanced.state,
        reason: reason || null,
        corrections: decision.corrections ?? null,
        dueOn: changes.due_on ?? null,
      },
    });
    const body =
      advanced.state === 'accepted'
        ? `您的异议申请已受理，将于 ${describeDeadline(due!.date, due!.isCovered)} 前办结。`
        : `${OUTCOME_TEXT[advanced.state]}。理由：${reason}`;
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: current.enterprise_id,
        topic: 'objection',
        title: `异议申请${OBJECTION_WORKFLOW.stateLabels[advanced.state]}`,
        body,
        subjectType: 'objection',
        subjectId: String(current.id),
      }),
    );
    return { id: current.id, state: advanced.state, recordId: record?.id ?? null, enterpriseId: current.enterprise_id };
  });
  await deliverMessages(messages);
  const changesEvaluation = ['corrected', 'revoked', 'reevaluated'].includes(result.state);
  const reevaluation = changesEvaluation
    ? await reevaluateAfterDecision(db, result.enterpriseId, 'objection')
    : undefined;
  return { id: result.id, state: result.state, recordId: result.recordId, reevaluation };
}
