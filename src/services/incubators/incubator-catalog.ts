import type { Kysely } from 'kysely';
import { type Incubator, INCUBATOR_LEVELS, loadIncubators } from '../../catalog/incubators.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';

/** What the incubator pages and the evaluation share: the registry's facts and the grade table they count by. */

export interface IncubatorFacts {
  code: string;
  name: string;
  operator: string;
  level: Incubator['level'];
  levelLabel: string;
  areaM2: number;
  capacity: number;
}

export function factsOf(incubator: Incubator): IncubatorFacts {
  return {
    code: incubator.code,
    name: incubator.name,
    operator: incubator.operator,
    level: incubator.level,
    levelLabel: INCUBATOR_LEVELS[incubator.level],
    areaM2: incubator.area_m2,
    capacity: incubator.capacity,
  };
}

export function requireIncubator(code: string): Incubator {
  const incubator = loadIncubators().find((item) => item.code === code.toUpperCase());
  if (!incubator)
    throw new AppError('NOT_FOUND', `孵化载体“${code}”不在孵化载体名录（catalog/incubators.yaml）中`, {
      message: `unknown incubator ${code}`,
    });
  return incubator;
}

export interface GradeLabel {
  grade: string;
  label: string;
}

/** The published model's grades, best first (empty before a model is published). */
export async function readGradeLabels(db: Kysely<Database>): Promise<GradeLabel[]> {
  const published = await findPublishedModel(db);
  return (published?.compiled.model.grades ?? []).map((row) => ({ grade: row.grade, label: row.label }));
}

export interface GradeCount extends GradeLabel {
  count: number;
}

/** How many of the grades fall on each grade of the table, in its order; a grade outside it is added at the end. */
export function countGrades(labels: readonly GradeLabel[], grades: readonly string[]): GradeCount[] {
  const counts = new Map<string, number>();
  for (const grade of grades) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  const rows: GradeCount[] = labels.map((row) => ({ ...row, count: counts.get(row.grade) ?? 0 }));
  for (const [grade, count] of counts)
    if (!labels.some((row) => row.grade === grade)) rows.push({ grade, label: grade, count });
  return rows;
}

/** Rounds half away from zero to the given decimals. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.sign(value) * (Math.round(Math.abs(value) * factor + Number.EPSILON) / factor);
}
