import type { Kysely } from 'kysely';
import { loadIncubators } from '../../catalog/incubators.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isHostedOn } from '../../domain/incubator-tenancy.ts';
import type { Database } from '../../store/database.ts';
import { findGradesAsOf } from '../../store/evaluation.repository.ts';
import { listEvaluatedYears } from '../../store/incubator-evaluation.repository.ts';
import { listTenancies } from '../../store/incubator.repository.ts';
import { readIncubatorRanking } from './evaluate-incubators.ts';
import {
  countGrades,
  factsOf,
  type GradeCount,
  type IncubatorFacts,
  readGradeLabels,
  roundTo,
} from './incubator-catalog.ts';

/** The registry of the district's incubators (孵化载体, 000 §二(二)) as the console lists them. */

export interface IncubatorSummary extends IncubatorFacts {
  /** Enterprises hosted at the end of the day. */
  hosted: number;
  /** hosted ÷ capacity, 4 decimals. */
  occupancy: number;
  /** Hosted enterprises by current grade (the published model's grades, best first); unrated ones apart. */
  grades: GradeCount[];
  unrated: number;
  meanScore: number | null;
  /** Left as graduates in the last twelve months. */
  graduatedLastYear: number;
  /** The latest stored yearly evaluation, if any. */
  latestEvaluation: { year: number; score: number; overallRank: number; groupRank: number; groupLabel: string } | null;
}

export async function listIncubators(
  db: Kysely<Database>,
  options: { today?: string } = {},
): Promise<{ asOf: string; incubators: IncubatorSummary[] }> {
  const today = options.today ?? todayInDistrict();
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const [spells, labels, years] = await Promise.all([
    listTenancies(db, { from: yearAgo, to: today }),
    readGradeLabels(db),
    listEvaluatedYears(db),
  ]);
  const hosted = spells.filter((spell) => isHostedOn(spell, today));
  const grades = await findGradesAsOf(
    db,
    hosted.map((spell) => spell.enterprise_id),
    today,
  );
  const latest = years.length > 0 ? await readIncubatorRanking(db, years[0]!.year) : null;
  return {
    asOf: today,
    incubators: loadIncubators().map((incubator) => {
      const mine = hosted.filter((spell) => spell.incubator_code === incubator.code);
      const rated = mine.flatMap((spell) => grades.get(spell.enterprise_id) ?? []);
      const result = latest?.results.find((item) => item.code === incubator.code);
      return {
        ...factsOf(incubator),
        hosted: mine.length,
        occupancy: roundTo(mine.length / incubator.capacity, 4),
        grades: countGrades(
          labels,
          rated.map((grade) => grade.grade),
        ),
        unrated: mine.length - rated.length,
        meanScore:
          rated.length === 0 ? null : roundTo(rated.reduce((sum, grade) => sum + grade.score, 0) / rated.length, 2),
        graduatedLastYear: spells.filter(
          (spell) =>
            spell.incubator_code === incubator.code &&
            spell.exit_reason === 'graduated' &&
            spell.exited_on !== null &&
            spell.exited_on > yearAgo &&
            spell.exited_on <= today,
        ).length,
        latestEvaluation:
          latest && result
            ? {
                year: latest.year,
                score: result.score,
                overallRank: result.overallRank,
                groupRank: result.groupRank,
                groupLabel: result.groupLabel,
              }
            : null,
      };
    }),
  };
}
