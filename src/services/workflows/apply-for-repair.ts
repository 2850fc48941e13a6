import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { findEnterpriseByUscc } from './find-enterprise.ts';
import { findRecordForWorkflow, type RecordRow } from './rewrite-record-status.ts';
import { insertCommitment } from './sign-commitment.ts';
import { requireAttachments } from './store-attachment.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { publicityOfRecord } from '../records/publicity-of-record.ts';
import { describeRecord } from '../records/describe-record.ts';
import { readableReference } from '../../domain/readable-reference.ts';

export interface ApplyForRepairInput {
  uscc: string | null;
  actor: string;
  recordId: number;
  /** How the behaviour was corrected and the obligations fulfilled. */
  correction: string;
  attachments: string[];
  /** The enterprise accepts the 修复型 commitment text (catalog/commitment-list.yaml). */
  acceptsCommitment: boolean;
}

/** The first day a record may be repaired, from the dated rules in force on its decision date (catalog/publicity-rules.yaml). */
export function repairableFrom(record: RecordRow, today: string): string | null {
  return publicityOfRecord(record, today)?.repairableFrom ?? null;
}

/**
 * 信用修复 application (001 §二(四); 《信用修复管理办法》): for an active negative record of the enterprise, once its
 * repair date has come, with proof of correction and a 修复型 commitment signed with it. Too early is refused with the
 * date it becomes possible.
 */
export async function applyForRepair(
  db: Kysely<Database>,
  input: ApplyForRepairInput,
): Promise<{ id: number; state: string; commitmentId: number }> {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!input.correction.trim())
    throw new AppError('INVALID_INPUT', '字段“纠正失信行为、履行义务的情况”：请说明纠正失信行为、履行义务的情况');
  if (!input.acceptsCommitment) throw new AppError('INVALID_INPUT', '字段“信用承诺”：申请信用修复须作出修复型信用承诺');
  if (input.attachments.length === 0)
    throw new AppError('INVALID_INPUT', '字段“证明材料”：请上传已纠正行为、履行义务的证明材料');
  const today = todayInDistrict();
  const messages: OutgoingMessage[] = [];
  const created = await db.transaction().execute(async (trx) => {
    const record = await findRecordForWorkflow(trx, input.recordId);
    if (record.enterprise_id !== enterprise.id) throw new AppError('FORBIDDEN', '只能为本企业的信用记录申请修复');
    if (loadCatalog().kind(record.kind)?.polarity !== 'negative')
      throw new AppError('PRECONDITION_FAILED', '该记录不是失信信息，无需修复');
    if (record.status !== 'active')
      throw new AppError(
        'PRECONDITION_FAILED',
        `该记录当前状态为“${record.status === 'repaired' ? '已修复' : '已撤销'}”，不能再申请修复`,
      );
    const publicity = publicityOfRecord(record, today);
    // Records the platform does not repair (失信被执行人: the court deletes or shields them) are refused with the right path.
    if (publicity?.repairPath)
      throw new AppError(
        'PRECONDITION_FAILED',
        `${publicity.repairPath.path}（依据：${readableReference(publicity.repairPath.reference)}）`,
      );
    // Once the publicity period is over the record is no longer published: there is nothing left to repair.
    if (publicity?.status === '公示期满')
      throw new AppError(
        'PRECONDITION_FAILED',
        `该记录的公示期已于 ${publicity.publicUntil} 届满，已停止公示，无需申请信用修复`,
      );
    const from = publicity?.repairableFrom ?? null;
    if (!from)
      throw new AppError('PRECONDITION_FAILED', '该记录按现行规则没有可申请修复的日期（公示期满后自动停止公示）');
    if (today < from)
      throw new AppError('PRECONDITION_FAILED', `该记录自 ${from} 起方可申请信用修复（最短公示期未满）`);
    const open = await trx
      .selectFrom('repair_applications')
      .select('id')
      .where('record_id', '=', record.id)
      .where('state', 'in', ['submitted', 'accepted'])
      .executeTakeFirst();
    if (open) throw new AppError('CONFLICT', `该记录已有办理中的信用修复申请（编号 ${open.id}）`);
    const attachments = await requireAttachments(trx, input.attachments, {
      actor: input.actor,
      enterpriseId: enterprise.id,
    });
    const commitmentId = await insertCommitment(trx, enterprise, {
      actor: input.actor,
      commitmentType: '修复型',
      departmentCode: record.department_code,
      itemCode: null,
    });
    const { id } = await trx
      .insertInto('repair_applications')
      .values({
        enterprise_id: enterprise.id,
        record_id: record.id,
        correction: input.correction.trim(),
        commitment_id: commitmentId,
        attachments,
        submitted_by: input.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'repair.submitted',
      subjectType: 'repair_application',
      subjectId: String(id),
      payload: { uscc: enterprise.uscc, recordId: record.id, repairableFrom: from, commitmentId, attachments },
    });
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'repair',
        title: '信用修复申请已提交',
        body: `您对${describeRecord(record)}的信用修复申请已收到。信用办受理后将告知办结期限；修复前该记录仍按原规则公示。`,
        subjectType: 'repair_application',
        subjectId: String(id),
      }),
    );
    return { id, state: 'submitted', commitmentId };
  });
  await deliverMessages(messages);
  return created;
}
