import type { Dimension, GradeRow } from '../../engine/model.ts';

/**
 * The parts of a model that the console (show-model-version.ts) and the public's 模型说明
 * (describe-published-model.ts) show alike: a dimension's figures and the grade table.
 */

/** A dimension's weight, starting score and score range. */
export type DimensionFigures = Pick<Dimension, 'id' | 'label' | 'weight' | 'base' | 'min' | 'max'>;

/** A row of the grade table with its SAMR class beside it. */
export interface GradeView {
  grade: string;
  label: string;
  /** null on the catch-all row (last). */
  minScore: number | null;
  samrClass: string;
  samrLabel: string;
  description: string;
}

export function dimensionFigures({ id, label, weight, base, min, max }: Dimension): DimensionFigures {
  return { id, label, weight, base, min, max };
}

/** The grade table in its order, each description as `describe` words it (as written, by default). */
export function describeGrades(grades: readonly GradeRow[], describe = (text: string) => text): GradeView[] {
  return grades.map((row) => ({
    grade: row.grade,
    label: row.label,
    minScore: row.minScore,
    samrClass: row.samr.class,
    samrLabel: row.samr.label,
    description: describe(row.description),
  }));
}
