import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { describeDeadline } from '../../domain/working-days.ts';
import { REPAIR_AUDIT_ACTIONS, REPAIR_WORKFLOW, type RepairAction } from '../../domain/workflows/repair-workflow.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import { publishShareEvents } from '../sharing/publish-share-events.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { advanceCase, findCase } from './advance-case.ts';
import type { DecidedCase } from './decide-declaration.ts';
import { reevaluateAfterDecision } from './reevaluate-after-decision.ts';
import { findRecordForWorkflow, writeRecordVersion } from './rewrite-record-status.ts';
import { startReviewDeadline } from './start-review-deadline.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { describeRecord } from '../records/describe-record.ts';

/**
 * A reviewer accepts, approves or rejects a repair application (a rejection needs a reason). Approval writes a new
 * version of the record with status `repaired`: from then on it is not published, shared, used or counted in any
 * evaluation (001 §二(四)), but it stays in the store with its history and in the audit trail. The enterprise is told
 * and re-evaluated at once.
 */
export async function decideRepair(
  db: Kysely<Database>,
  decision: { id: number; action: RepairAction; reason?: string; actor: string },
): Promise<DecidedCase> {
  const reason = decision.reason?.trim() ?? '';
  if (decision.action === 'reject' && !reason)
    throw new AppError('INVALID_INPUT', '字段“不予修复理由”：不予修复必须说明理由，理由将告知企业');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findCase(trx, 'repair_applications', decision.id, REPAIR_WORKFLOW.label);
    const changes: Record<string, unknown> = { decided_by: decision.actor };
    let due: { date: string; isCovered: boolean } | undefined;
    if (reason) changes.decision_reason = reason;
    if (decision.action === 'accept') {
      const started = await startReviewDeadline(trx, current.created_at as Date | string, 'repairReviewWorkingDays');
      changes.accepted_on = started.acceptedOn;
      changes.due_on = started.due.date;
      due = started.due;
    }
    const advanced = await advanceCase(trx, 'repair_applications', REPAIR_WORKFLOW, current, decision.action, changes);
    const record = await findRecordForWorkflow(trx, Number(current.record_id));
    if (advanced.state === 'approved') {
      if (record.status !== 'active')
        throw new AppError('PRECONDITION_FAILED', '该记录已不是有效状态（已修复或已撤销），不能再修复');
      await writeRecordVersion(trx, record, decision.actor, {
        status: 'repaired',
        fields: { repaired_on: todayInDistrict(), repair_application_id: current.id },
      });
      // Subscribers must stop using the record (001 §二(四)); published before the audit event, like every producer.
      await publishShareEvents(trx, [
        {
          type: 'record_repaired',
          enterpriseId: Number(record.enterprise_id),
          payload: {
            recordId: record.id,
            kind: record.kind,
            departmentCode: record.department_code,
            repairedOn: todayInDistrict(),
          },
        },
      ]);
    }
    await appendAuditEvent(trx, {
      actor: decision.actor,
      action: REPAIR_AUDIT_ACTIONS[advanced.state],
      subjectType: 'repair_application',
      subjectId: String(current.id),
      payload: {
        uscc: record.uscc,
        recordId: record.id,
        from: current.state,
        to: advanced.state,
        reason: reason || null,
      },
    });
    const label = REPAIR_WORKFLOW.stateLabels[advanced.state];
    const named = describeRecord(record);
    const body =
      advanced.state === 'approved'
        ? `您对${named}的信用修复申请已准予。该记录自即日起停止公示、共享和使用，不再作为信用评价的依据；平台随即重新评价，分数与等级的变化见“信用评价已更新”消息。`
        : advanced.state === 'rejected'
          ? `您对${named}的信用修复申请未通过。理由：${reason}。补齐材料后可重新申请。`
          : advanced.state === 'accepted' && due
            ? `您对${named}的信用修复申请已受理，将于 ${describeDeadline(due.date, due.isCovered)} 前办结。`
            : `您对${named}的信用修复申请${label}。`;
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: current.enterprise_id,
        topic: 'repair',
        title: `信用修复申请${label === '已修复' ? '已准予' : label}`,
        body,
        subjectType: 'repair_application',
        subjectId: String(current.id),
      }),
    );
    return { id: current.id, state: advanced.state, recordId: record.id, enterpriseId: current.enterprise_id };
  });
  await deliverMessages(messages);
  const reevaluation =
    result.state === 'approved' ? await reevaluateAfterDecision(db, result.enterpriseId, 'repair') : undefined;
  return { id: result.id, state: result.state, recordId: result.recordId, reevaluation };
}
