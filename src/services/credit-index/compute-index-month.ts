import type { Kysely } from 'kysely';
import { loadCatalog, type Catalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { aggregateIndexGroups, indexValue, type GroupMeasure, type IndexCell } from './aggregate-index-groups.ts';
import {
  findClosedMonth,
  findIndexValues,
  readEvaluatedCells,
  readModelVersionsAt,
} from '../../store/credit-index.repository.ts';
import { loadCreditIndexMethod, type CreditIndexMethod } from './credit-index-method.ts';

/**
 * One month of the index computed from stored evaluations as they were at the month's end (see
 * credit-index.repository.ts: evaluations stored after the month ended are not seen). Used on the fly for a month
 * that is not closed yet (the current one: provisional), and by closeIndexMonth to freeze a month that has ended.
 */

export interface IndexGroupValue extends GroupMeasure {
  /** 100 × measure ÷ the group's base-month measure; null when withheld or the group has no base. */
  value: number | null;
}

export interface ComputedIndexMonth {
  month: string;
  /** Enterprises evaluated at the month's end (the whole district). */
  enterprises: number;
  modelVersions: string[];
  groups: GroupMeasure[];
}

export interface IndexComputation {
  method?: CreditIndexMethod;
  catalog?: Catalog;
}

export async function computeIndexMonth(
  db: Kysely<Database>,
  month: string,
  options: IndexComputation = {},
): Promise<ComputedIndexMonth> {
  const cells = await readEvaluatedCells(db, month);
  return measureMonth(month, cells, await readModelVersionsAt(db, month), options);
}

/** A month's group measures from its cells (stored evaluations, or the back-fill's batch evaluation). */
export function measureMonth(
  month: string,
  cells: IndexCell[],
  modelVersions: string[],
  options: IndexComputation = {},
): ComputedIndexMonth {
  const method = options.method ?? loadCreditIndexMethod();
  const catalog = options.catalog ?? loadCatalog();
  return {
    month,
    enterprises: cells.reduce((sum, cell) => sum + cell.count, 0),
    modelVersions,
    groups: aggregateIndexGroups(cells, method, catalog),
  };
}

/** Base-month measures by `dimension/group` (withheld groups have none). */
export type BaseMeasures = Map<string, number>;

export function groupKey(dimension: string, groupCode: string): string {
  return `${dimension}/${groupCode}`;
}

export function baseMeasuresOf(groups: GroupMeasure[]): BaseMeasures {
  return new Map(
    groups
      .filter((group) => group.rawMeasure !== null)
      .map((group) => [groupKey(group.dimension, group.groupCode), group.rawMeasure!]),
  );
}

/**
 * The base month's measures under this method: frozen ones when the base month is closed by the same method (a month
 * closed by another method is no base for this one: a new method starts a new series), computed from stored
 * evaluations when the base month has ended but is not closed yet, and none while it has not ended.
 */
export async function findBaseMeasures(
  db: Kysely<Database>,
  currentMonth: string,
  options: IndexComputation = {},
): Promise<BaseMeasures> {
  const method = options.method ?? loadCreditIndexMethod();
  const closed = await findClosedMonth(db, method.baseMonth);
  if (closed) {
    if (closed.method_digest !== method.digest) return new Map();
    const rows = await findIndexValues(db, { from: method.baseMonth, to: method.baseMonth });
    return new Map(
      rows
        .filter((row) => row.raw_measure !== null)
        .map((row) => [groupKey(row.dimension, row.group_code), Number(row.raw_measure)]),
    );
  }
  if (method.baseMonth >= currentMonth) return new Map();
  return baseMeasuresOf((await computeIndexMonth(db, method.baseMonth, options)).groups);
}

/** Each group's index value against the base (the base month against itself: 100 for every published group). */
export function valueGroups(
  computed: ComputedIndexMonth,
  base: BaseMeasures,
  method: CreditIndexMethod,
): IndexGroupValue[] {
  const ownBase = computed.month === method.baseMonth ? baseMeasuresOf(computed.groups) : base;
  return computed.groups.map((group) => {
    const baseMeasure = ownBase.get(groupKey(group.dimension, group.groupCode));
    const value =
      group.rawMeasure === null || baseMeasure === undefined || baseMeasure === 0
        ? null
        : indexValue(group.rawMeasure, baseMeasure, method);
    return { ...group, value };
  });
}
