import type { RecordStatus } from './record.ts';
import { addMonthsToDay, fromDayNumber, NO_DAY, OPEN_END_DAY, parseIsoDay, toDayNumber } from './month-arithmetic.ts';
import {
  CREDIT_LEVELS,
  type CreditLevel,
  type GeneralRegime,
  type KindPublicityRule,
  type PublicityBasis,
  type PublicityRules,
  type SamrPenaltyRegime,
  type SamrSeriousListRegime,
} from './publicity-rules.ts';

/**
 * Publicity windows of negative records (DOMAIN.md §4): from a record's kind, department, level and decision date,
 * the earliest date it may be repaired and the last day it is published, using the rules in force on the decision
 * date (catalog/publicity-rules.yaml). A record past its window, repaired, revoked or removed no longer counts in
 * evaluation (001 §二(四)) but is never deleted.
 */

export const PUBLICITY_STATUSES = ['公示中', '可申请修复', '公示期满', '已修复', '已撤销'] as const;
export type PublicityStatus = (typeof PUBLICITY_STATUSES)[number];

export interface PublicityInput {
  kind: string;
  departmentCode: string;
  status: RecordStatus;
  /** Decision, listing or confirmation date (the record's occurred_on). */
  occurredOn: string | null;
  /** Removal, settlement or end date (the record's ends_on). */
  endsOn: string | null;
  level: string | null;
  /** 处罚类别 for penalties (e.g. "警告;罚款"). */
  subtype: string | null;
  /** Fine amount in 万元 for penalties. */
  amount: number | null;
  /** 违法行为类型 (fields.violation_type), to find the SAMR special sectors (food, drugs, special equipment). */
  violationType?: string | null;
}

export interface PublicityWindow {
  level: CreditLevel;
  basis: PublicityBasis;
  regime: { code: string; title: string; reference: string };
  /** First day a repair may be applied for; null when none is needed (the window simply ends) or possible yet. */
  repairableFrom: string | null;
  /** Last day the record is published; null while it stays published until removed or settled. */
  publicUntil: string | null;
  status: PublicityStatus;
  /** False when a number used was not confirmed against the original text. */
  confirmed: boolean;
  reference: string;
  /**
   * The period of the department's own publicity system (e.g. SAMR's 国家企业信用信息公示系统) when it differs from the
   * platform's; shown beside it, never governing it (catalog/publicity-rules.yaml governing_rule). Null otherwise.
   */
  departmentWindow: {
    regime: { code: string; title: string; reference: string };
    repairableFrom: string | null;
    publicUntil: string | null;
    confirmed: boolean;
  } | null;
  /** Set when the platform does not repair records of this kind (e.g. 失信被执行人): the right path, in Chinese. */
  repairPath: { path: string; reference: string } | null;
}

/** A window in day numbers, filled in place so the engine can resolve windows without allocating. */
export interface WindowDays {
  level: CreditLevel;
  basis: PublicityBasis;
  regime: GeneralRegime | SamrPenaltyRegime | SamrSeriousListRegime;
  /** NO_DAY when there is no repair date. */
  repairableFromDay: number;
  /** OPEN_END_DAY when the window is open. */
  publicUntilDay: number;
  confirmed: boolean;
}

/** Splits 处罚类别 text such as "警告;罚款" or "通报批评、罚款" into categories. */
const CATEGORY_SEPARATORS = /[;；,，、/\s]+/;

function regimeOn<T extends { effectiveFromDay: number }>(
  regimes: T[],
  day: number,
  firstCoversEarlier: boolean,
): T | undefined {
  let found: T | undefined;
  for (const regime of regimes) {
    if (regime.effectiveFromDay <= day) found = regime;
    else break;
  }
  if (!found && firstCoversEarlier) return regimes[0];
  return found;
}

/** Resolves publicity windows with the rules compiled for lookups by kind (built once, used for millions of records). */
export class PublicityResolver {
  private readonly byKind = new Map<string, KindPublicityRule[]>();
  private readonly lightMemo = new Map<SamrPenaltyRegime, Map<string, boolean>>();
  private readonly scratch: WindowDays;

  constructor(readonly rules: PublicityRules) {
    for (const rule of rules.kinds) {
      const list = this.byKind.get(rule.kind) ?? [];
      list.push(rule);
      this.byKind.set(rule.kind, list);
    }
    this.scratch = {
      level: rules.defaultLevel,
      basis: 'decision',
      regime: rules.generalRegimes[0],
      repairableFromDay: NO_DAY,
      publicUntilDay: OPEN_END_DAY,
      confirmed: true,
    };
  }

  /** True when records of this kind have a publicity window (negative kinds). */
  hasRules(kind: string): boolean {
    return this.byKind.has(kind);
  }

  /** The first rule row for the kind that applies to the department. */
  ruleFor(kind: string, departmentCode: string): KindPublicityRule | undefined {
    const list = this.byKind.get(kind);
    if (!list) return undefined;
    for (const rule of list) {
      if (rule.departments.length === 0 || rule.departments.includes(departmentCode)) return rule;
    }
    return undefined;
  }

  /** The record's own level when it states a valid one, else the kind's level, else the default level. */
  effectiveLevel(rule: KindPublicityRule, level: string | null): CreditLevel {
    if (level !== null && (CREDIT_LEVELS as readonly string[]).includes(level)) return level as CreditLevel;
    return rule.level ?? this.rules.defaultLevel;
  }

  /**
   * Fills `out` (or a shared scratch object) with the record's window in day numbers. `occurredDay` must be a real
   * day; `endsDay` is NO_DAY when the record has no end date. With `withRepairDate` false the repair date is left
   * out (the engine only needs the end of publicity).
   */
  resolve(
    rule: KindPublicityRule,
    level: string | null,
    occurredDay: number,
    endsDay: number,
    out: WindowDays = this.scratch,
    withRepairDate = true,
  ): WindowDays {
    this.resolveWindow(rule, level, occurredDay, endsDay, out, withRepairDate);
    // Records the platform does not repair (the court's own list) have no repair date here, whatever their window.
    if (rule.repair) out.repairableFromDay = NO_DAY;
    return out;
  }

  /**
   * The department's own publicity window (e.g. SAMR's, for a 市场监管 penalty) in day numbers, or null when the rule
   * names none or none was in force on the decision date.
   */
  resolveDepartmentWindow(
    rule: KindPublicityRule,
    subtype: string | null,
    amount: number | null,
    occurredDay: number,
    violationType: string | null,
  ): WindowDays | null {
    if (rule.departmentBasis !== 'samr_penalty') return null;
    const samr = regimeOn(this.rules.samrPenaltyRegimes, occurredDay, false);
    if (!samr) return null;
    return this.resolveSamrPenalty(samr, subtype, amount, occurredDay, violationType, {
      level: this.rules.defaultLevel,
      basis: 'decision',
      regime: samr,
      repairableFromDay: NO_DAY,
      publicUntilDay: OPEN_END_DAY,
      confirmed: true,
    });
  }

  private resolveWindow(
    rule: KindPublicityRule,
    level: string | null,
    occurredDay: number,
    endsDay: number,
    out: WindowDays,
    withRepairDate: boolean,
  ): WindowDays {
    out.level = this.effectiveLevel(rule, level);
    out.basis = rule.basis;
    out.confirmed = true;
    if (rule.basis === 'listing' && rule.period === 'samr_serious_list') {
      const samr = regimeOn(this.rules.samrSeriousListRegimes, occurredDay, false);
      if (samr) {
        out.regime = samr;
        out.confirmed = samr.maxMonths.confirmed && samr.earlyRemovalMinMonths.confirmed;
        out.repairableFromDay = addMonthsToDay(occurredDay, samr.earlyRemovalMinMonths.value) + 1;
        out.publicUntilDay = Math.min(
          endsDay === NO_DAY ? OPEN_END_DAY : endsDay - 1,
          addMonthsToDay(occurredDay, samr.maxMonths.value),
        );
        return out;
      }
    }
    const regime = regimeOn(this.rules.generalRegimes, occurredDay, true)!;
    const period = regime.periods[out.level];
    out.regime = regime;
    out.confirmed = period.confirmed;
    // The first day after the minimum period (NO_DAY when the caller does not need repair dates).
    const afterMinimum = withRepairDate ? addMonthsToDay(occurredDay, period.minMonths) + 1 : NO_DAY;
    const maxEnd = addMonthsToDay(occurredDay, period.maxMonths);
    if (rule.basis === 'listing') {
      // Published while listed; the removal day (ends_on) is the first day off the list.
      const listedUntil = endsDay === NO_DAY ? OPEN_END_DAY : endsDay - 1;
      if (rule.period === 'none') {
        out.confirmed = true;
        out.repairableFromDay = occurredDay;
        out.publicUntilDay = listedUntil;
      } else {
        out.repairableFromDay = afterMinimum;
        out.publicUntilDay = Math.min(listedUntil, maxEnd);
      }
      return out;
    }
    if (rule.basis === 'obligation') {
      // An unpaid debt is a continuing breach: published until settled, then until the level's maximum period ends.
      if (endsDay === NO_DAY) {
        out.repairableFromDay = NO_DAY;
        out.publicUntilDay = OPEN_END_DAY;
      } else {
        out.repairableFromDay = Math.max(afterMinimum, endsDay);
        out.publicUntilDay = Math.max(maxEnd, endsDay - 1);
      }
      return out;
    }
    out.repairableFromDay = afterMinimum;
    out.publicUntilDay = maxEnd;
    return out;
  }

  private resolveSamrPenalty(
    regime: SamrPenaltyRegime,
    subtype: string | null,
    amount: number | null,
    occurredDay: number,
    violationType: string | null,
    out: WindowDays,
  ): WindowDays {
    out.regime = regime;
    if (this.isLightPenalty(regime, subtype, amount)) {
      // Only 通报批评 or a small fine: publicity stops after a short period, no repair is needed.
      out.confirmed = regime.lightFineMax.confirmed;
      out.repairableFromDay = NO_DAY;
      out.publicUntilDay = addMonthsToDay(occurredDay, regime.lightPublicityMonths);
      return out;
    }
    const isSpecialSector =
      violationType !== null && regime.specialSectorKeywords.some((keyword) => violationType.includes(keyword));
    const minMonths = isSpecialSector ? regime.specialSectorRepairMinMonths : regime.repairMinMonths;
    out.repairableFromDay = addMonthsToDay(occurredDay, minMonths) + 1;
    out.publicUntilDay = addMonthsToDay(occurredDay, regime.standardPublicityMonths);
    return out;
  }

  /**
   * 仅受到通报批评或者较低数额罚款: every category is a light one, and a fine (if any) is at most the threshold.
   * AMBIGUITY: a fine without an amount is treated as not light (the longer window), since the threshold cannot be checked.
   */
  private isLightPenalty(regime: SamrPenaltyRegime, subtype: string | null, amount: number | null): boolean {
    if (subtype === null) return false;
    let memo = this.lightMemo.get(regime);
    if (!memo) {
      memo = new Map();
      this.lightMemo.set(regime, memo);
    }
    let categoriesLight = memo.get(subtype);
    if (categoriesLight === undefined) {
      const categories = subtype.split(CATEGORY_SEPARATORS).filter((part) => part !== '');
      categoriesLight =
        categories.length > 0 && categories.every((category) => regime.lightPenaltyCategories.includes(category));
      memo.set(subtype, categoriesLight);
    }
    if (!categoriesLight) return false;
    if (!subtype.includes('罚款')) return true;
    return amount !== null && amount <= regime.lightFineMax.value;
  }

  /**
   * The engine's fast path: the last published day of a record (OPEN_END_DAY when open), or OPEN_END_DAY for kinds
   * without publicity rules.
   */
  publicUntilDay(
    kind: string,
    departmentCode: string,
    level: string | null,
    occurredDay: number,
    endsDay: number,
  ): number {
    const rule = this.ruleFor(kind, departmentCode);
    if (!rule) return OPEN_END_DAY;
    return this.resolve(rule, level, occurredDay, endsDay, this.scratch, false).publicUntilDay;
  }
}

function describeRegime(regime: WindowDays['regime']): { code: string; title: string; reference: string } {
  return { code: regime.code, title: regime.title, reference: regime.reference };
}

function dayOrNull(day: number): string | null {
  return day === NO_DAY ? null : fromDayNumber(day);
}

/** The publicity status of a window on a day. */
export function publicityStatusOn(status: RecordStatus, window: WindowDays, day: number): PublicityStatus {
  if (status === 'revoked') return '已撤销';
  if (status === 'repaired') return '已修复';
  if (status === 'removed') return '公示期满';
  if (day > window.publicUntilDay) return '公示期满';
  if (window.repairableFromDay !== NO_DAY && day >= window.repairableFromDay) return '可申请修复';
  return '公示中';
}

/**
 * The publicity of a negative record as of a date, or null when its kind has no publicity rules (positive and
 * neutral kinds) or it has no decision date.
 */
export function computePublicity(
  resolver: PublicityResolver,
  input: PublicityInput,
  asOf: string,
): PublicityWindow | null {
  const rule = resolver.ruleFor(input.kind, input.departmentCode);
  const occurredDay = parseIsoDay(input.occurredOn);
  if (!rule || occurredDay === NO_DAY) return null;
  const window = resolver.resolve(rule, input.level, occurredDay, parseIsoDay(input.endsOn), {} as WindowDays);
  const own = resolver.resolveDepartmentWindow(
    rule,
    input.subtype,
    input.amount,
    occurredDay,
    input.violationType ?? null,
  );
  const differs =
    own !== null &&
    (own.publicUntilDay !== window.publicUntilDay || own.repairableFromDay !== window.repairableFromDay);
  return {
    level: window.level,
    basis: window.basis,
    regime: describeRegime(window.regime),
    repairableFrom: dayOrNull(window.repairableFromDay),
    publicUntil: window.publicUntilDay === OPEN_END_DAY ? null : fromDayNumber(window.publicUntilDay),
    status: publicityStatusOn(input.status, window, toDayNumber(asOf)),
    confirmed: window.confirmed,
    reference: rule.reference,
    departmentWindow: differs
      ? {
          regime: describeRegime(own.regime),
          repairableFrom: dayOrNull(own.repairableFromDay),
          publicUntil: own.publicUntilDay === OPEN_END_DAY ? null : fromDayNumber(own.publicUntilDay),
          confirmed: own.confirmed,
        }
      : null,
    repairPath: rule.repair ? { path: rule.repair.path, reference: rule.repair.reference } : null,
  };
}
