import { sql, type Kysely } from 'kysely';
import { modelDisplayName, modelVersionName } from '../../engine/model.ts';
import type { Database } from '../../store/database.ts';
import { countCurrentGrades } from '../../store/evaluation.repository.ts';
import { findPublishedModel } from '../evaluation/published-model.ts';
import { countEnterprises } from '../../store/enterprise.repository.ts';

export interface GradeDistribution {
  /** The published model version (`huarong-sci-tech/v1`), null before any is published. */
  modelVersion: string | null;
  /** The same model as people read it (its title and version), null before any is published. */
  modelName: string | null;
  /** Enterprises in the registry, and how many of them hold no grade yet. */
  enterprises: number;
  unrated: number;
  /** The published model's grades, best first, each with how many enterprises currently hold it. */
  grades: Array<{ grade: string; label: string; samrClass: string | null; count: number }>;
}

/**
 * How many enterprises currently hold each grade (their latest evaluation), in the order of the published model's
 * grade table, for the officials' dashboard. A grade no longer in the model (an earlier version's) is
 * listed after the model's own.
 */
export async function summarizeGrades(db: Kysely<Database>): Promise<GradeDistribution> {
  const [published, counts, registry] = await Promise.all([
    findPublishedModel(db),
    countCurrentGrades(db),
    countEnterprises(db),
  ]);
  const modelGrades = published?.compiled.model.grades ?? [];
  const grades: GradeDistribution['grades'] = modelGrades.map((row) => ({
    grade: row.grade,
    label: row.label,
    samrClass: row.samr.class,
    count: counts[row.grade] ?? 0,
  }));
  for (const [grade, count] of Object.entries(counts)) {
    if (!modelGrades.some((row) => row.grade === grade)) grades.push({ grade, label: grade, samrClass: null, count });
  }
  const enterprises = registry;
  const rated = grades.reduce((sum, row) => sum + row.count, 0);
  return {
    modelVersion: published ? modelVersionName(published.compiled.model) : null,
    modelName: published ? modelDisplayName(published.compiled.model) : null,
    enterprises,
    unrated: Math.max(0, enterprises - rated),
    grades,
  };
}
