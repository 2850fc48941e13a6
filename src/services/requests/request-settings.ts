import { loadCatalog } from '../../catalog/catalog.ts';
import { loadRequestRoutingFile, type RequestRoutingFile } from '../../catalog/request-routing.ts';
import { loadWorkflowDeadlinesFile, workflowDeadlineValuesOn } from '../../catalog/workflow-deadlines.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { REQUEST_CATEGORIES, type RequestCategory } from '../../domain/requests/request-workflow.ts';
import type { RoutingRule, RoutingTable } from '../../domain/requests/route-request.ts';

/**
 * The data 企呼我应 reads: the routing table (catalog/request-routing.yaml) and the working-day deadlines
 * (catalog/workflow-deadlines.yaml, request_* entries), each validated on first use, read once per process. The
 * deadlines are those in force on a day: a request's own are those of the day it was filed (pass its filed_on).
 */
export interface RequestSettings {
  routing: RoutingTable;
  /** The routing table is the platform's example, not a rule of the district (the policy documents give none). */
  isRoutingLocalExample: boolean;
  answerWorkingDays: number;
  rectificationWorkingDays: number;
  transferMinWorkingDays: number;
  ratingWindowWorkingDays: number;
  anonymousFilingsPerHour: number;
}

/** Checks the routing table against the closed list of categories and the department catalog; names the rule and field at fault. */
export function validateRoutingTable(raw: RequestRoutingFile, departmentCodes: ReadonlySet<string>): RoutingTable {
  const where = 'catalog/request-routing.yaml';
  if (!raw || !Array.isArray(raw.rules)) throw new AppError('INTERNAL', `${where}：缺少 rules 列表`);
  const rules: RoutingRule[] = raw.rules.map((rule: any, index: number): RoutingRule => {
    const at = `${where} 第 ${index + 1} 条规则`;
    if (!Object.hasOwn(REQUEST_CATEGORIES, rule?.category))
      throw new AppError(
        'INTERNAL',
        `${at}:category“${String(rule?.category)}”不是诉求类别（${Object.keys(REQUEST_CATEGORIES).join('、')}）`,
      );
    if (!departmentCodes.has(rule.department))
      throw new AppError('INTERNAL', `${at}:department“${String(rule.department)}”不在 catalog/departments.yaml 中`);
    if (typeof rule.reference !== 'string' || !rule.reference.trim())
      throw new AppError('INTERNAL', `${at}：缺少 reference（依据）`);
    const keywords = rule.keywords ?? [];
    if (!Array.isArray(keywords) || keywords.some((word: unknown) => typeof word !== 'string' || !word.trim()))
      throw new AppError('INTERNAL', `${at}:keywords 应为非空文字的列表`);
    return {
      category: rule.category as RequestCategory,
      keywords: keywords.map(String),
      department: rule.department,
      reference: rule.reference,
    };
  });
  // Every category must reach a department by a rule of its own or by the default; a rule after a catch-all of its category would never match.
  rules.forEach((rule, index) => {
    const catchAll = rules.findIndex(
      (earlier, earlierIndex) =>
        earlierIndex < index && earlier.category === rule.category && earlier.keywords.length === 0,
    );
    if (catchAll >= 0)
      throw new AppError(
        'INTERNAL',
        `${where} 第 ${index + 1} 条规则永远不会命中：第 ${catchAll + 1} 条已收下该类别的全部诉求`,
      );
  });
  if (!departmentCodes.has(raw.default?.department))
    throw new AppError(
      'INTERNAL',
      `${where}:default.department“${String(raw.default?.department)}”不在 catalog/departments.yaml 中`,
    );
  if (typeof raw.default.reference !== 'string' || !raw.default.reference.trim())
    throw new AppError('INTERNAL', `${where}:default 缺少 reference（依据）`);
  return { rules, defaultDepartment: raw.default.department, defaultReference: raw.default.reference };
}

let routing: Pick<RequestSettings, 'routing' | 'isRoutingLocalExample'> | undefined;

export function loadRequestSettings(on: string = todayInDistrict()): RequestSettings {
  if (!routing) {
    const routingFile = loadRequestRoutingFile();
    routing = {
      routing: validateRoutingTable(
        routingFile,
        new Set(loadCatalog().departments.map((department) => department.code)),
      ),
      isRoutingLocalExample: routingFile.is_local_example,
    };
  }
  const deadlines = workflowDeadlineValuesOn(loadWorkflowDeadlinesFile(), on);
  return {
    ...routing,
    answerWorkingDays: deadlines.request_answer_working_days.value,
    rectificationWorkingDays: deadlines.request_rectification_working_days.value,
    transferMinWorkingDays: deadlines.request_transfer_min_working_days.value,
    ratingWindowWorkingDays: deadlines.request_rating_window_working_days.value,
    anonymousFilingsPerHour: deadlines.request_anonymous_filings_per_hour.value,
  };
}
