import {
  addMonthsToDay,
  firstDayMonthsAfter,
  fromDayNumber,
  NO_DAY,
  wholeYearsBetween,
} from '../domain/month-arithmetic.ts';
import { CREDIT_LEVELS, type KindPublicityRule } from '../domain/publicity-rules.ts';
import type { WindowDays } from '../domain/publicity.ts';
import { NEVER, type PreparedIndicator, type PreparedModel } from './compile-model.ts';
import { fingerprintEnterprise } from './fingerprint.ts';
import { modelVersionName, type CategoryField, type LookupTable } from './model.ts';
import { NO_STRING, type RecordBatch } from './record-batch.ts';
import type { DimensionResult, EvaluationResult, ExcludedRecord, IndicatorResult, UsedRecord } from './trace.ts';

/**
 * The evaluation loop. For each enterprise it walks the enterprise's records once: a record that is revoked,
 * repaired, removed, dated after the as-of date or past its publicity window is excluded (never deleted, 001 §二(四));
 * every other record is handed to the indicators that read its kind, which accumulate into per-indicator slots.
 * Then each indicator's value becomes points, points add up per dimension from its base within its caps,
 * dimensions add up by weight, the first-hit grade table gives the grade, and vetoes cap it.
 *
 * The loop reads typed arrays and writes preallocated state: no per-record allocation, no date parsing.
 * In tracing mode it also keeps, per indicator, the records used (and their factors) and the records excluded.
 *
 * Each run also gives `nextChangeDay`: the first day after the as-of date on which the same inputs could give another
 * result — a record that starts to count, leaves its publicity, its validity, its window or its decay step, an
 * anniversary of registration, a parameter's new value. It may be earlier than the actual change (a record that leaves
 * a window of an indicator already at its cap), never later, so the daily run need only evaluate enterprises whose
 * day has come or whose inputs changed.
 */

type RecordStep = (record: number, level: number) => void;

const EXCLUSION_REASONS: Record<string, string> = {
  revoked: '已撤销',
  repaired: '已修复',
  removed: '已移出',
  undated: '缺少发生日期',
  future: '发生在评价基准日之后',
  expired: '公示期满',
};

// Rule types and latest-value fields as small integers, so the per-enterprise pass switches on numbers.
const RULE_CODES = {
  count: 0,
  sum: 1,
  presence: 2,
  latest: 3,
  enterprise_age: 4,
  enterprise_status: 5,
  enterprise_tiers: 6,
} as const;
const LATEST_FIELDS = [
  'amount',
  'quantity',
  'amount_per_quantity',
  'level',
  'subtype',
  'grade',
  'reported_status',
  'department',
] as const;
const SCORING_CODES = { linear: 0, as_points: 1, bands: 2, lookup: 3 } as const;

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + (value >= 0 ? Number.EPSILON : -Number.EPSILON)) * factor) / factor;
}

function clampMagnitude(value: number, cap: number): number {
  return value > cap ? cap : value < -cap ? -cap : value;
}

/** Evaluates the enterprises of one batch against one prepared model; one instance serves every enterprise of the batch. */
export class BatchEvaluator {
  readonly indicatorCount: number;
  /** Numeric value per indicator of the last enterprise run (NaN: none). */
  readonly values: Float64Array;
  /** Category value per indicator: a string id of the batch (record rules), or NO_STRING … */
  readonly categories: Int32Array;
  /** … or a text (enterprise rules). */
  readonly categoryTexts: (string | null)[];
  readonly points: Float64Array;
  readonly dimensionPoints: Float64Array;
  readonly dimensionScores: Float64Array;
  score = 0;
  rawGrade = 0;
  grade = 0;
  /** Bit v set: veto v applied. */
  vetoMask = 0;
  /** The first day after the as-of date on which the result could change with the same inputs (NEVER: none). */
  nextChangeDay = NEVER;
  /** Tracing mode only: record positions used per indicator, with their factors, and the records excluded. */
  readonly used: number[][];
  readonly factors: number[][];
  readonly excluded: { record: number; reason: string }[] = [];

  private readonly accumulated: Float64Array;
  private readonly bestDay: Int32Array;
  private readonly bestRecord: Int32Array;
  private readonly bestLevel: Int32Array;
  private readonly ruleCodes: Uint8Array;
  private readonly latestFields: Uint8Array;
  private readonly scoringCodes: Uint8Array;
  /** linear: points per unit (1 for as_points); cap: largest magnitude of the points (Infinity: none). */
  private readonly perUnit: Float64Array;
  private readonly caps: Float64Array;
  private readonly stepsByKind: (RecordStep[] | null)[];
  private readonly rulesByKind: ({ departments: Int32Array; rule: KindPublicityRule }[] | null)[];
  /** Batch ids (or ids past the string table) of 轻微/一般/严重, in CREDIT_LEVELS order. */
  private readonly levelIds: Int32Array;
  private readonly activeStatus: number;
  private readonly lookupsById: (Map<number, number> | null)[];
  private readonly window: WindowDays;
  /** Per indicator, the earliest occurrence among the records it counted (months windows), NEVER when none … */
  private readonly minWindowDay: Int32Array;
  /** … and per indicator and decay step (`decayStride` slots each), the earliest occurrence in that step. */
  private readonly minDecayDay: Int32Array;
  private readonly decayStride: number;
  /** Per kind: whether an indicator reading it has a validity or outstanding window (the end date matters). */
  private readonly endsMatter: Uint8Array;
  /** Per indicator: the values (whole years) at which an enterprise_age indicator's points or vetoes change; null: every year. */
  private readonly ageThresholds: (Float64Array | null)[];
  /** The indicators whose result can change with the date alone (months window, decay, age). */
  private readonly timedIndicators: Int32Array;

  constructor(
    readonly prepared: PreparedModel,
    readonly batch: RecordBatch,
    readonly tracing = false,
  ) {
    const count = prepared.indicators.length;
    const dimensions = prepared.compiled.model.dimensions.length;
    this.indicatorCount = count;
    this.values = new Float64Array(count);
    this.categories = new Int32Array(count);
    this.categoryTexts = new Array(count).fill(null);
    this.points = new Float64Array(count);
    this.dimensionPoints = new Float64Array(dimensions);
    this.dimensionScores = new Float64Array(dimensions);
    this.accumulated = new Float64Array(count);
    this.bestDay = new Int32Array(count);
    this.bestRecord = new Int32Array(count);
    this.bestLevel = new Int32Array(count);
    this.used = Array.from({ length: count }, () => []);
    this.factors = Array.from({ length: count }, () => []);
    this.window = {} as WindowDays;
    this.minWindowDay = new Int32Array(count);
    this.decayStride = Math.max(0, ...prepared.indicators.map((indicator) => indicator.decayMonths?.length ?? 0));
    this.minDecayDay = new Int32Array(count * this.decayStride);
    this.endsMatter = new Uint8Array(batch.strings.length);
    for (const indicator of prepared.indicators) {
      const window = indicator.indicator.rule.window.type;
      if (window !== 'valid' && window !== 'outstanding') continue;
      for (const kind of indicator.indicator.rule.kinds) {
        const kindId = batch.stringId(kind);
        if (kindId !== undefined) this.endsMatter[kindId] = 1;
      }
    }
    this.ageThresholds = prepared.indicators.map((indicator) => ageThresholds(prepared, indicator));
    this.timedIndicators = new Int32Array(
      prepared.indicators
        .filter(
          (indicator) =>
            indicator.windowMonths >= 0 ||
            indicator.decayMonths !== null ||
            indicator.indicator.rule.type === 'enterprise_age',
        )
        .map((indicator) => indicator.position),
    );
    this.ruleCodes = new Uint8Array(prepared.indicators.map((indicator) => RULE_CODES[indicator.indicator.rule.type]));
    this.latestFields = new Uint8Array(
      prepared.indicators.map((indicator) =>
        Math.max(0, LATEST_FIELDS.indexOf(indicator.indicator.rule.field as never)),
      ),
    );
    this.scoringCodes = new Uint8Array(prepared.indicators.map((indicator) => SCORING_CODES[indicator.scoring.type]));
    this.perUnit = new Float64Array(
      prepared.indicators.map(({ scoring }) => (scoring.type === 'linear' ? scoring.perUnit : 1)),
    );
    this.caps = new Float64Array(
      prepared.indicators.map(({ scoring }) =>
        (scoring.type === 'linear' || scoring.type === 'as_points') && scoring.cap !== null
          ? scoring.cap
          : Number.POSITIVE_INFINITY,
      ),
    );

    // Texts absent from the batch get ids past its string table: filters on them never match real records, and
    // the levels the publicity rules assign get stable ids of their own.
    let nextSyntheticId = batch.strings.length;
    const synthetic = new Map<string, number>();
    const idOf = (text: string): number => {
      const id = batch.stringId(text);
      if (id !== undefined) return id;
      let extra = synthetic.get(text);
      if (extra === undefined) {
        extra = nextSyntheticId++;
        synthetic.set(text, extra);
      }
      return extra;
    };
    this.levelIds = new Int32Array(CREDIT_LEVELS.map(idOf));
    this.activeStatus = idOf('active');

    this.stepsByKind = new Array(batch.strings.length).fill(null);
    this.rulesByKind = new Array(batch.strings.length).fill(null);
    for (const indicator of prepared.indicators) {
      for (const kind of indicator.indicator.rule.kinds) {
        const kindId = batch.stringId(kind);
        if (kindId === undefined) continue;
        (this.stepsByKind[kindId] ??= []).push(this.createStep(indicator, idOf));
        if (this.rulesByKind[kindId] === null) {
          const rules = prepared.compiled.publicity.rules.kinds.filter((rule) => rule.kind === kind);
          if (rules.length > 0)
            this.rulesByKind[kindId] = rules.map((rule) => ({
              departments: new Int32Array(rule.departments.map(idOf)),
              rule,
            }));
        }
      }
    }
    this.lookupsById = prepared.indicators.map((indicator) =>
      indicator.scoring.type === 'lookup' && indicator.indicator.rule.type === 'latest'
        ? this.mapTable(indicator.scoring.table, idOf)
        : null,
    );
  }

  private mapTable(table: LookupTable, idOf: (text: string) => number): Map<number, number> {
    const byId = new Map<number, number>();
    for (const [key, points] of Object.entries(table)) {
      if (key !== 'default' && key !== 'none') byId.set(idOf(key), points);
    }
    return byId;
  }

  /** The closure that feeds one record to one indicator: filter, window, decay, weight, accumulate. */
  private createStep(prepared: PreparedIndicator, idOf: (text: string) => number): RecordStep {
    const batch = this.batch;
    const rule = prepared.indicator.rule;
    const slot = prepared.position;
    const columns: Record<CategoryField, Int32Array | null> = {
      level: null, // the effective level (stated, or set by the publicity rules) is passed in
      subtype: batch.subtype,
      grade: batch.grade,
      reported_status: batch.reportedStatus,
      department: batch.department,
    };
    const filterKeys = Object.keys(rule.where) as CategoryField[];
    const filterColumns = filterKeys.map((key) => columns[key]);
    const filterAllowed = filterKeys.map((key) => new Int32Array(rule.where[key]!.map(idOf)));
    const filterCount = filterKeys.length;
    const occurredDay = batch.occurredDay;
    const endsDay = batch.endsDay;
    const asOfDay = this.prepared.asOfDay;
    const windowCode = ['months', 'valid', 'outstanding', 'all'].indexOf(rule.window.type);
    const startAfter = prepared.windowStartAfterDay;
    const decayCutoffs = prepared.decayCutoffs;
    const decayFactors = prepared.decayFactors;
    const isMonthsWindow = prepared.windowMonths >= 0;
    const minWindowDay = this.minWindowDay;
    const minDecayDay = this.minDecayDay;
    const decayBase = slot * this.decayStride;
    const weightColumn = rule.weightBy ? columns[rule.weightBy.field] : null;
    const weightById = prepared.weightTable ? this.mapTable(prepared.weightTable, idOf) : null;
    const weightDefault = prepared.weightTable?.default ?? 0;
    const accumulated = this.accumulated;
    const tracing = this.tracing;
    const used = this.used;
    const factors = this.factors;

    const passes = (r: number, level: number): boolean => {
      for (let i = 0; i < filterCount; i += 1) {
        const column = filterColumns[i];
        const value = column === null ? level : column[r];
        const allowed = filterAllowed[i];
        let found = false;
        for (let j = 0; j < allowed.length; j += 1) {
          if (allowed[j] === value) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      if (windowCode === 0) return occurredDay[r] > startAfter;
      if (windowCode === 1) return endsDay[r] === NO_DAY || endsDay[r] >= asOfDay; // 有效期至 is the last valid day
      if (windowCode === 2) return endsDay[r] === NO_DAY || endsDay[r] > asOfDay; // removal/settlement day no longer holds
      return true;
    };
    const factorOf = (r: number, level: number): number => {
      let factor = 1;
      if (decayCutoffs !== null) {
        const day = occurredDay[r];
        factor = 0;
        for (let i = 0; i < decayCutoffs.length; i += 1) {
          if (day > decayCutoffs[i]) {
            factor = decayFactors![i];
            // The earliest occurrence in each decay step, for nextChangeDay.
            if (day < minDecayDay[decayBase + i]) minDecayDay[decayBase + i] = day;
            break;
          }
        }
      }
      if (weightById !== null)
        factor *= weightById.get(weightColumn === null ? level : weightColumn[r]) ?? weightDefault;
      return factor;
    };
    const note = (r: number, factor: number): void => {
      used[slot].push(r);
      factors[slot].push(factor);
    };
    // The earliest occurrence of the records counted in a months window, for nextChangeDay.
    const track = (r: number): void => {
      if (isMonthsWindow && occurredDay[r] < minWindowDay[slot]) minWindowDay[slot] = occurredDay[r];
    };

    switch (rule.type) {
      case 'count':
        return (r, level) => {
          if (!passes(r, level)) return;
          track(r);
          const factor = factorOf(r, level);
          if (factor === 0) return;
          accumulated[slot] += factor;
          if (tracing) note(r, factor);
        };
      case 'sum': {
        const column = rule.field === 'quantity' ? batch.quantity : batch.amount;
        return (r, level) => {
          const value = column[r];
          if (value !== value || !passes(r, level)) return; // NaN: the record has no amount
          track(r);
          const factor = factorOf(r, level);
          if (factor === 0) return;
          accumulated[slot] += value * factor;
          if (tracing) note(r, factor);
        };
      }
      case 'presence':
        return (r, level) => {
          if (!passes(r, level)) return;
          track(r);
          accumulated[slot] = 1;
          if (tracing) note(r, 1);
        };
      case 'latest': {
        const bestDay = this.bestDay;
        const bestRecord = this.bestRecord;
        const bestLevel = this.bestLevel;
        // Ties on the date go to the later record (records are in ascending id order).
        return (r, level) => {
          if (occurredDay[r] < bestDay[slot] || !passes(r, level)) return;
          track(r); // the result changes when its latest record leaves; older ones do not matter
          bestDay[slot] = occurredDay[r];
          bestRecord[slot] = r;
          bestLevel[slot] = level;
        };
      }
      default:
        throw new Error(`rule type ${rule.type} does not read records`);
    }
  }

  private publicityRule(kind: number, department: number): KindPublicityRule | null {
    const rules = this.rulesByKind[kind];
    if (rules === null) return null;
    for (let i = 0; i < rules.length; i += 1) {
      const departments = rules[i].departments;
      if (departments.length === 0) return rules[i].rule;
      for (let j = 0; j < departments.length; j += 1) if (departments[j] === department) return rules[i].rule;
    }
    return null;
  }

  /** Evaluates enterprise `e` of the batch; the results stay in this object's fields until the next run. */
  run(e: number): void {
    const batch = this.batch;
    const tracing = this.tracing;
    this.accumulated.fill(0);
    this.bestDay.fill(NO_DAY);
    this.bestRecord.fill(-1);
    this.minWindowDay.fill(NEVER);
    this.minDecayDay.fill(NEVER);
    if (tracing) {
      for (let i = 0; i < this.indicatorCount; i += 1) {
        this.used[i].length = 0;
        this.factors[i].length = 0;
      }
      this.excluded.length = 0;
    }
    const asOfDay = this.prepared.asOfDay;
    const publicity = this.prepared.compiled.publicity;
    const stepsByKind = this.stepsByKind;
    const activeStatus = this.activeStatus;
    const levelIds = this.levelIds;
    const window = this.window;
    const strings = batch.strings;
    const { kind, status, occurredDay, endsDay, level, department } = batch;
    const endsMatter = this.endsMatter;
    const end = batch.enterpriseStart[e + 1];
    // nextChangeDay from the records themselves: one that starts to count, or leaves its publicity or validity.
    let next = this.prepared.nextParameterDay;
    for (let r = batch.enterpriseStart[e]; r < end; r += 1) {
      const steps = stepsByKind[kind[r]];
      if (steps === null) continue; // no indicator reads this kind
      if (status[r] !== activeStatus) {
        if (tracing)
          this.excluded.push({
            record: r,
            reason: EXCLUSION_REASONS[strings[status[r]]] ?? `状态为 ${strings[status[r]]}`,
          });
        continue;
      }
      const occurred = occurredDay[r];
      if (occurred !== NO_DAY && occurred > asOfDay && occurred < next) next = occurred;
      if (occurred === NO_DAY || occurred > asOfDay) {
        if (tracing)
          this.excluded.push({
            record: r,
            reason: occurred === NO_DAY ? EXCLUSION_REASONS.undated : EXCLUSION_REASONS.future,
          });
        continue;
      }
      let effectiveLevel = level[r];
      const rule = this.publicityRule(kind[r], department[r]);
      if (rule !== null) {
        publicity.resolve(
          rule,
          effectiveLevel === NO_STRING ? null : strings[effectiveLevel],
          occurred,
          endsDay[r],
          window,
          false,
        );
        if (window.publicUntilDay < asOfDay) {
          if (tracing) this.excluded.push({ record: r, reason: EXCLUSION_REASONS.expired });
          continue;
        }
        if (window.publicUntilDay < next) next = window.publicUntilDay + 1;
        const levelName = window.level;
        effectiveLevel = levelIds[levelName === '一般' ? 1 : levelName === '严重' ? 2 : 0];
      }
      // 有效期至 / removal day: the record stops counting the day after, or on the day (outstanding windows).
      const ends = endsDay[r];
      if (ends !== NO_DAY && ends >= asOfDay && ends < next && endsMatter[kind[r]] === 1)
        next = ends > asOfDay ? ends : asOfDay + 1;
      for (let i = 0; i < steps.length; i += 1) steps[i](r, effectiveLevel);
    }
    this.finishValues(e);
    this.scoreAndGrade();
    this.nextChangeDay = this.nextChangeAfterRecords(e, next);
  }

  /** nextChangeDay from the windows and decay steps of the counted records and from the enterprise's age. */
  private nextChangeAfterRecords(e: number, recordsNext: number): number {
    let next = recordsNext;
    const indicators = this.prepared.indicators;
    const timed = this.timedIndicators;
    for (let t = 0; t < timed.length; t += 1) {
      const i = timed[t];
      const indicator = indicators[i];
      // A day N months on is at least 28·N − 3 days on: the month rule is only worked out when it could be earlier.
      const windowDay = this.minWindowDay[i];
      const windowMonths = indicator.windowMonths;
      if (windowDay !== NEVER && windowDay + 28 * windowMonths - 3 < next)
        next = Math.min(next, firstDayMonthsAfter(windowDay, windowMonths));
      const decayMonths = indicator.decayMonths;
      if (decayMonths !== null) {
        for (let step = 0; step < decayMonths.length; step += 1) {
          const day = this.minDecayDay[i * this.decayStride + step];
          const months = decayMonths[step];
          if (day !== NEVER && months >= 0 && day + 28 * months - 3 < next)
            next = Math.min(next, firstDayMonthsAfter(day, months));
        }
      }
      if (this.ruleCodes[i] === RULE_CODES.enterprise_age) {
        const registered = this.batch.registeredDay[e];
        if (registered === NO_DAY) continue;
        const years = this.values[i]; // whole years on the as-of date; NaN when registered after it
        if (years !== years) {
          next = Math.min(next, registered);
          continue;
        }
        // The next anniversary that reaches a threshold of the indicator's bands or vetoes (each one, for linear points).
        const thresholds = this.ageThresholds[i];
        let reach = years + 1;
        if (thresholds !== null) {
          reach = Number.POSITIVE_INFINITY;
          for (let k = 0; k < thresholds.length; k += 1)
            if (thresholds[k] > years) reach = Math.min(reach, thresholds[k]);
        }
        if (reach !== Number.POSITIVE_INFINITY && registered + 365 * reach - 1 < next)
          next = Math.min(next, addMonthsToDay(registered, 12 * reach));
      }
    }
    return Math.max(next, this.prepared.asOfDay + 1);
  }

  /** Turns each indicator's accumulated state (or the enterprise's attributes) into its value and points. */
  private finishValues(e: number): void {
    const batch = this.batch;
    const indicators = this.prepared.indicators;
    const asOfDay = this.prepared.asOfDay;
    for (let i = 0; i < this.indicatorCount; i += 1) {
      let value = Number.NaN;
      let category = NO_STRING;
      let categoryText: string | null = null;
      switch (this.ruleCodes[i]) {
        case RULE_CODES.count:
        case RULE_CODES.sum:
        case RULE_CODES.presence:
          value = this.accumulated[i];
          break;
        case RULE_CODES.latest: {
          const r = this.bestRecord[i];
          if (r < 0) break;
          if (this.tracing) {
            this.used[i].push(r);
            this.factors[i].push(1);
          }
          switch (this.latestFields[i]) {
            case 0:
              value = batch.amount[r];
              break;
            case 1:
              value = batch.quantity[r];
              break;
            case 2:
              value = batch.quantity[r] > 0 ? batch.amount[r] / batch.quantity[r] : Number.NaN;
              break;
            case 3:
              category = this.bestLevel[i];
              break;
            case 4:
              category = batch.subtype[r];
              break;
            case 5:
              category = batch.grade[r];
              break;
            case 6:
              category = batch.reportedStatus[r];
              break;
            default:
              category = batch.department[r];
          }
          break;
        }
        case RULE_CODES.enterprise_age: {
          const registered = batch.registeredDay[e];
          if (registered !== NO_DAY && registered <= asOfDay) value = wholeYearsBetween(registered, asOfDay);
          break;
        }
        case RULE_CODES.enterprise_status:
          categoryText = batch.enterprises[e].status ?? null;
          break;
        case RULE_CODES.enterprise_tiers:
          categoryText = this.bestTier(indicators[i], batch.enterprises[e].tiers);
          break;
      }
      this.values[i] = value;
      this.categories[i] = category;
      this.categoryTexts[i] = categoryText;
      this.points[i] = this.pointsOf(i, value, category, categoryText);
    }
  }

  /** The tier worth most points stands for the enterprise (tiers overlap: a 小巨人 is also 专精特新); ties go to the first code in sort order. */
  private bestTier(indicator: PreparedIndicator, tiers: string[]): string | null {
    const table = indicator.scoring.type === 'lookup' ? indicator.scoring.table : {};
    let best: string | null = null;
    let bestPoints = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < tiers.length; t += 1) {
      const tier = tiers[t];
      const points = Object.hasOwn(table, tier) ? table[tier] : (table.default ?? 0);
      if (points > bestPoints || (points === bestPoints && best !== null && tier < best)) {
        best = tier;
        bestPoints = points;
      }
    }
    return best;
  }

  private pointsOf(i: number, value: number, category: number, categoryText: string | null): number {
    const code = this.scoringCodes[i];
    if (code <= SCORING_CODES.as_points)
      return value !== value ? 0 : clampMagnitude(value * this.perUnit[i], this.caps[i]);
    const scoring = this.prepared.indicators[i].scoring;
    if (scoring.type === 'bands') {
      if (value !== value) return 0;
      const bands = scoring.bands;
      for (let b = 0; b < bands.length; b += 1) {
        const band = bands[b];
        if ((band.min === null || value >= band.min) && (band.below === null || value < band.below)) return band.points;
      }
      return 0;
    }
    const table = (scoring as { table: LookupTable }).table;
    const byId = this.lookupsById[i];
    if (byId !== null) {
      if (category === NO_STRING) return table.none ?? table.default;
      return byId.get(category) ?? table.default;
    }
    if (categoryText === null) return table.none ?? table.default;
    return categoryText !== 'none' && Object.hasOwn(table, categoryText) ? table[categoryText] : table.default;
  }

  /** Dimensions from their base within their caps, the weighted total, the first-hit grade, then vetoes. */
  private scoreAndGrade(): void {
    const model = this.prepared.compiled.model;
    const dimensionOf = this.prepared.compiled.dimensionOf;
    const dimensions = model.dimensions;
    this.dimensionPoints.fill(0);
    for (let i = 0; i < this.indicatorCount; i += 1) this.dimensionPoints[dimensionOf[i]] += this.points[i];
    let total = 0;
    for (let d = 0; d < dimensions.length; d += 1) {
      const dimension = dimensions[d];
      const score = Math.max(dimension.min, Math.min(dimension.max, dimension.base + this.dimensionPoints[d]));
      this.dimensionScores[d] = score;
      total += dimension.weight * score;
    }
    this.score = Math.max(model.scoreMin, Math.min(model.scoreMax, roundTo(total, model.scoreDecimals)));
    const grades = model.grades;
    let grade = grades.length - 1;
    for (let g = 0; g < grades.length; g += 1) {
      const minScore = grades[g].minScore;
      if (minScore === null || this.score >= minScore) {
        grade = g;
        break;
      }
    }
    this.rawGrade = grade;
    let mask = 0;
    const vetoes = this.prepared.compiled.vetoes;
    for (let v = 0; v < vetoes.length; v += 1) {
      const veto = vetoes[v];
      const value = this.values[veto.indicator];
      let applies = veto.minValue !== null && value === value && value >= veto.minValue;
      if (!applies && veto.values !== null) {
        const text = this.categoryTextAt(veto.indicator);
        applies = text !== null && veto.values.has(text);
      }
      if (applies) {
        mask |= 1 << v;
        if (veto.capGrade > grade) grade = veto.capGrade;
      }
    }
    this.vetoMask = mask;
    this.grade = grade;
  }

  /** The category value of an indicator as text (record or enterprise rules), or null. */
  categoryTextAt(i: number): string | null {
    const id = this.categories[i];
    if (id === NO_STRING) return this.categoryTexts[i];
    if (id < this.batch.strings.length) return this.batch.strings[id];
    const level = this.levelIds.indexOf(id);
    return level >= 0 ? CREDIT_LEVELS[level] : null;
  }

  /** The full result of the last enterprise run, with its trace (run in tracing mode to have records and exclusions). */
  describe(e: number): EvaluationResult {
    const prepared = this.prepared;
    const model = prepared.compiled.model;
    const batch = this.batch;
    const recordReference = (r: number) => ({
      id: batch.id[r],
      version: batch.version[r],
      kind: batch.strings[batch.kind[r]],
      occurredOn: batch.occurredDay[r] === NO_DAY ? null : fromDayNumber(batch.occurredDay[r]),
    });
    const indicators: IndicatorResult[] = prepared.indicators.map((indicator, i) => {
      const value = indicator.isCategory
        ? this.categoryTextAt(i)
        : this.values[i] !== this.values[i]
          ? null
          : roundTo(this.values[i], 6);
      const records: UsedRecord[] = this.used[i].map((r, index) => ({
        ...recordReference(r),
        factor: this.factors[i][index],
      }));
      return {
        id: indicator.indicator.id,
        label: indicator.indicator.label,
        dimension: model.dimensions[indicator.dimension].id,
        value,
        points: roundTo(this.points[i], 6),
        weight: indicator.weight,
        contribution: roundTo(this.points[i] * indicator.weight, 6),
        reference: indicator.indicator.reference,
        records,
        parameters: indicator.parameters.map((reading) => ({
          id: reading.parameter.id,
          description: reading.parameter.description,
          unit: reading.parameter.unit,
          value: reading.value,
          effectiveFrom: reading.effectiveFrom,
          reference: reading.parameter.reference,
        })),
      };
    });
    const dimensions: DimensionResult[] = model.dimensions.map((dimension, d) => ({
      id: dimension.id,
      label: dimension.label,
      weight: dimension.weight,
      base: dimension.base,
      points: roundTo(this.dimensionPoints[d], 6),
      score: roundTo(this.dimensionScores[d], 6),
      contribution: roundTo(this.dimensionScores[d] * dimension.weight, 6),
    }));
    const excluded: ExcludedRecord[] = this.excluded.map(({ record, reason }) => ({
      ...recordReference(record),
      reason,
    }));
    const grade = model.grades[this.grade];
    return {
      uscc: batch.enterprises[e].uscc,
      score: this.score,
      grade: grade.grade,
      gradeLabel: grade.label,
      samr: grade.samr,
      gradeBeforeVetoes: model.grades[this.rawGrade].grade,
      vetoes: prepared.compiled.vetoes
        .filter((_, v) => (this.vetoMask & (1 << v)) !== 0)
        .map((veto) => ({
          id: veto.id,
          label: veto.label,
          capGrade: model.grades[veto.capGrade].grade,
          reference: veto.reference,
        })),
      modelVersion: modelVersionName(model),
      modelDigest: model.digest,
      asOf: prepared.asOf,
      fingerprint: fingerprintEnterprise(prepared.compiled, prepared.asOf, batch, e),
      dimensions,
      indicators,
      excluded,
    };
  }
}

/**
 * The whole years at which an enterprise_age indicator's points or a veto on it change: its bands' bounds and the
 * vetoes' minimum values, rounded up (the value is a whole number of years). Null when it scores every year (linear).
 */
function ageThresholds(prepared: PreparedModel, indicator: PreparedIndicator): Float64Array | null {
  if (indicator.indicator.rule.type !== 'enterprise_age') return null;
  const scoring = indicator.scoring;
  if (scoring.type !== 'bands') return null;
  const values: number[] = [];
  for (const band of scoring.bands) {
    if (band.min !== null) values.push(Math.ceil(band.min));
    if (band.below !== null) values.push(Math.ceil(band.below));
  }
  for (const veto of prepared.compiled.vetoes)
    if (veto.indicator === indicator.position && veto.minValue !== null) values.push(Math.ceil(veto.minValue));
  return new Float64Array(values);
}
