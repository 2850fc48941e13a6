import type { paths } from '../../../api/schema';

/**
 * The words of 企呼我应 the request pages of all portals share: categories, types, ratings, the colour of
 * each state, and how a deadline reads. Codes come from the API's schema; the labels are the server's (the API also
 * answers `stateLabel`, `categoryLabel` … on every case, which the pages show as they are).
 */
type FilingBody = NonNullable<paths['/api/requests']['post']['requestBody']>['content']['application/json'];
export type RequestCategory = FilingBody['category'];
export type RequestType = NonNullable<FilingBody['requestType']>;
export type Rating = NonNullable<
  paths['/api/requests/{id}/rating']['post']['requestBody']
>['content']['application/json']['rating'];
export type RequestState = NonNullable<NonNullable<paths['/api/requests']['get']['parameters']['query']>['state']>;

export const CATEGORY_OPTIONS: { value: RequestCategory; label: string }[] = [
  { value: 'policy', label: '政策' },
  { value: 'approval', label: '审批' },
  { value: 'financing', label: '融资' },
  { value: 'credit', label: '信用' },
  { value: 'enforcement', label: '执法' },
  { value: 'utilities', label: '水电气等公用事业' },
  { value: 'other', label: '其他' },
];

export const TYPE_OPTIONS: { value: RequestType; label: string }[] = [
  { value: 'request', label: '诉求' },
  { value: 'complaint', label: '投诉' },
];

/** 好差评, best first (003 §四(一)). The last two are 差评: the first one reopens the case for rectification. */
export const RATING_OPTIONS: { value: Rating; label: string; isBad: boolean }[] = [
  { value: 'very_satisfied', label: '非常满意', isBad: false },
  { value: 'satisfied', label: '满意', isBad: false },
  { value: 'basically_satisfied', label: '基本满意', isBad: false },
  { value: 'dissatisfied', label: '不满意', isBad: true },
  { value: 'very_dissatisfied', label: '非常不满意', isBad: true },
];

export const STATE_OPTIONS: { value: RequestState; label: string; color: string }[] = [
  { value: 'submitted', label: '待受理', color: 'gold' },
  { value: 'accepted', label: '已受理', color: 'blue' },
  { value: 'in_progress', label: '处理中', color: 'processing' },
  { value: 'answered', label: '已答复', color: 'cyan' },
  { value: 'rectifying', label: '整改中', color: 'volcano' },
  { value: 'rated', label: '已评价', color: 'green' },
  { value: 'closed', label: '已办结', color: 'default' },
];

export function stateColorOf(state: string): string {
  return STATE_OPTIONS.find((option) => option.value === state)?.color ?? 'default';
}

/**
 * A display choice, not a rule: a deadline this many working days away or closer is shown in orange, so a handler
 * sees it before it turns red. (The deadlines themselves are catalog data, catalog/workflow-deadlines.yaml.)
 */
const NEAR_DEADLINE_WORKING_DAYS = 2;

export interface DeadlineLook {
  text: string;
  /** antd Typography type: danger when overdue, warning when near, undefined otherwise. */
  type: 'danger' | 'warning' | undefined;
}

/** How a case's deadline reads: "逾期" in red, "还剩 N 个工作日" in orange when near, or the date once answered. */
export function deadlineLookOf(deadline: { workingDaysLeft: number | null; isOverdue: boolean }): DeadlineLook {
  if (deadline.isOverdue) return { text: '已超期', type: 'danger' };
  if (deadline.workingDaysLeft === null) return { text: '', type: undefined };
  const text = deadline.workingDaysLeft === 0 ? '今日到期' : `还剩 ${deadline.workingDaysLeft} 个工作日`;
  return { text, type: deadline.workingDaysLeft <= NEAR_DEADLINE_WORKING_DAYS ? 'warning' : undefined };
}

/** The server counts working days left only while a case awaits an answer (null once answered). */
export function isAwaitingAnswer(request: {
  deadline: { workingDaysLeft: number | null; isOverdue: boolean };
}): boolean {
  return request.deadline.isOverdue || request.deadline.workingDaysLeft !== null;
}
