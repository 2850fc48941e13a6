import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeMobileNumber } from '../../domain/requests/mobile-number.ts';
import { AWAITING_ANSWER_STATES, REQUEST_WORKFLOW, type RequestState } from '../../domain/requests/request-workflow.ts';
import type { Database } from '../../store/database.ts';
import { mapEnterpriseRefsById } from '../../store/enterprise.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { matchesPersonal, type SecretKey } from '../import/protect-personal.ts';
import { firstDayAfterMonth } from './analyze-request-months.ts';
import { assertRequestVisible } from './find-request.ts';
import type { RequestViewer } from './request-actor.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import type { RequestRow } from './advance-request.ts';
import { toRequestView, type RequestView, type RequestViewRow } from './request-view.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface RequestFilters {
  state?: string;
  category?: string;
  departmentCode?: string;
  /** YYYY-MM: filed in that month. */
  month?: string;
  /** Only cases awaiting an answer past their deadline. */
  isOverdue?: boolean;
  /** Only cases escalated (督办) at least once. */
  isEscalated?: boolean;
  /** Only cases closed unsatisfied and flagged for supervision. */
  isFlaggedForSupervision?: boolean;
  limit?: number;
  offset?: number;
}

export interface RequestStep {
  action: string;
  actionLabel: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  departmentCode: string | null;
  /** The account that acted and the person's name; shown to officials only. */
  actor: string | null;
  actorName: string | null;
  note: string | null;
  occurredOn: string;
  createdAt: string;
}

export interface RequestDetail extends RequestView {
  history: RequestStep[];
  /** Later requests linked to this one as duplicates. */
  duplicates: number[];
}

const STEP_LABELS: Record<string, string> = {
  ...REQUEST_WORKFLOW.actionLabels,
  submit: '提交并分办',
  link: '关联为重复诉求',
  escalate: '超期督办',
};

/** The rows of these cases, in the same order, with the USCC and name of the enterprise that filed each (if one did). */
async function nameRequesters(db: Kysely<Database>, rows: readonly RequestRow[]): Promise<RequestViewRow[]> {
  const enterprises = await mapEnterpriseRefsById(
    db,
    rows.flatMap((row) => (row.enterprise_id === null ? [] : [row.enterprise_id])),
  );
  return rows.map((row) => {
    const enterprise = row.enterprise_id === null ? undefined : enterprises.get(row.enterprise_id);
    return { ...row, enterprise_uscc: enterprise?.uscc ?? null, enterprise_name: enterprise?.name ?? null };
  });
}

/** Cases the viewer may see, newest first, filtered and paged; phone numbers masked. */
export async function listRequests(
  db: Kysely<Database>,
  viewer: RequestViewer,
  filters: RequestFilters = {},
  options: { today?: string } = {},
): Promise<{ total: number; items: RequestView[] }> {
  const today = options.today ?? todayInDistrict();
  let query = db.selectFrom('requests').selectAll('requests');
  if (viewer.kind === 'enterprise') query = query.where('requests.enterprise_id', '=', viewer.enterpriseId);
  if (viewer.kind === 'department') query = query.where('requests.department_code', '=', viewer.departmentCode);
  if (filters.state) query = query.where('requests.state', '=', filters.state);
  if (filters.category) query = query.where('requests.category', '=', filters.category);
  if (filters.departmentCode) query = query.where('requests.department_code', '=', filters.departmentCode);
  if (filters.month)
    query = query
      .where('requests.filed_on', '>=', `${filters.month}-01`)
      .where('requests.filed_on', '<', firstDayAfterMonth(filters.month));
  if (filters.isOverdue)
    query = query.where('requests.state', 'in', [...AWAITING_ANSWER_STATES]).where('requests.due_on', '<', today);
  if (filters.isEscalated) query = query.where('requests.escalation_count', '>', 0);
  if (filters.isFlaggedForSupervision) query = query.where('requests.is_flagged_for_supervision', '=', true);
  const rows = await nameRequesters(
    db,
    await query
      .orderBy('requests.id', 'desc')
      .limit(filters.limit ?? 20)
      .offset(filters.offset ?? 0)
      .execute(),
  );
  const { total } = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  const isOfficial = viewer.kind !== 'enterprise';
  const [calendar, nameOf] = await Promise.all([
    readHolidayCalendar(db),
    loadActorNames(db, isOfficial ? rows.map((row) => row.answered_by) : []),
  ]);
  return {
    total: Number(total),
    items: rows.map((row) => toRequestView(row, { isOfficial, today, calendar, nameOf })),
  };
}

/** One case with its history, for a viewer entitled to it (403 otherwise). */
export async function showRequest(
  db: Kysely<Database>,
  id: number,
  viewer: RequestViewer,
  options: { today?: string; isOfficial?: boolean } = {},
): Promise<RequestDetail> {
  return loadDetail(db, id, {
    today: options.today ?? todayInDistrict(),
    isOfficial: options.isOfficial ?? viewer.kind !== 'enterprise',
    viewer,
  });
}

/**
 * A visitor follows a case with its tracking code and the phone number it was filed with. A wrong code and a wrong
 * number get the same answer, so neither can be probed on its own.
 */
export async function trackRequest(
  db: Kysely<Database>,
  input: { trackingCode: string; phone: string },
  secretKey: () => SecretKey,
  options: { today?: string } = {},
): Promise<RequestDetail> {
  const id = await findTrackedRequestId(db, input, secretKey);
  return loadDetail(db, id, { today: options.today ?? todayInDistrict(), isOfficial: false });
}

/** The case a tracking code and phone number prove access to, or NOT_FOUND. */
export async function findTrackedRequestId(
  db: Kysely<Database>,
  input: { trackingCode: string; phone: string },
  secretKey: () => SecretKey,
): Promise<number> {
  const number = normalizeMobileNumber(input.phone);
  const notFound = new AppError('NOT_FOUND', '未找到与该查询码和手机号码对应的诉求，请核对后重试');
  if (!number) throw notFound;
  const row = await db
    .selectFrom('requests')
    .select(['id', 'phone_cipher'])
    .where('tracking_code', '=', input.trackingCode.trim().toUpperCase())
    .executeTakeFirst();
  // Compared by value: a number stored under an older data key has another cipher (protect-personal.ts).
  if (!row || !row.phone_cipher || !matchesPersonal(row.phone_cipher, number, secretKey())) throw notFound;
  return row.id;
}

/** The case with its history; with a viewer, refused (403) when outside what the viewer may see. */
async function loadDetail(
  db: Kysely<Database>,
  id: number,
  options: { today: string; isOfficial: boolean; viewer?: RequestViewer },
): Promise<RequestDetail> {
  const found = await db.selectFrom('requests').selectAll('requests').where('requests.id', '=', id).executeTakeFirst();
  if (!found) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的诉求`);
  const row = (await nameRequesters(db, [found]))[0]!;
  if (options.viewer) assertRequestVisible(row, options.viewer);
  const [events, duplicates] = await Promise.all([
    db.selectFrom('request_events').selectAll().where('request_id', '=', id).orderBy('id').execute(),
    db.selectFrom('requests').select('id').where('duplicate_of', '=', id).orderBy('id').execute(),
  ]);
  const [calendar, nameOf] = await Promise.all([
    readHolidayCalendar(db),
    loadActorNames(db, options.isOfficial ? [row.answered_by, ...events.map((event) => event.actor)] : []),
  ]);
  return {
    ...toRequestView(row, { ...options, calendar, nameOf }),
    history: events.map((event) => ({
      action: event.action,
      actionLabel: STEP_LABELS[event.action] ?? event.action,
      fromState: event.from_state,
      toState: event.to_state,
      toStateLabel: REQUEST_WORKFLOW.stateLabels[event.to_state as RequestState] ?? event.to_state,
      departmentCode: event.department_code,
      actor: options.isOfficial ? event.actor : null,
      actorName: options.isOfficial && event.actor ? nameOf(event.actor) : null,
      note: event.note,
      occurredOn: event.occurred_on,
      createdAt: new Date(event.created_at).toISOString(),
    })),
    duplicates: duplicates.map((duplicate) => duplicate.id),
  };
}
