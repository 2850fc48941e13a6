import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import type { Principal } from '../../domain/principal.ts';
import { describeActor } from '../../domain/principal.ts';
import {
  COMMITMENT_AUDIT_ACTIONS,
  COMMITMENT_WORKFLOW,
  type CommitmentAction,
} from '../../domain/workflows/commitment-workflow.ts';
import type { Database } from '../../store/database.ts';
import { findRecordIdByNaturalKey, writeRecords } from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { advanceCase, findCase, type CaseRow } from './advance-case.ts';
import type { DecidedCase } from './decide-declaration.ts';
import { findEnterpriseById, type EnterpriseRef } from './find-enterprise.ts';
import { reevaluateAfterDecision } from './reevaluate-after-decision.ts';
import { loadCommitmentList } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { calendarDateOf } from '../../domain/district-date.ts';

export interface CommitmentMarking {
  id: number;
  action: CommitmentAction;
  /** What the check found (投诉举报、随机抽查、专项治理 …): required, shown to the enterprise. */
  evidence: string;
  /** The commitment was false (弄虚作假), not merely unfulfilled. */
  isFalse?: boolean;
  principal: Principal;
}

/** 履约状态 values of the credit_commitment kind (catalog/record-kinds.yaml) for each outcome. */
const FULFILMENT: Record<'kept' | 'broken', string> = { kept: '已履行', broken: '未履行' };

/** The 承诺书编号 the platform gives a commitment signed on it (the credit record's natural key). */
export function commitmentNumber(id: number): string {
  return `XP-CN-${String(id).padStart(8, '0')}`;
}

/**
 * A department checks a commitment (000 §二(五): 投诉举报、随机抽查、专项治理) and marks it kept or broken, with
 * evidence. A department operator may mark only commitments made to its own department; reviewers any. The outcome
 * is written as a credit_commitment record (履约状态 已履行 / 未履行; a new version when the record already exists),
 * so the model's 信用承诺已履行 / 违反信用承诺 indicators count it, and the enterprise is re-evaluated at once.
 * Two checkers marking the same commitment at once: one wins, the other gets CONFLICT (advanceCase).
 */
export async function markCommitment(db: Kysely<Database>, marking: CommitmentMarking): Promise<DecidedCase> {
  const evidence = marking.evidence.trim();
  const actor = describeActor(marking.principal);
  if (!evidence)
    throw new AppError('INVALID_INPUT', '字段“核查依据与结果”：核查信用承诺须说明核查依据与结果，将告知企业');
  if (marking.isFalse && marking.action !== 'break')
    throw new AppError('INVALID_INPUT', '字段“认定为虚假承诺”：只有核查为未履行（break）时才能认定为虚假承诺');
  const messages: OutgoingMessage[] = [];
  const result = await db.transaction().execute(async (trx) => {
    const current = await findCase(trx, 'commitments', marking.id, COMMITMENT_WORKFLOW.label);
    if (
      marking.principal.role === 'department_operator' &&
      current.department_code !== marking.principal.departmentCode
    ) {
      throw new AppError('FORBIDDEN', '只能核查向本部门作出的信用承诺');
    }
    const advanced = await advanceCase(trx, 'commitments', COMMITMENT_WORKFLOW, current, marking.action, {
      evidence,
      decided_by: actor,
    });
    const enterprise = await findEnterpriseById(trx, current.enterprise_id);
    const state = advanced.state as 'kept' | 'broken';
    await writeRecords(trx, null, actor, [
      commitmentRecord(current, enterprise, state, { evidence, actor, isFalse: marking.isFalse === true }),
    ]);
    const recordId = await findRecordIdByNaturalKey(trx, 'credit_commitment', commitmentNumber(current.id));
    await trx.updateTable('commitments').set({ record_id: recordId }).where('id', '=', current.id).execute();
    await appendAuditEvent(trx, {
      actor,
      action: COMMITMENT_AUDIT_ACTIONS[state],
      subjectType: 'commitment',
      subjectId: String(current.id),
      payload: {
        uscc: enterprise.uscc,
        from: current.state,
        to: state,
        evidence,
        isFalse: marking.isFalse === true,
        recordId,
        textVersion: current.text_version,
      },
    });
    const body =
      state === 'kept'
        ? `您作出的${String(current.commitment_type)}信用承诺（${commitmentNumber(current.id)}）经核查已履行。`
        : `您作出的${String(current.commitment_type)}信用承诺（${commitmentNumber(current.id)}）经核查${marking.isFalse ? '存在虚假承诺' : '未履行'}，已记入信用记录并重新评价。核查情况：${evidence}`;
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'commitment',
        title: `信用承诺${COMMITMENT_WORKFLOW.stateLabels[state]}`,
        body,
        subjectType: 'commitment',
        subjectId: String(current.id),
      }),
    );
    return { id: current.id, state, recordId, enterpriseId: enterprise.id };
  });
  await deliverMessages(messages);
  const reevaluation = await reevaluateAfterDecision(db, result.enterpriseId, 'commitment');
  return { id: result.id, state: result.state, recordId: result.recordId, reevaluation };
}

/** The credit_commitment record of a checked commitment, in the kind's own fields (catalog/record-kinds.yaml). */
function commitmentRecord(
  commitment: CaseRow,
  enterprise: EnterpriseRef,
  state: 'kept' | 'broken',
  check: { evidence: string; actor: string; isFalse: boolean },
): NormalizedRecord {
  const signedOn = dateText(commitment.signed_on);
  const checkedOn = todayInDistrict();
  const item = commitment.item_code
    ? loadCommitmentList().items.find((candidate) => candidate.code === commitment.item_code)
    : undefined;
  const number = commitmentNumber(commitment.id);
  return {
    sourceRow: 0,
    subjectUscc: enterprise.uscc,
    subjectName: enterprise.name,
    kind: 'credit_commitment',
    naturalKey: number,
    departmentCode: String(commitment.department_code),
    status: 'active',
    occurredOn: signedOn,
    endsOn: checkedOn,
    level: null,
    subtype: String(commitment.commitment_type),
    grade: null,
    amount: null,
    quantity: null,
    fields: {
      subject_name: enterprise.name,
      subject_uscc: enterprise.uscc,
      commitment_number: number,
      commitment_type: commitment.commitment_type,
      matter: item?.name ?? `${String(commitment.commitment_type)}信用承诺`,
      committed_on: signedOn,
      fulfilment: FULFILMENT[state],
      checked_on: checkedOn,
      source: '信用承诺核查',
      commitment_id: commitment.id,
      text_version: commitment.text_version,
      checked_by: check.actor,
      evidence: check.evidence,
      ...(check.isFalse ? { false_commitment: true } : {}),
    },
  };
}

function dateText(value: unknown): string {
  return value instanceof Date ? calendarDateOf(value) : String(value);
}
