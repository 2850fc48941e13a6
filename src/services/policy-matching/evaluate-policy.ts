import { addMonths, toDayNumber, wholeYearsBetween } from '../../domain/month-arithmetic.ts';
import {
  describeCondition,
  describeNegativeKinds,
  describeRecordFilter,
  incubatorName,
  industryLabel,
  joinOr,
  kindLabel,
  percentText,
  tierLabel,
} from './describe-condition.ts';
import {
  isPolicyInForce,
  type ConditionOutcome,
  type EnterpriseFacts,
  RND_INVESTMENT_KIND,
  type FactRecord,
  type FirstRecognitionCondition,
  type HasRecordCondition,
  type RevenueGrowthCondition,
  type RndIntensityCondition,
  type NoActiveNegativeCondition,
  type Policy,
  type PolicyCondition,
  type PolicyEligibility,
} from './policy.ts';

/**
 * Evaluates policy conditions against one enterprise's facts, in memory (the facts of every enterprise are loaded
 * at once by load-enterprise-facts.ts). Pure: the same facts and as-of date give the same answer and the same words.
 * Each condition met yields one sentence naming the fact it rests on ("信用评价等级 A(要求 A 或 B)"); a condition not
 * met yields why not. In an "all" the first failing member is the answer, in an "any" the first member met.
 */
export interface EvaluationContext {
  asOf: string;
  operatingStatuses: string[];
  /** The negative record kinds of the catalog (no_active_negative without kinds means all of them). */
  negativeKinds: string[];
  /** The 信用画像 tags by code (catalog/profile-tags.yaml), which has_tag and lacks_tag evaluate on the same facts. */
  profileTags: ReadonlyMap<string, { name: string; condition: PolicyCondition }>;
}

/** The division an enterprise is registered in: the registry's code, else positions 3–8 of its USCC. */
export function regionOf(facts: EnterpriseFacts): { code: string; fromUscc: boolean } {
  // AMBIGUITY: the registry often lacks 区划代码; the USCC's positions 3–8 name the registering authority's division
  // (GB 32100-2015), which for enterprises registered in the district is the district. Used only when the registry has none.
  return facts.regionCode
    ? { code: facts.regionCode, fromUscc: false }
    : { code: facts.uscc.slice(2, 8), fromUscc: true };
}

export function evaluatePolicy(policy: Policy, facts: EnterpriseFacts, context: EvaluationContext): PolicyEligibility {
  const refuse = (whyNot: string): PolicyEligibility => ({
    policyCode: policy.code,
    qualifies: false,
    reasons: [],
    whyNot,
  });
  if (!isPolicyInForce(policy, context.asOf))
    return refuse(`政策不在有效期内（${policy.validFrom} 至 ${policy.validTo ?? '长期'}）`);
  if (!context.operatingStatuses.includes(facts.status))
    return refuse(`企业登记状态为“${facts.status}”，不是经营中的企业（${context.operatingStatuses.join('、')}）`);
  const outcome = evaluateCondition(policy.conditions, facts, context);
  return outcome.isMet
    ? { policyCode: policy.code, qualifies: true, reasons: outcome.reasons, whyNot: null }
    : refuse(outcome.whyNot);
}

// Module-level, not closures made on every call: a tag refresh evaluates conditions millions of times.
function met(reason: string): ConditionOutcome {
  return { isMet: true, reasons: [reason] };
}

function notMet(whyNot: string): ConditionOutcome {
  return { isMet: false, whyNot };
}

export function evaluateCondition(
  condition: PolicyCondition,
  facts: EnterpriseFacts,
  context: EvaluationContext,
): ConditionOutcome {
  switch (condition.type) {
    case 'all': {
      const reasons: string[] = [];
      for (const member of condition.conditions) {
        const outcome = evaluateCondition(member, facts, context);
        if (!outcome.isMet) return outcome;
        reasons.push(...outcome.reasons);
      }
      return { isMet: true, reasons };
    }
    case 'any': {
      const failures: string[] = [];
      for (const member of condition.conditions) {
        const outcome = evaluateCondition(member, facts, context);
        if (outcome.isMet) return outcome;
        failures.push(outcome.whyNot);
      }
      return notMet(`以下条件均不满足：${failures.map((failure, index) => `（${index + 1}）${failure}`).join('；')}`);
    }
    case 'tier_in': {
      const held = condition.tiers.filter((tier) => facts.tiers.includes(tier));
      const required = joinOr(condition.tiers.map(tierLabel));
      if (held.length > 0) return met(`梯次培育库：${held.map(tierLabel).join('、')}（要求${required}）`);
      return notMet(
        `不属于梯次培育库的${required}（现为${facts.tiers.length > 0 ? facts.tiers.map(tierLabel).join('、') : '未入库'}）`,
      );
    }
    case 'grade_in': {
      const required = joinOr(condition.grades);
      if (facts.grade === null) return notMet(`尚无信用评价等级（要求 ${required}）`);
      const asOf = facts.gradeAsOf ? `,${facts.gradeAsOf} 评价` : '';
      if (condition.grades.includes(facts.grade)) return met(`信用评价等级 ${facts.grade}${asOf}（要求 ${required}）`);
      return notMet(`信用评价等级 ${facts.grade}${asOf}，不满足要求的 ${required}`);
    }
    case 'industry_in': {
      const required = joinOr(condition.prefixes);
      if (!facts.industryCode) return notMet(`未登记所属行业（要求 ${required}）`);
      const industry = `${facts.industryCode} ${industryLabel(facts.industryCode)}`;
      if (condition.prefixes.some((prefix) => facts.industryCode!.startsWith(prefix)))
        return met(`所属行业 ${industry}（要求 ${required}）`);
      return notMet(`所属行业 ${industry}，不在要求的 ${required} 之列`);
    }
    case 'region_in': {
      const region = regionOf(facts);
      const source = region.fromUscc ? '（据统一社会信用代码）' : '';
      const required = joinOr(condition.prefixes);
      if (condition.prefixes.some((prefix) => region.code.startsWith(prefix)))
        return met(`注册地区划代码 ${region.code}${source}（要求 ${required}）`);
      return notMet(`注册地区划代码 ${region.code}${source}，不在要求的 ${required} 之内`);
    }
    case 'registered_before_years':
    case 'registered_within_years': {
      if (!facts.registeredOn) return notMet(`未登记成立日期（要求${describeCondition(condition)}）`);
      const years = wholeYearsBetween(toDayNumber(facts.registeredOn), toDayNumber(context.asOf));
      const isBefore = condition.type === 'registered_before_years';
      const age = `成立于 ${facts.registeredOn}，${years >= 1 ? `已满 ${years} 年` : '不满 1 年'}`;
      return (isBefore ? years >= condition.years : years < condition.years)
        ? met(`${age}（要求${describeCondition(condition)}）`)
        : notMet(`${age}，不满足“${describeCondition(condition)}”`);
    }
    case 'in_incubator': {
      const code = facts.incubatorCode;
      if (code && (condition.incubators === null || condition.incubators.includes(code)))
        return met(`入驻孵化载体：${incubatorName(code)}`);
      return notMet(
        code
          ? `入驻的${incubatorName(code)}不在要求的${joinOr(condition.incubators!.map(incubatorName))}之列`
          : '未入驻科技创新孵化载体',
      );
    }
    case 'not': {
      const outcome = evaluateCondition(condition.condition, facts, context);
      return outcome.isMet ? notMet(outcome.reasons.join('；')) : met(outcome.whyNot);
    }
    case 'has_tag':
    case 'lacks_tag': {
      const carried = condition.tags.filter(
        (code) => evaluateCondition(context.profileTags.get(code)!.condition, facts, context).isMet,
      );
      const names = (codes: string[]) => codes.map((code) => `“${context.profileTags.get(code)?.name ?? code}”`);
      if (condition.type === 'has_tag')
        return carried.length > 0
          ? met(`信用画像标签：${names(carried).join('、')}`)
          : notMet(`没有信用画像标签${joinOr(names(condition.tags))}`);
      return carried.length === 0
        ? met(`没有信用画像标签${names(condition.tags).join('、')}`)
        : notMet(`有信用画像标签${names(carried).join('、')}`);
    }
    case 'first_recognition':
      return evaluateFirstRecognition(condition, facts.records, context);
    case 'rnd_intensity':
      return evaluateRndIntensity(condition, facts.records, context);
    case 'revenue_growth':
      return evaluateRevenueGrowth(condition, facts.records, context);
    case 'has_record':
      return evaluateHasRecord(condition, facts.records, context);
    case 'no_active_negative':
      return evaluateNoActiveNegative(condition, facts.records, context);
  }
}

/** The first day still "within N months" of the as-of date (the month rule of month-arithmetic.ts, counted back). */
function windowStart(asOf: string, months: number | null): string | null {
  return months === null ? null : addMonths(asOf, -months);
}

function evaluateHasRecord(
  condition: HasRecordCondition,
  records: FactRecord[],
  context: EvaluationContext,
): ConditionOutcome {
  const from = windowStart(context.asOf, condition.withinMonths);
  const matching = records.filter(
    (record) =>
      record.kind === condition.kind &&
      (record.occurredOn === null || record.occurredOn <= context.asOf) &&
      (condition.subtypeIn === null || (record.subtype !== null && condition.subtypeIn.includes(record.subtype))) &&
      (condition.gradeIn === null || (record.grade !== null && condition.gradeIn.includes(record.grade))) &&
      (condition.statusIn === null ||
        (record.reportedStatus !== null && condition.statusIn.includes(record.reportedStatus))) &&
      (!condition.inForce || record.endsOn === null || record.endsOn >= context.asOf) &&
      (from === null || (record.occurredOn !== null && record.occurredOn >= from)),
  );
  const filter = describeRecordFilter(condition);
  const kind = kindLabel(condition.kind);
  if (matching.length < condition.minCount) {
    const wanted = filter ? `（要求${filter}）` : '';
    return {
      isMet: false,
      whyNot:
        matching.length === 0
          ? `没有符合条件的${kind}记录${wanted}`
          : `符合条件的${kind}记录 ${matching.length} 条，要求至少 ${condition.minCount} 条${wanted}`,
    };
  }
  const latest = matching.reduce((best, record) =>
    (record.occurredOn ?? '') > (best.occurredOn ?? '') ? record : best,
  );
  const detail = [
    latest.occurredOn ? `最近一条 ${latest.occurredOn}` : null,
    latest.endsOn ? `有效期至 ${latest.endsOn}` : null,
  ]
    .filter(Boolean)
    .join('，');
  return {
    isMet: true,
    reasons: [`${kind}记录 ${matching.length} 条${detail ? `：${detail}` : ''}${filter ? `（要求${filter}）` : ''}`],
  };
}

/**
 * A negative record is in effect while it stands (records loaded are active: not repaired, revoked or removed —
 * 001 §二(四)) and has not ended (no end date, or ending on or after the as-of date: 移出、解除、缴清 …).
 */
function evaluateNoActiveNegative(
  condition: NoActiveNegativeCondition,
  records: FactRecord[],
  context: EvaluationContext,
): ConditionOutcome {
  const kinds = condition.kinds ?? context.negativeKinds;
  const from = windowStart(context.asOf, condition.withinMonths);
  const found = records.filter(
    (record) =>
      kinds.includes(record.kind) &&
      (record.occurredOn === null || record.occurredOn <= context.asOf) &&
      (record.endsOn === null || record.endsOn >= context.asOf) &&
      (from === null || (record.occurredOn !== null && record.occurredOn >= from)),
  );
  const scope = `${condition.withinMonths ? `近 ${condition.withinMonths} 个月内` : ''}`;
  if (found.length === 0)
    return { isMet: true, reasons: [`${scope}无有效的${describeNegativeKinds(condition.kinds)}记录`] };
  const byKind = new Map<string, FactRecord[]>();
  for (const record of found) byKind.set(record.kind, [...(byKind.get(record.kind) ?? []), record]);
  const listed = [...byKind].map(
    ([kind, list]) =>
      `${kindLabel(kind)} ${list.length} 条（${list.map((record) => record.occurredOn ?? '日期不详').join('、')}）`,
  );
  return { isMet: false, whyNot: `${scope}有有效的负面记录：${listed.join('；')}` };
}

/** The R&D reports (研发投入) on or before the as-of date with both figures, latest first. */
function rndReports(records: FactRecord[], asOf: string): FactRecord[] {
  return records
    .filter(
      (record) =>
        record.kind === RND_INVESTMENT_KIND &&
        record.occurredOn !== null &&
        record.occurredOn <= asOf &&
        record.amount !== null &&
        record.quantity !== null &&
        record.quantity > 0,
    )
    .sort((a, b) => (a.occurredOn! < b.occurredOn! ? 1 : a.occurredOn! > b.occurredOn! ? -1 : 0));
}

/**
 * 首次认定 (002 §(十二)): the only recognition of its kind the enterprise has had, expired ones counted, granted
 * within the window. A renewal (重新认定) is a second record of the kind, so it is refused.
 */
function evaluateFirstRecognition(
  condition: FirstRecognitionCondition,
  records: FactRecord[],
  context: EvaluationContext,
): ConditionOutcome {
  const kind = kindLabel(condition.kind);
  const recognitions = records.filter(
    (record) =>
      record.kind === condition.kind &&
      (record.occurredOn === null || record.occurredOn <= context.asOf) &&
      (condition.subtypeIn === null || (record.subtype !== null && condition.subtypeIn.includes(record.subtype))),
  );
  const dates = recognitions.map((record) => record.occurredOn ?? '日期不详').join('、');
  if (recognitions.length === 0) return { isMet: false, whyNot: `没有${kind}记录（要求首次认定）` };
  if (recognitions.length > 1)
    return {
      isMet: false,
      whyNot: `已有 ${recognitions.length} 次${kind}（${dates}），最近一次不是首次认定`,
    };
  const only = recognitions[0]!;
  const from = windowStart(context.asOf, condition.withinMonths)!;
  if (only.occurredOn === null || only.occurredOn < from)
    return {
      isMet: false,
      whyNot: `首次${kind}在 ${dates}，不在近 ${condition.withinMonths} 个月内`,
    };
  return { isMet: true, reasons: [`首次${kind}：${only.occurredOn}（此前没有同类认定）`] };
}

/** 研发强度: the latest R&D report's expense over revenue, against the band its revenue falls in. */
function evaluateRndIntensity(
  condition: RndIntensityCondition,
  records: FactRecord[],
  context: EvaluationContext,
): ConditionOutcome {
  const from = windowStart(context.asOf, condition.withinMonths)!;
  const latest = rndReports(records, context.asOf)[0];
  if (!latest || latest.occurredOn! < from)
    return { isMet: false, whyNot: `近 ${condition.withinMonths} 个月内没有报送研发投入（研发费用与营业收入）` };
  const revenue = latest.quantity!;
  const index = condition.bands.findIndex((row) => row.revenueBelow === null || revenue < row.revenueBelow);
  const band = condition.bands[index]!;
  const lower = condition.bands[index - 1]?.revenueBelow ?? null;
  const upper = band.revenueBelow;
  const scope =
    lower === null
      ? upper === null
        ? ''
        : `营业收入低于 ${upper} 万元的企业`
      : upper === null
        ? `营业收入 ${lower} 万元以上的企业`
        : `营业收入 ${lower} 万至 ${upper} 万元的企业`;
  const ratio = latest.amount! / revenue;
  const facts = `${latest.occurredOn} 报送：研发费用 ${latest.amount} 万元，营业收入 ${revenue} 万元，研发强度 ${percentText(ratio)}`;
  const required = `${scope}要求不低于 ${percentText(band.minRatio)}`;
  return ratio >= band.minRatio
    ? { isMet: true, reasons: [`${facts}（${required}）`] }
    : { isMet: false, whyNot: `${facts}，未达到${required}` };
}

/** 营业收入增长: the two latest R&D reports' revenue. */
function evaluateRevenueGrowth(
  condition: RevenueGrowthCondition,
  records: FactRecord[],
  context: EvaluationContext,
): ConditionOutcome {
  const from = windowStart(context.asOf, condition.withinMonths)!;
  const [latest, previous] = rndReports(records, context.asOf);
  if (!latest || !previous || latest.occurredOn! < from)
    return {
      isMet: false,
      whyNot: `没有近 ${condition.withinMonths} 个月内及此前各一次的营业收入报送，无法计算增长率`,
    };
  const growth = latest.quantity! / previous.quantity! - 1;
  const facts = `营业收入 ${previous.quantity} 万元（${previous.occurredOn} 报送）→ ${latest.quantity} 万元（${latest.occurredOn} 报送），增长 ${percentText(growth)}`;
  return growth >= condition.minRatio
    ? { isMet: true, reasons: [`${facts}（要求不低于 ${percentText(condition.minRatio)}）`] }
    : { isMet: false, whyNot: `${facts}，未达到 ${percentText(condition.minRatio)}` };
}
