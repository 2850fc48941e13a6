import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { addDays } from '../../domain/month-arithmetic.ts';
import { OPEN_OBJECTION_STATES } from '../../domain/workflows/objection-workflow.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { findEnterpriseByUscc } from './find-enterprise.ts';
import { requireAttachments } from './store-attachment.ts';
import { loadWorkflowDeadlines } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findRecordSubject } from '../../store/record.repository.ts';

export interface FileObjectionInput {
  uscc: string | null;
  actor: string;
  /** The contested record, or … */
  recordId?: number | null;
  /** … the contested evaluation result. */
  evaluationId?: number | null;
  reason: string;
  attachments: string[];
}

/**
 * 《信用复评(核)申请表》 (001 §二(四)): the enterprise contests one of its records or its evaluation result, with the
 * reason and evidence, within the filing window (catalog/workflow-deadlines.yaml) counted from the day the record
 * reached the platform or the result was produced. While the objection is open the record shows as 异议中.
 */
export async function fileObjection(
  db: Kysely<Database>,
  input: FileObjectionInput,
): Promise<{ id: number; state: string }> {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!input.reason.trim()) throw new AppError('INVALID_INPUT', '字段“异议理由”：请填写异议理由');
  if (!input.recordId === !input.evaluationId)
    throw new AppError('INVALID_INPUT', '请指定有异议的信用记录（recordId）或评价结果（evaluationId）中的一项');
  const today = todayInDistrict();
  const messages: OutgoingMessage[] = [];
  const created = await db.transaction().execute(async (trx) => {
    let since: Date;
    if (input.recordId) {
      const record = await findRecordSubject(trx, input.recordId);
      if (!record) throw new AppError('NOT_FOUND', `未找到编号为 ${input.recordId} 的信用记录`);
      if (record.enterprise_id !== enterprise.id) throw new AppError('FORBIDDEN', '只能对本企业的信用记录提出异议');
      since = new Date(record.created_at);
    } else {
      const evaluation = await trx
        .selectFrom('evaluations')
        .select(['enterprise_id', 'evaluated_at'])
        .where('id', '=', input.evaluationId!)
        .executeTakeFirst();
      if (!evaluation) throw new AppError('NOT_FOUND', `未找到编号为 ${input.evaluationId} 的评价结果`);
      if (evaluation.enterprise_id !== enterprise.id) throw new AppError('FORBIDDEN', '只能对本企业的评价结果提出异议');
      since = new Date(evaluation.evaluated_at);
    }
    assertWithinWindow(since, today);
    // One open objection per record or result: a second one would be decided twice, possibly both ways.
    const open = await trx
      .selectFrom('objections')
      .select('id')
      .where(input.recordId ? 'record_id' : 'evaluation_id', '=', (input.recordId ?? input.evaluationId)!)
      .where('state', 'in', [...OPEN_OBJECTION_STATES])
      .executeTakeFirst();
    if (open)
      throw new AppError(
        'CONFLICT',
        `该${input.recordId ? '记录' : '评价结果'}已有办理中的异议申请（编号 ${open.id}）`,
      );
    const attachments = await requireAttachments(trx, input.attachments, {
      actor: input.actor,
      enterpriseId: enterprise.id,
    });
    const { id } = await trx
      .insertInto('objections')
      .values({
        enterprise_id: enterprise.id,
        record_id: input.recordId ?? null,
        evaluation_id: input.evaluationId ?? null,
        reason: input.reason.trim(),
        attachments,
        submitted_by: input.actor,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'objection.submitted',
      subjectType: 'objection',
      subjectId: String(id),
      payload: {
        uscc: enterprise.uscc,
        recordId: input.recordId ?? null,
        evaluationId: input.evaluationId ?? null,
        attachments,
      },
    });
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'objection',
        title: '异议申请已提交',
        body: '您的信用复评（核）申请已收到，受理后将在规定时限内办结。',
        subjectType: 'objection',
        subjectId: String(id),
      }),
    );
    return { id, state: 'submitted' };
  });
  await deliverMessages(messages);
  return created;
}

/**
 * The last day an objection may be filed: the window (catalog/workflow-deadlines.yaml) runs from the day the record
 * reached the platform or the result was produced, in the district's calendar, with the window in force that day.
 */
export function objectionLastDay(since: Date): string {
  const sinceDay = todayInDistrict(since);
  return addDays(sinceDay, loadWorkflowDeadlines(sinceDay).objectionFilingWindowDays);
}

function assertWithinWindow(since: Date, today: string): void {
  const lastDay = objectionLastDay(since);
  const windowDays = loadWorkflowDeadlines(todayInDistrict(since)).objectionFilingWindowDays;
  if (today > lastDay)
    throw new AppError(
      'PRECONDITION_FAILED',
      `异议申请期限已过：应在 ${lastDay} 前提出（自信息归集或评价之日起 ${windowDays} 日内）`,
    );
}
