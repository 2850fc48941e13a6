import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import {
  computeIndexMonth,
  findBaseMeasures,
  valueGroups,
  type IndexComputation,
  type IndexGroupValue,
} from './compute-index-month.ts';
import {
  findClosedMonths,
  findFirstEvaluationMonth,
  findIndexValues,
  type IndexValueRow,
} from '../../store/credit-index.repository.ts';
import type { Dimension } from '../../domain/index-dimensions.ts';
import { loadCreditIndexMethod } from './credit-index-method.ts';
import { isMonth, monthOf, monthsBetween } from '../../domain/index-months.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/**
 * The index as published: closed months as frozen, months not closed yet (the current one) computed on
 * the fly and flagged provisional. Groups below the minimum size are withheld: no number of theirs leaves here.
 */

export type MonthStatus = 'closed' | 'provisional';

export interface SeriesMonth {
  month: string;
  status: MonthStatus;
  /** evaluations: from stored evaluations; backfill: reconstructed for the demo (docs/credit-index.md §八). */
  source: 'evaluations' | 'backfill';
  methodDigest: string;
  modelVersions: string[];
  closedAt: string | null;
}

export interface SeriesPoint {
  month: string;
  status: MonthStatus;
  withheld: boolean;
  value: number | null;
  rawMeasure: number | null;
  meanScore: number | null;
  goodShare: number | null;
  poorShare: number | null;
  enterprises: number | null;
  methodDigest: string;
}

export interface IndexSeries {
  dimension: Dimension;
  dimensionLabel: string;
  from: string;
  to: string;
  baseMonth: string;
  minGroupSize: number;
  methodDigest: string;
  months: SeriesMonth[];
  series: Array<{ group: string; label: string; points: SeriesPoint[] }>;
}

export interface SeriesQuery extends IndexComputation {
  dimension?: Dimension;
  group?: string;
  from?: string;
  to?: string;
  today?: string;
}

/** At most this many months per request: ten years of a monthly series. */
export const MAX_SERIES_MONTHS = 120;

export async function readIndexSeries(db: Kysely<Database>, query: SeriesQuery = {}): Promise<IndexSeries> {
  const method = query.method ?? loadCreditIndexMethod();
  const dimension = query.dimension ?? 'district';
  const currentMonth = monthOf(query.today ?? todayInDistrict());
  const closedMonths = await findClosedMonths(db);
  const to = query.to ?? currentMonth;
  const from = query.from ?? [closedMonths[0]?.month ?? method.baseMonth, method.baseMonth, to].sort()[0]!;
  for (const [name, month] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isMonth(month)) throw new AppError('INVALID_INPUT', `${name} 应为 YYYY-MM 格式的月份，实际为“${month}”`);
  }
  if (from > to) throw new AppError('INVALID_INPUT', `起始月份 ${from} 晚于截止月份 ${to}`);
  const span = monthsBetween(from, to > currentMonth ? currentMonth : to);
  if (span.length > MAX_SERIES_MONTHS)
    throw new AppError('INVALID_INPUT', `一次最多查询 ${MAX_SERIES_MONTHS} 个月，请求了 ${span.length} 个月`);

  const closedByMonth = new Map(closedMonths.map((row) => [row.month, row]));
  const rows = await findIndexValues(db, { from, to, dimension, group: query.group });
  const points = new Map<string, { label: string; points: SeriesPoint[] }>();
  const add = (group: string, label: string, point: SeriesPoint) => {
    let entry = points.get(group);
    if (!entry) points.set(group, (entry = { label, points: [] }));
    entry.label = label; // the latest month's label
    entry.points.push(point);
  };

  // Months not closed are computed on the fly, from the first month anything was evaluated (nothing before it).
  const firstEvaluated = await findFirstEvaluationMonth(db);
  const open = span.filter((month) => !closedByMonth.has(month) && firstEvaluated !== null && month >= firstEvaluated);
  const provisional = new Map<string, { groups: IndexGroupValue[]; modelVersions: string[] }>();
  if (open.length > 0) {
    const base = await findBaseMeasures(db, currentMonth, { ...query, method });
    for (const month of open) {
      const computed = await computeIndexMonth(db, month, { ...query, method });
      if (computed.enterprises > 0)
        provisional.set(month, { groups: valueGroups(computed, base, method), modelVersions: computed.modelVersions });
    }
  }

  const months: SeriesMonth[] = [];
  const rowsByMonth = new Map<string, IndexValueRow[]>();
  for (const row of rows) {
    const list = rowsByMonth.get(row.month);
    if (list) list.push(row);
    else rowsByMonth.set(row.month, [row]);
  }
  for (const month of span) {
    const closed = closedByMonth.get(month);
    if (closed) {
      months.push({
        month,
        status: 'closed',
        source: closed.source,
        methodDigest: closed.method_digest,
        modelVersions: closed.model_versions,
        closedAt: new Date(closed.closed_at).toISOString(),
      });
      for (const row of rowsByMonth.get(month) ?? []) add(row.group_code, row.group_label, frozenPoint(row));
      continue;
    }
    const computed = provisional.get(month);
    if (!computed) continue;
    months.push({
      month,
      status: 'provisional',
      source: 'evaluations',
      methodDigest: method.digest,
      modelVersions: computed.modelVersions,
      closedAt: null,
    });
    for (const group of computed.groups) {
      if (group.dimension !== dimension || (query.group !== undefined && group.groupCode !== query.group)) continue;
      add(group.groupCode, group.groupLabel, publishedPoint(month, 'provisional', group, method.digest));
    }
  }
  const dimensionLabel = method.dimensions.find((item) => item.code === dimension)!.label;
  const series = [...points]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, entry]) => ({ group, ...entry }));
  return {
    dimension,
    dimensionLabel,
    from,
    to,
    baseMonth: method.baseMonth,
    minGroupSize: method.minGroupSize,
    methodDigest: method.digest,
    months,
    series,
  };
}

function frozenPoint(row: IndexValueRow): SeriesPoint {
  const number = (value: number | null) => (value === null ? null : Number(value));
  return publishedPoint(
    row.month,
    'closed',
    {
      withheld: row.withheld,
      value: number(row.value),
      rawMeasure: number(row.raw_measure),
      meanScore: number(row.mean_score),
      goodShare: number(row.good_share),
      poorShare: number(row.poor_share),
      enterprises: row.enterprises,
    },
    row.method_digest,
  );
}

/** A point as it may leave the platform: a withheld group keeps no number, not even its size. */
function publishedPoint(
  month: string,
  status: MonthStatus,
  group: Pick<
    IndexGroupValue,
    'withheld' | 'value' | 'rawMeasure' | 'meanScore' | 'goodShare' | 'poorShare' | 'enterprises'
  >,
  methodDigest: string,
): SeriesPoint {
  if (group.withheld)
    return {
      month,
      status,
      withheld: true,
      value: null,
      rawMeasure: null,
      meanScore: null,
      goodShare: null,
      poorShare: null,
      enterprises: null,
      methodDigest,
    };
  const { value, rawMeasure, meanScore, goodShare, poorShare, enterprises } = group;
  return {
    month,
    status,
    withheld: false,
    value,
    rawMeasure,
    meanScore,
    goodShare,
    poorShare,
    enterprises,
    methodDigest,
  };
}
