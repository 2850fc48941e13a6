import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import {
  DECLARATION_AUDIT_ACTIONS,
  DECLARATION_WORKFLOW,
  type DeclarationAction,
} from '../../domain/workflows/declaration-workflow.ts';
import type { Database } from '../../store/database.ts';
import { findRecordIdByNaturalKey, writeRecords } from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { reevaluateAfterDecision, type DecisionReevaluation } from './reevaluate-after-decision.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { advanceCase, findCase } from './advance-case.ts';
import { findEnterpriseById } from './find-enterprise.ts';
import { normalizeDeclaredRecord } from './normalize-declared-record.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface DeclarationDecision {
  id: number;
  action: DeclarationAction;
  reason?: string;
  actor: string;
}

export interface DecidedCase {
  id: number;
  state: string;
  recordId?: number | null;
  /** The re-evaluation after an approval, with the score and grade it changed. */
  reevaluation?: DecisionReevaluation;
}

/**
 * A reviewer accepts, approves or rejects a declaration. A rejection needs a reason, which the enterprise is told.
 * Approval turns the declaration into a credit record (source 自主申报, the reviewer as verifier) in the same
 * transaction, and the enterprise is re-evaluated at once after the commit.
 */
export async function decideDeclaration(
  db: Kysely<Database>,
  decision: DeclarationDecision,
  secretKey: SecretKey,
): Promise<DecidedCase> {
  const reason = decision.reason?.trim() ?? '';
  if (decision.action === 'reject' && !reason)
    throw new AppError('INVALID_INPUT', '字段“驳回理由”：驳回自主申报必须填写理由，理由将告知企业');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findCase(trx, 'declarations', decision.id, DECLARATION_WORKFLOW.label);
    const enterprise = await findEnterpriseById(trx, current.enterprise_id);
    const changes: Record<string, unknown> = { decided_by: decision.actor };
    if (reason) changes.decision_reason = reason;
    const advanced = await advanceCase(trx, 'declarations', DECLARATION_WORKFLOW, current, decision.action, changes);
    let recordId: number | null = null;
    if (advanced.state === 'approved') {
      const declared = current.fields as { kind: string; values: Record<string, string | number | null> };
      const kind = loadCatalog().kind(declared.kind)!;
      const record = normalizeDeclaredRecord(kind, enterprise, declared.values, {
        secretKey,
        today: todayInDistrict(),
        provenance: { source: '自主申报', declaration_id: current.id, verified_by: decision.actor },
      });
      await writeRecords(trx, null, decision.actor, [record]);
      recordId = await findRecordIdByNaturalKey(trx, record.kind, record.naturalKey);
      await trx.updateTable('declarations').set({ record_id: recordId }).where('id', '=', current.id).execute();
    }
    await appendAuditEvent(trx, {
      actor: decision.actor,
      action: DECLARATION_AUDIT_ACTIONS[advanced.state],
      subjectType: 'declaration',
      subjectId: String(current.id),
      payload: { uscc: enterprise.uscc, from: current.state, to: advanced.state, reason: reason || null, recordId },
    });
    const label = DECLARATION_WORKFLOW.stateLabels[advanced.state];
    const body =
      advanced.state === 'rejected'
        ? `您的自主申报“${String(current.title)}”未通过审核。理由：${reason}。如有补充材料，可重新提交申报。`
        : advanced.state === 'approved'
          ? `您的自主申报“${String(current.title)}”已通过审核，已记入贵企业的信用记录。平台随即重新评价，分数与等级的变化见“信用评价已更新”消息。`
          : `您的自主申报“${String(current.title)}”${label}，请留意后续审核结果。`;
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'declaration',
        title: `自主申报${label}`,
        body,
        subjectType: 'declaration',
        subjectId: String(current.id),
      }),
    );
    return { id: current.id, state: advanced.state, recordId, enterpriseId: enterprise.id };
  });
  await deliverMessages(messages);
  const reevaluation =
    result.state === 'approved' ? await reevaluateAfterDecision(db, result.enterpriseId, 'declaration') : undefined;
  return { id: result.id, state: result.state, recordId: result.recordId, reevaluation };
}
