import { loadCatalog } from '../../catalog/catalog.ts';
import {
  AWAITING_ANSWER_STATES,
  isObjectionInDisguise,
  RATINGS,
  REQUEST_CATEGORIES,
  REQUEST_OUTCOMES,
  REQUEST_TYPES,
  REQUEST_WORKFLOW,
  type Rating,
  type RequestCategory,
  type RequestOutcome,
  type RequestState,
  type RequestType,
} from '../../domain/requests/request-workflow.ts';
import { countWorkingDaysBetween, isDeadlineCovered, type HolidayCalendar } from '../../domain/working-days.ts';
import type { RequestRow } from './advance-request.ts';

/** The pointer a credit request that contests a record or grade gets (001 §二(四): contesting is what 异议 is for). */
export interface ObjectionHint {
  message: string;
  path: '/api/objections';
  recordId: number | null;
  evaluationId: number | null;
}

export const OBJECTION_POINTER_TEXT =
  '您反映的是对信用记录或信用评价结果的异议。根据《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项，请通过“异议申请”（信用复评（核）申请）办理：登录企业账号，在“办事—异议申请”中选择该条记录或评价结果，' +
  '填写理由并附佐证材料；受理后将在规定的工作日内办结并告知结果。异议处理期间，该记录显示为“异议中”。';

export function objectionHintOf(
  row: Pick<RequestRow, 'category' | 'record_id' | 'evaluation_id'>,
): ObjectionHint | null {
  if (
    !isObjectionInDisguise({
      category: row.category as RequestCategory,
      recordId: row.record_id,
      evaluationId: row.evaluation_id,
    })
  )
    return null;
  return {
    message: OBJECTION_POINTER_TEXT,
    path: '/api/objections',
    recordId: row.record_id,
    evaluationId: row.evaluation_id,
  };
}

export interface RequestView {
  id: number;
  trackingCode: string;
  requestType: RequestType;
  requestTypeLabel: string;
  category: RequestCategory;
  categoryLabel: string;
  title: string;
  body: string;
  attachments: string[];
  requester: { kind: 'enterprise' | 'visitor'; uscc: string | null; name: string | null; phoneMasked: string | null };
  departmentCode: string;
  departmentName: string;
  routingExplanation: string;
  state: RequestState;
  stateLabel: string;
  version: number;
  filedOn: string;
  dueOn: string;
  /** Working days left to the deadline while an answer is awaited (null once answered), and whether it passed. */
  deadline: { workingDaysLeft: number | null; isOverdue: boolean; isCovered: boolean };
  firstAnsweredOn: string | null;
  /** Who answered: the account and the person's name (officials only). */
  answer: { text: string; answeredOn: string | null; answeredBy: string | null; answeredByName: string | null } | null;
  rating: { code: Rating; label: string; comment: string | null; ratedOn: string | null } | null;
  reopenCount: number;
  escalatedOn: string | null;
  escalationCount: number;
  isFlaggedForSupervision: boolean;
  outcome: RequestOutcome | null;
  outcomeLabel: string | null;
  closedOn: string | null;
  duplicateOf: number | null;
  recordId: number | null;
  evaluationId: number | null;
  objectionHint: ObjectionHint | null;
  createdAt: string;
  updatedAt: string;
}

export type RequestViewRow = RequestRow & { enterprise_uscc: string | null; enterprise_name: string | null };

/**
 * A case as the API shows it. The phone number only ever appears masked (the cipher never leaves the store); who
 * answered (the account, and the person's name through `nameOf`, see loadActorNames) is shown to officials only — the
 * requester sees the department.
 */
export function toRequestView(
  row: RequestViewRow,
  options: { isOfficial: boolean; today: string; calendar: HolidayCalendar; nameOf: (actor: string) => string },
): RequestView {
  const state = row.state as RequestState;
  const isAwaiting = AWAITING_ANSWER_STATES.includes(state);
  const isOverdue = isAwaiting && options.today > row.due_on;
  const department = loadCatalog().department(row.department_code);
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    requestType: row.request_type as RequestType,
    requestTypeLabel: REQUEST_TYPES[row.request_type as RequestType],
    category: row.category as RequestCategory,
    categoryLabel: REQUEST_CATEGORIES[row.category as RequestCategory],
    title: row.title,
    body: row.body,
    attachments: row.attachments,
    requester: row.enterprise_id
      ? { kind: 'enterprise', uscc: row.enterprise_uscc, name: row.enterprise_name, phoneMasked: null }
      : { kind: 'visitor', uscc: null, name: null, phoneMasked: row.phone_masked },
    departmentCode: row.department_code,
    departmentName: department?.name ?? row.department_code,
    routingExplanation: row.routing_explanation,
    state,
    stateLabel: REQUEST_WORKFLOW.stateLabels[state],
    version: row.version,
    filedOn: row.filed_on,
    dueOn: row.due_on,
    deadline: {
      workingDaysLeft:
        isAwaiting && !isOverdue
          ? countWorkingDaysBetween(options.calendar, options.today, row.due_on)
          : isAwaiting
            ? 0
            : null,
      isOverdue,
      isCovered: isDeadlineCovered(options.calendar, options.today, row.due_on),
    },
    firstAnsweredOn: row.first_answered_on,
    answer: row.answer_text
      ? {
          text: row.answer_text,
          answeredOn: row.answered_on,
          answeredBy: options.isOfficial ? row.answered_by : null,
          answeredByName: options.isOfficial && row.answered_by ? options.nameOf(row.answered_by) : null,
        }
      : null,
    rating: row.rating
      ? {
          code: row.rating as Rating,
          label: RATINGS[row.rating as Rating],
          comment: row.rating_comment,
          ratedOn: row.rated_on,
        }
      : null,
    reopenCount: row.reopen_count,
    escalatedOn: row.escalated_on,
    escalationCount: row.escalation_count,
    isFlaggedForSupervision: row.is_flagged_for_supervision,
    outcome: row.outcome as RequestOutcome | null,
    outcomeLabel: row.outcome ? REQUEST_OUTCOMES[row.outcome as RequestOutcome] : null,
    closedOn: row.closed_on,
    duplicateOf: row.duplicate_of,
    recordId: row.record_id,
    evaluationId: row.evaluation_id,
    objectionHint: objectionHintOf(row),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
