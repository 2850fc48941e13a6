import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { normalizeMobileNumber } from '../../domain/requests/mobile-number.ts';
import {
  isObjectionInDisguise,
  type RequestCategory,
  type RequestType,
} from '../../domain/requests/request-workflow.ts';
import { routeRequest } from '../../domain/requests/route-request.ts';
import { addWorkingDays, describeDeadline } from '../../domain/working-days.ts';
import type { Database } from '../../store/database.ts';
import { protectPersonal, type SecretKey } from '../import/protect-personal.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { findEnterpriseByUscc } from '../workflows/find-enterprise.ts';
import { requireAttachments } from '../workflows/store-attachment.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import { advanceRequest, recordRequestStep, type RequestRow } from './advance-request.ts';
import { SYSTEM_ACTOR } from './request-actor.ts';
import { loadRequestSettings } from './request-settings.ts';
import { OBJECTION_POINTER_TEXT, objectionHintOf, type ObjectionHint } from './request-view.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { findRecordSubject } from '../../store/record.repository.ts';

export interface FileRequestInput {
  requestType: RequestType;
  category: RequestCategory;
  title: string;
  body: string;
  attachments?: string[];
  /** An enterprise account files for its bound enterprise (its USCC; '' for an account bound to none) … */
  uscc?: string | null;
  /** … a visitor without an account gives a mainland mobile number. */
  phone?: string | null;
  /** For a credit request: the record or evaluation result it is about (enterprise accounts only). */
  recordId?: number | null;
  evaluationId?: number | null;
  /** The account (or 访客) filing, as the audit trail records it. */
  actor: string;
}

export interface FiledRequest {
  id: number;
  trackingCode: string;
  state: string;
  departmentCode: string;
  departmentName: string;
  routingExplanation: string;
  dueOn: string;
  /** False when the holiday calendar does not cover the deadline (UNCOVERED_DEADLINE_NOTE). */
  isDeadlineCovered: boolean;
  objectionHint: ObjectionHint | null;
}

// Crockford's base32 without I, L, O, U: easy to read aloud and type; 10 characters are 50 random bits.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** QH + 10 random characters: what a visitor quotes (with the phone number) to follow the case. */
export function generateTrackingCode(): string {
  const bytes = randomBytes(10);
  return `QH${Array.from(bytes, (byte) => CODE_ALPHABET[byte % 32]).join('')}`;
}

/**
 * Files a request or complaint (企呼我应直通车, 003 §四(三)): checks who files it (an enterprise account, or a visitor
 * with a valid mainland mobile number, stored protected), routes it by the first matching rule of
 * catalog/request-routing.yaml, sets the answer deadline in working days from the day after filing, and tells the
 * department. A credit request that names a record or grade is answered at once with the way to the objection
 * workflow (it is an objection in disguise, 001 §二(四)).
 */
export async function fileRequest(
  db: Kysely<Database>,
  input: FileRequestInput,
  secretKey: () => SecretKey,
  options: { today?: string } = {},
): Promise<FiledRequest> {
  const today = options.today ?? todayInDistrict();
  const settings = loadRequestSettings();
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title) throw new AppError('INVALID_INPUT', '字段“标题”：请填写诉求标题');
  if (!body) throw new AppError('INVALID_INPUT', '字段“诉求内容”：请填写诉求内容');
  // An account always files for its bound enterprise (an account without one is refused, never taken for a visitor).
  const enterprise =
    input.uscc !== undefined && input.uscc !== null ? await findEnterpriseByUscc(db, input.uscc || null) : null;
  let phone: { masked: string; cipher: string } | null = null;
  if (!enterprise) {
    const number = normalizeMobileNumber(input.phone ?? '');
    if (!number)
      throw new AppError(
        'INVALID_INPUT',
        '字段“手机号码”：未登录提交诉求须填写有效的中国大陆手机号码（11 位数字，以 1 开头，第二位为 3–9）',
      );
    if ((input.attachments ?? []).length > 0)
      throw new AppError('INVALID_INPUT', '字段“附件”：未登录提交的诉求不能附带附件（上传附件须登录企业账号）');
    phone = protectPersonal(number, secretKey());
  }
  if (!enterprise && (input.recordId || input.evaluationId))
    throw new AppError('INVALID_INPUT', '字段“有异议的记录或评价结果”：只有企业账号可以指明本企业的信用记录或评价结果');
  const routing = routeRequest(settings.routing, { category: input.category, title, body });
  const department = loadCatalog().department(routing.departmentCode)!;
  const due = addWorkingDays(await readHolidayCalendar(db), today, settings.answerWorkingDays);
  const dueOn = due.date;
  const messages: OutgoingMessage[] = [];

  const filed = await db.transaction().execute(async (trx) => {
    if (input.recordId) {
      const record = await findRecordSubject(trx, input.recordId);
      if (!record) throw new AppError('NOT_FOUND', `未找到编号为 ${input.recordId} 的信用记录`);
      if (record.enterprise_id !== enterprise!.id) throw new AppError('FORBIDDEN', '只能就本企业的信用记录提出诉求');
    }
    if (input.evaluationId) {
      const evaluation = await trx
        .selectFrom('evaluations')
        .select('enterprise_id')
        .where('id', '=', input.evaluationId)
        .executeTakeFirst();
      if (!evaluation) throw new AppError('NOT_FOUND', `未找到编号为 ${input.evaluationId} 的评价结果`);
      if (evaluation.enterprise_id !== enterprise!.id)
        throw new AppError('FORBIDDEN', '只能就本企业的评价结果提出诉求');
    }
    const attachments = await requireAttachments(trx, input.attachments ?? [], {
      actor: input.actor,
      enterpriseId: enterprise?.id ?? null,
    });
    let row: RequestRow = await trx
      .insertInto('requests')
      .values({
        tracking_code: generateTrackingCode(),
        request_type: input.requestType,
        category: input.category,
        title,
        body,
        attachments,
        enterprise_id: enterprise?.id ?? null,
        phone_masked: phone?.masked ?? null,
        phone_cipher: phone?.cipher ?? null,
        record_id: input.recordId ?? null,
        evaluation_id: input.evaluationId ?? null,
        department_code: routing.departmentCode,
        routing_explanation: routing.explanation,
        filed_on: today,
        due_on: dueOn,
        submitted_by: input.actor,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const who = enterprise ? { uscc: enterprise.uscc } : { phoneMasked: phone!.masked };
    await recordRequestStep(trx, row, 'submit', null, {
      actor: { ...SYSTEM_ACTOR, name: input.actor },
      today,
      note: routing.explanation,
      payload: { ...who, category: input.category, requestType: input.requestType, dueOn },
    });
    if (
      isObjectionInDisguise({ category: input.category, recordId: input.recordId, evaluationId: input.evaluationId })
    ) {
      row = await advanceRequest(trx, row, 'point_to_objection', {
        actor: SYSTEM_ACTOR,
        today,
        note: OBJECTION_POINTER_TEXT,
        changes: {
          answer_text: OBJECTION_POINTER_TEXT,
          answered_by: SYSTEM_ACTOR.name,
          answered_on: today,
          first_answered_on: today,
          is_first_answer_late: false,
        },
        payload: { recordId: input.recordId ?? null, evaluationId: input.evaluationId ?? null },
      });
    }
    await sendStaffMessages(trx, [
      {
        role: 'department_operator',
        departmentCode: routing.departmentCode,
        topic: 'request',
        title: row.state === 'answered' ? '新诉求（已引导至异议申请）' : '新诉求待受理',
        body: `${enterprise ? enterprise.name : '访客'}提交${input.requestType === 'complaint' ? '投诉' : '诉求'}“${title}”（编号 ${row.id}），分办至本部门，应于 ${describeDeadline(dueOn, due.isCovered)} 前答复。`,
        subjectType: 'request',
        subjectId: String(row.id),
        dedupeKey: `request:${row.id}:assigned:${routing.departmentCode}:${today}`,
      },
    ]);
    if (enterprise) {
      const answered = row.state === 'answered' ? `\n${OBJECTION_POINTER_TEXT}` : '';
      messages.push(
        await notifyEnterprise(trx, {
          enterpriseId: enterprise.id,
          topic: 'request',
          title: '诉求已提交',
          body: `您的诉求“${title}”已登记（查询码 ${row.tracking_code}），分办至${department.name}，将于 ${describeDeadline(dueOn, due.isCovered)} 前答复。${answered}`,
          subjectType: 'request',
          subjectId: String(row.id),
        }),
      );
    }
    return row;
  });
  await deliverMessages(messages);
  return {
    id: filed.id,
    trackingCode: filed.tracking_code,
    state: filed.state,
    departmentCode: filed.department_code,
    departmentName: department.name,
    routingExplanation: routing.explanation,
    dueOn,
    isDeadlineCovered: due.isCovered,
    objectionHint: objectionHintOf(filed),
  };
}
