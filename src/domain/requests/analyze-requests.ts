import { countWorkingDaysBetween, type HolidayCalendar } from '../working-days.ts';
import { isBadRating, RATING_CODES, type Rating, type RequestCategory } from './request-workflow.ts';

/** The facts of one case the analysis reads. */
export interface AnalyzedCase {
  filedOn: string;
  departmentCode: string;
  category: RequestCategory;
  /** The deadline in force now (answer or rectification). */
  dueOn: string;
  firstAnsweredOn: string | null;
  /** Whether the first answer came after the deadline then in force (fixed when it was given). */
  isFirstAnswerLate: boolean | null;
  /** The latest rating (a rectified case counts with its rating after rectification). */
  rating: Rating | null;
}

export interface RequestMetrics {
  /** Cases filed. */
  volume: number;
  /** Cases answered at least once. */
  answered: number;
  /** Working days from filing to the first answer, over answered cases (null when none). */
  meanResponseWorkingDays: number | null;
  medianResponseWorkingDays: number | null;
  /** Answered after the deadline, or still unanswered past it (as of the analysis date). */
  overdue: number;
  overdueRate: number | null;
  rated: number;
  /** Cases per rating level. */
  ratings: Record<Rating, number>;
  /** Rated 非常满意, 满意 or 基本满意. */
  satisfied: number;
  satisfactionRate: number | null;
}

/**
 * 分析研判 (003, closing paragraph: 问题反馈-督办解决-分析研判-整改提升): the figures of a set of cases. Response time is
 * counted in working days (catalog/holidays.yaml) from the day of filing to the day of the first answer, as the
 * deadline is; rates are shares of the cases they are about (overdue of all cases, satisfaction of rated ones),
 * rounded to four decimals, null when there is nothing to divide by.
 */
export function measureRequests(
  cases: readonly AnalyzedCase[],
  calendar: HolidayCalendar,
  asOf: string,
): RequestMetrics {
  const responseDays = cases
    .filter((item) => item.firstAnsweredOn !== null)
    .map((item) => countWorkingDaysBetween(calendar, item.filedOn, item.firstAnsweredOn!))
    .sort((a, b) => a - b);
  const overdue = cases.filter((item) =>
    item.firstAnsweredOn === null ? asOf > item.dueOn : item.isFirstAnswerLate === true,
  ).length;
  const ratings = Object.fromEntries(RATING_CODES.map((code) => [code, 0])) as Record<Rating, number>;
  for (const item of cases) if (item.rating) ratings[item.rating] += 1;
  const rated = cases.filter((item) => item.rating !== null).length;
  const satisfied = cases.filter((item) => item.rating !== null && !isBadRating(item.rating)).length;
  return {
    volume: cases.length,
    answered: responseDays.length,
    meanResponseWorkingDays:
      responseDays.length === 0 ? null : round(responseDays.reduce((sum, days) => sum + days, 0) / responseDays.length),
    medianResponseWorkingDays: median(responseDays),
    overdue,
    overdueRate: cases.length === 0 ? null : round(overdue / cases.length),
    rated,
    ratings,
    satisfied,
    satisfactionRate: rated === 0 ? null : round(satisfied / rated),
  };
}

export interface MonthAnalysis {
  month: string;
  total: RequestMetrics;
  byDepartment: Array<{ departmentCode: string; metrics: RequestMetrics }>;
  byCategory: Array<{ category: RequestCategory; metrics: RequestMetrics }>;
  /** Every (department, category) pair with at least one case. */
  cells: Array<{ departmentCode: string; category: RequestCategory; metrics: RequestMetrics }>;
}

/** The figures per month of filing, and within each month per department, per category and per both. */
export function analyzeRequestsByMonth(
  cases: readonly AnalyzedCase[],
  calendar: HolidayCalendar,
  asOf: string,
): MonthAnalysis[] {
  const months = groupBy(cases, (item) => item.filedOn.slice(0, 7));
  return [...months.keys()].sort().map((month) => {
    const inMonth = months.get(month)!;
    const departments = groupBy(inMonth, (item) => item.departmentCode);
    const categories = groupBy(inMonth, (item) => item.category);
    const cells = groupBy(inMonth, (item) => `${item.departmentCode}|${item.category}`);
    return {
      month,
      total: measureRequests(inMonth, calendar, asOf),
      byDepartment: [...departments.keys()].sort().map((departmentCode) => ({
        departmentCode,
        metrics: measureRequests(departments.get(departmentCode)!, calendar, asOf),
      })),
      byCategory: [...categories.keys()].sort().map((category) => ({
        category: category as RequestCategory,
        metrics: measureRequests(categories.get(category)!, calendar, asOf),
      })),
      cells: [...cells.keys()].sort().map((key) => {
        const [departmentCode, category] = key.split('|') as [string, RequestCategory];
        return { departmentCode, category, metrics: measureRequests(cells.get(key)!, calendar, asOf) };
      }),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
