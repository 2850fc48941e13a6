import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { addMonths } from '../../domain/month-arithmetic.ts';
import { analyzeRequestsByMonth, type RequestMetrics } from '../../domain/requests/analyze-requests.ts';
import { REQUEST_CATEGORIES, type Rating, type RequestCategory } from '../../domain/requests/request-workflow.ts';
import type { Database } from '../../store/database.ts';
import { readHolidayCalendar } from '../calendar/read-holiday-calendar.ts';
import type { RequestViewer } from './request-actor.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface LabelledMonth {
  month: string;
  total: RequestMetrics;
  byDepartment: Array<{ departmentCode: string; departmentName: string; metrics: RequestMetrics }>;
  byCategory: Array<{ category: RequestCategory; categoryLabel: string; metrics: RequestMetrics }>;
  cells: Array<{
    departmentCode: string;
    departmentName: string;
    category: RequestCategory;
    categoryLabel: string;
    metrics: RequestMetrics;
  }>;
}

export interface RequestAnalysis {
  from: string;
  to: string;
  /** Unanswered cases count as overdue when their deadline is before this day. */
  asOf: string;
  /** Set for a department operator: the figures cover its own cases only. */
  departmentCode: string | null;
  months: LabelledMonth[];
  method: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const ANALYSIS_METHOD =
  '按提交月份统计（承办部门为当前承办部门）。响应时间：自提交次日起至首次答复之日的工作日数（节假日按国务院办公厅公布的安排）；' +
  '超期：首次答复晚于当时的答复时限，或截至统计日仍未答复且已过时限；满意率：非常满意、满意、基本满意之和占已评价诉求的比例（整改后的诉求按最后一次评价计）。';

/**
 * 分析研判 (003, closing paragraph): volume, response time, overdue rate and satisfaction per month of filing, per
 * department and per category, for the months from..to (YYYY-MM, both included). A department operator sees its own
 * department's figures only.
 */
export async function analyzeRequestMonths(
  db: Kysely<Database>,
  input: { from: string; to: string; viewer: RequestViewer; asOf?: string },
): Promise<RequestAnalysis> {
  if (!MONTH.test(input.from))
    throw new AppError('INVALID_INPUT', `查询参数“from”应为 YYYY-MM 格式的月份，实际为“${input.from}”`);
  if (!MONTH.test(input.to))
    throw new AppError('INVALID_INPUT', `查询参数“to”应为 YYYY-MM 格式的月份，实际为“${input.to}”`);
  if (input.from > input.to)
    throw new AppError('INVALID_INPUT', `查询参数“from”（${input.from}）不能晚于“to”（${input.to}）`);
  const asOf = input.asOf ?? todayInDistrict();
  let query = db
    .selectFrom('requests')
    .select([
      'filed_on',
      'department_code',
      'category',
      'due_on',
      'first_answered_on',
      'is_first_answer_late',
      'rating',
    ])
    .where('filed_on', '>=', `${input.from}-01`)
    .where('filed_on', '<', firstDayAfterMonth(input.to));
  if (input.viewer.kind === 'department') query = query.where('department_code', '=', input.viewer.departmentCode);
  if (input.viewer.kind === 'enterprise') query = query.where('enterprise_id', '=', input.viewer.enterpriseId);
  const rows = await query.execute();
  const months = analyzeRequestsByMonth(
    rows.map((row) => ({
      filedOn: row.filed_on,
      departmentCode: row.department_code,
      category: row.category as RequestCategory,
      dueOn: row.due_on,
      firstAnsweredOn: row.first_answered_on,
      isFirstAnswerLate: row.is_first_answer_late,
      rating: row.rating as Rating | null,
    })),
    await readHolidayCalendar(db),
    asOf,
  );
  const catalog = loadCatalog();
  const departmentName = (code: string) => catalog.department(code)?.name ?? code;
  return {
    from: input.from,
    to: input.to,
    asOf,
    departmentCode: input.viewer.kind === 'department' ? input.viewer.departmentCode : null,
    months: months.map((month) => ({
      month: month.month,
      total: month.total,
      byDepartment: month.byDepartment.map((item) => ({
        ...item,
        departmentName: departmentName(item.departmentCode),
      })),
      byCategory: month.byCategory.map((item) => ({ ...item, categoryLabel: REQUEST_CATEGORIES[item.category] })),
      cells: month.cells.map((item) => ({
        ...item,
        departmentName: departmentName(item.departmentCode),
        categoryLabel: REQUEST_CATEGORIES[item.category],
      })),
    })),
    method: ANALYSIS_METHOD,
  };
}

/** The first day of the month after a YYYY-MM month (the end, excluded, of a month's range). */
export function firstDayAfterMonth(month: string): string {
  return addMonths(`${month}-01`, 1);
}
