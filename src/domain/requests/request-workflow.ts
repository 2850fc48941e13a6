import type { Workflow } from '../workflows/state-machine.ts';

/**
 * 企呼我应: an enterprise, or a visitor with a phone number, raises a request (诉求) or a complaint (投诉);
 * it is routed to a department, which accepts, handles and answers it within a working-day deadline; the requester
 * rates the answer (好差评). The closed loop of the policy documents — 问题反馈-督办解决-分析研判-整改提升 (003, closing paragraph),
 * 评价、反馈、整改、监督 (003 §四(一)), 投诉、处置、回应 (004 §(十七)) — is this transition table.
 */
export const REQUEST_TYPES = { request: '诉求', complaint: '投诉' } as const;
export type RequestType = keyof typeof REQUEST_TYPES;

export const REQUEST_CATEGORIES = {
  policy: '政策',
  approval: '审批',
  financing: '融资',
  credit: '信用',
  enforcement: '执法',
  utilities: '水电气等公用事业',
  other: '其他',
} as const;
export type RequestCategory = keyof typeof REQUEST_CATEGORIES;

/** 好差评: five levels, best first (003 §四(一)). */
export const RATINGS = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
} as const;
export type Rating = keyof typeof RATINGS;
export const RATING_CODES = Object.keys(RATINGS) as Rating[];
/** The ratings that count as 差评: they reopen the case for rectification (整改). */
export const BAD_RATINGS: readonly Rating[] = ['dissatisfied', 'very_dissatisfied'];

export function isBadRating(rating: Rating): boolean {
  return BAD_RATINGS.includes(rating);
}

export const REQUEST_STATES = [
  'submitted',
  'accepted',
  'in_progress',
  'answered',
  'rectifying',
  'rated',
  'closed',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const REQUEST_ACTIONS = [
  'accept',
  'start',
  'answer',
  'transfer',
  'follow_original',
  'point_to_objection',
  'rate',
  'reopen',
  'close_unsatisfied',
  'close',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

/** The actions a department (or the credit office) takes through the decision route; the others have routes of their own or are the platform's. */
export const HANDLING_ACTIONS = ['accept', 'start', 'answer', 'close'] as const;
export type HandlingAction = (typeof HANDLING_ACTIONS)[number];

/** Cases still waiting for an answer: their deadline runs, and an overdue one is escalated (督办). */
export const AWAITING_ANSWER_STATES: readonly RequestState[] = ['submitted', 'accepted', 'in_progress', 'rectifying'];

export const REQUEST_WORKFLOW: Workflow<RequestState, RequestAction> = {
  label: '诉求',
  stateLabels: {
    submitted: '待受理',
    accepted: '已受理',
    in_progress: '处理中',
    answered: '已答复',
    rectifying: '整改中',
    rated: '已评价',
    closed: '已办结',
  },
  actionLabels: {
    accept: '受理',
    start: '开始办理',
    answer: '答复',
    transfer: '转办',
    follow_original: '随原诉求答复',
    point_to_objection: '引导至异议申请',
    rate: '评价',
    reopen: '差评后重新办理（整改）',
    close_unsatisfied: '再次差评，按不满意办结',
    close: '办结',
  },
  transitions: [
    { from: 'submitted', action: 'accept', to: 'accepted' },
    { from: 'accepted', action: 'start', to: 'in_progress' },
    { from: 'accepted', action: 'answer', to: 'answered' },
    { from: 'in_progress', action: 'answer', to: 'answered' },
    { from: 'rectifying', action: 'answer', to: 'answered' },
    // A transfer hands the case to another department, which accepts it anew.
    { from: 'submitted', action: 'transfer', to: 'submitted' },
    { from: 'accepted', action: 'transfer', to: 'submitted' },
    { from: 'in_progress', action: 'transfer', to: 'submitted' },
    { from: 'rectifying', action: 'transfer', to: 'submitted' },
    // A duplicate linked to an earlier request gets that request's answer (whatever step it had reached).
    { from: 'submitted', action: 'follow_original', to: 'answered' },
    { from: 'accepted', action: 'follow_original', to: 'answered' },
    { from: 'in_progress', action: 'follow_original', to: 'answered' },
    { from: 'rectifying', action: 'follow_original', to: 'answered' },
    // A credit request that contests a record or grade is an objection in disguise: answered at once with the way to file one.
    { from: 'submitted', action: 'point_to_objection', to: 'answered' },
    { from: 'answered', action: 'rate', to: 'rated' },
    { from: 'answered', action: 'reopen', to: 'rectifying' },
    { from: 'answered', action: 'close_unsatisfied', to: 'closed' },
    { from: 'rated', action: 'close', to: 'closed' },
    // Only once the rating window has passed without a rating (checked by the service): closed as 未评价.
    { from: 'answered', action: 'close', to: 'closed' },
  ],
};

/** How a case ended. */
export const REQUEST_OUTCOMES = {
  satisfied: '满意办结',
  unsatisfied: '不满意办结（已列入督查）',
  unrated: '未评价办结',
} as const;
export type RequestOutcome = keyof typeof REQUEST_OUTCOMES;

/**
 * A bad rating reopens the case for rectification once ("reopens the case once"); a bad rating of the
 * rectified answer closes it as unsatisfied and flags it for supervision (督查). A good rating is recorded.
 */
export const MAX_RECTIFICATIONS = 1;

export function ratingAction(rating: Rating, reopenCount: number): 'rate' | 'reopen' | 'close_unsatisfied' {
  if (!isBadRating(rating)) return 'rate';
  return reopenCount < MAX_RECTIFICATIONS ? 'reopen' : 'close_unsatisfied';
}

/** A credit request that names one of the enterprise's records or evaluation results contests it: that is what 异议 is for (001 §二(四)). */
export function isObjectionInDisguise(request: {
  category: RequestCategory;
  recordId?: number | null;
  evaluationId?: number | null;
}): boolean {
  return request.category === 'credit' && (Boolean(request.recordId) || Boolean(request.evaluationId));
}
