import type { RequestCategory } from './request-workflow.ts';
import { readableReference } from '../readable-reference.ts';

/** One row of the routing table (catalog/request-routing.yaml). */
export interface RoutingRule {
  category: RequestCategory;
  /** Empty: every request of the category. Otherwise the title or text must contain one of them. */
  keywords: string[];
  department: string;
  reference: string;
}

export interface RoutingTable {
  rules: RoutingRule[];
  defaultDepartment: string;
  defaultReference: string;
}

export interface RoutingDecision {
  departmentCode: string;
  /** Index of the rule that matched, or null when the default applied. */
  ruleIndex: number | null;
  matchedKeyword: string | null;
  reference: string;
  /** A Chinese sentence saying why this department got the case (kept with the case). */
  explanation: string;
}

/**
 * Routes a request by the first rule that matches (decision tables as data, first hit, default last): same category
 * and, when the rule has keywords, one of them in the title or text.
 */
export function routeRequest(
  table: RoutingTable,
  request: { category: RequestCategory; title: string; body: string },
): RoutingDecision {
  const text = `${request.title}\n${request.body}`;
  for (const [index, rule] of table.rules.entries()) {
    if (rule.category !== request.category) continue;
    const keyword = rule.keywords.length === 0 ? null : rule.keywords.find((word) => text.includes(word));
    if (keyword === undefined) continue;
    const why = keyword
      ? `类别与关键词“${keyword}”命中第 ${index + 1} 条分办规则`
      : `类别命中第 ${index + 1} 条分办规则`;
    return {
      departmentCode: rule.department,
      ruleIndex: index,
      matchedKeyword: keyword,
      reference: rule.reference,
      explanation: `${why}（依据：${readableReference(rule.reference)}）`,
    };
  }
  return {
    departmentCode: table.defaultDepartment,
    ruleIndex: null,
    matchedKeyword: null,
    reference: table.defaultReference,
    explanation: `没有分办规则命中，交默认承办部门（依据：${readableReference(table.defaultReference)}）`,
  };
}
