import type { Catalog } from '../../catalog/catalog.ts';
import { regionNameOf } from '../../catalog/credit-index.ts';
import type { IndexCell } from '../../store/credit-index.repository.ts';
import type { Dimension } from '../../domain/index-dimensions.ts';
import type { CreditIndexMethod } from './credit-index-method.ts';

/**
 * The arithmetic of the index (catalog/credit-index.yaml, formula composite-v1), without I/O: from the evaluated
 * enterprises of a month, grouped into cells, to each group's components and composite measure; and from a month's
 * measure and its base month's, to the index value. Every number is rounded as the method says before it is used,
 * so anyone can recompute a published value from the published components.
 */

export type { IndexCell };

export interface GroupMeasure {
  dimension: Dimension;
  groupCode: string;
  groupLabel: string;
  enterprises: number;
  /** Fewer enterprises than the method's minimum: nothing below is computed, nothing is published. */
  withheld: boolean;
  meanScore: number | null;
  goodShare: number | null;
  poorShare: number | null;
  rawMeasure: number | null;
}

interface Tally {
  dimension: Dimension;
  code: string;
  label: string;
  count: number;
  scoreCents: number;
  good: number;
  poor: number;
}

export const DISTRICT_GROUP = 'all';

/** The groups one cell belongs to, one per dimension (several tiers; none for a missing industry). */
function groupsOf(
  cell: IndexCell,
  method: CreditIndexMethod,
  catalog: Catalog,
): Array<{ dimension: Dimension; code: string; label: string }> {
  const groups: Array<{ dimension: Dimension; code: string; label: string }> = [
    { dimension: 'district', code: DISTRICT_GROUP, label: method.districtLabel },
  ];
  if (cell.region)
    groups.push({
      dimension: 'region',
      code: cell.region,
      label: regionNameOf(cell.region) ?? `区划 ${cell.region}`,
    });
  const section = cell.industryCode?.slice(0, 1);
  if (section && Object.hasOwn(catalog.industrySections, section)) {
    groups.push({ dimension: 'industry_section', code: section, label: catalog.industrySections[section]! });
    const division = cell.industryCode!.slice(0, 3);
    if (/^[A-Z]\d{2}$/.test(division)) {
      groups.push({
        dimension: 'industry_division',
        code: division,
        label: catalog.industryDivisions[division] ?? `${catalog.industrySections[section]}（大类 ${division}）`,
      });
    }
  }
  for (const tier of new Set(cell.tiers)) {
    const known = catalog.tiers.find((item) => item.code === tier);
    if (known) groups.push({ dimension: 'tier', code: tier, label: known.label });
  }
  return groups;
}

/** Each group's measure, in the method's order of dimensions, groups by code. */
export function aggregateIndexGroups(
  cells: Iterable<IndexCell>,
  method: CreditIndexMethod,
  catalog: Catalog,
): GroupMeasure[] {
  const good = new Set(method.components.good_share.grades);
  const poor = new Set(method.components.poor_share.grades);
  const tallies = new Map<string, Tally>();
  for (const cell of cells) {
    for (const group of groupsOf(cell, method, catalog)) {
      const key = `${group.dimension}\u0000${group.code}`;
      let tally = tallies.get(key);
      if (!tally)
        tallies.set(
          key,
          (tally = {
            dimension: group.dimension,
            code: group.code,
            label: group.label,
            count: 0,
            scoreCents: 0,
            good: 0,
            poor: 0,
          }),
        );
      tally.count += cell.count;
      tally.scoreCents += cell.scoreCents;
      if (good.has(cell.grade)) tally.good += cell.count;
      if (poor.has(cell.grade)) tally.poor += cell.count;
    }
  }
  const order = new Map(method.dimensions.map((item, index) => [item.code, index]));
  return [...tallies.values()]
    .sort(
      (a, b) => order.get(a.dimension)! - order.get(b.dimension)! || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    )
    .map((tally) => measureOf(tally, method));
}

function measureOf(tally: Tally, method: CreditIndexMethod): GroupMeasure {
  const base = { dimension: tally.dimension, groupCode: tally.code, groupLabel: tally.label, enterprises: tally.count };
  if (tally.count < method.minGroupSize)
    return { ...base, withheld: true, meanScore: null, goodShare: null, poorShare: null, rawMeasure: null };
  const { decimals, components } = method;
  // Integer numerators over integer counts: a correctly rounded division, then one rounding to the published digits.
  const meanScore = roundQuotient(tally.scoreCents, tally.count * 100, decimals.meanScore);
  const goodShare = roundQuotient(tally.good, tally.count, decimals.share);
  const poorShare = roundQuotient(tally.poor, tally.count, decimals.share);
  const raw =
    components.mean_score.weight * meanScore +
    components.good_share.weight * 100 * goodShare +
    components.poor_share.weight * 100 * (1 - poorShare);
  return { ...base, withheld: false, meanScore, goodShare, poorShare, rawMeasure: roundTo(raw, decimals.rawMeasure) };
}

/** The index value: 100 × the month's measure ÷ the base month's measure, from the published (rounded) measures. */
export function indexValue(rawMeasure: number, baseRawMeasure: number, method: CreditIndexMethod): number {
  const scale = 10 ** method.decimals.rawMeasure;
  const units = Math.round(rawMeasure * scale);
  const baseUnits = Math.round(baseRawMeasure * scale);
  return roundQuotient(units * 100, baseUnits, method.decimals.value);
}

function roundQuotient(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round((numerator * scale) / denominator) / scale;
}

function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  // The composite is a sum of products of short decimals: a float a hair below a half must still round up.
  return Math.round(Number((value * scale).toFixed(6))) / scale;
}
