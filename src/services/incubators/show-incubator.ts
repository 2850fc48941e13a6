import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isHostedOn } from '../../domain/incubator-tenancy.ts';
import { addMonths } from '../../domain/month-arithmetic.ts';
import type { Database } from '../../store/database.ts';
import { findGradesAsOf } from '../../store/evaluation.repository.ts';
import { listLatestResultsOfIncubator } from '../../store/incubator-evaluation.repository.ts';
import { listTenancies, type TenancyListRow } from '../../store/incubator.repository.ts';
import { listStandingRecords } from '../../store/record.repository.ts';
import {
  countGrades,
  factsOf,
  type GradeCount,
  type IncubatorFacts,
  readGradeLabels,
  requireIncubator,
  roundTo,
} from './incubator-catalog.ts';

/**
 * One incubator's page: its enterprises (hosted now and past, with dates), their grade distribution, the trend by
 * quarter, the risk (hosted enterprises with recent dishonesty or abnormal-operation records) and its yearly results.
 */

/** Kinds that flag a hosted enterprise as a risk on the page (catalog/record-kinds.yaml). */
const RISK_KINDS = ['abnormal_operation', 'serious_dishonesty_list', 'dishonest_judgment_debtor'];
/** "Recent" on the page: a display choice, not a regulation (the records' own publicity periods still apply). */
const RISK_MONTHS = 12;
/** Quarter ends shown in the trend, the current day last. */
const TREND_QUARTERS = 8;

export const EXIT_REASONS = { graduated: '毕业', moved_out: '迁出' } as const;

export interface HostedEnterprise {
  tenancyId: number;
  uscc: string;
  name: string;
  enteredOn: string;
  exitedOn: string | null;
  exitReason: keyof typeof EXIT_REASONS | null;
  exitReasonLabel: string | null;
  grade: string | null;
  gradeLabel: string | null;
  score: number | null;
}

export interface TrendPoint {
  date: string;
  hosted: number;
  meanScore: number | null;
  grades: GradeCount[];
}

export interface RiskEntry {
  uscc: string;
  name: string;
  kind: string;
  kindLabel: string;
  occurredOn: string | null;
  recordId: number;
}

export interface IncubatorDetail extends IncubatorFacts {
  asOf: string;
  hosted: HostedEnterprise[];
  past: HostedEnterprise[];
  occupancy: number;
  grades: GradeCount[];
  unrated: number;
  meanScore: number | null;
  trend: TrendPoint[];
  risks: RiskEntry[];
  riskMonths: number;
  evaluations: Array<{
    year: number;
    runNumber: number;
    score: number;
    overallRank: number;
    groupRank: number;
    isAwarded: boolean;
  }>;
}

function quarterEndsBefore(today: string, count: number): string[] {
  const ends: string[] = [];
  let year = Number(today.slice(0, 4));
  let quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // the current quarter's index; its end is not yet
  while (ends.length < count - 1) {
    quarter -= 1;
    if (quarter < 0) {
      quarter = 3;
      year -= 1;
    }
    const month = (quarter + 1) * 3;
    ends.unshift(`${year}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? '30' : '31'}`);
  }
  return [...ends, today];
}

export async function showIncubator(
  db: Kysely<Database>,
  code: string,
  options: { today?: string } = {},
): Promise<IncubatorDetail> {
  const incubator = requireIncubator(code);
  const today = options.today ?? todayInDistrict();
  const [spells, labels, results] = await Promise.all([
    listTenancies(db, { incubatorCode: incubator.code }),
    readGradeLabels(db),
    listLatestResultsOfIncubator(db, incubator.code),
  ]);
  const labelOf = (grade: string) => labels.find((row) => row.grade === grade)?.label ?? grade;
  const current = spells.filter((spell) => isHostedOn(spell, today));
  const gradesNow = await findGradesAsOf(
    db,
    current.map((spell) => spell.enterprise_id),
    today,
  );
  const view = (spell: TenancyListRow, grade = gradesNow.get(spell.enterprise_id)): HostedEnterprise => ({
    tenancyId: spell.id,
    uscc: spell.uscc,
    name: spell.enterprise_name,
    enteredOn: spell.entered_on,
    exitedOn: spell.exited_on,
    exitReason: spell.exit_reason,
    exitReasonLabel: spell.exit_reason ? EXIT_REASONS[spell.exit_reason] : null,
    grade: grade?.grade ?? null,
    gradeLabel: grade ? labelOf(grade.grade) : null,
    score: grade?.score ?? null,
  });
  const hosted = current.map((spell) => view(spell)).sort((a, b) => a.uscc.localeCompare(b.uscc));
  const past = spells
    .filter((spell) => spell.exited_on !== null && spell.exited_on <= today)
    .map((spell) => view(spell, undefined))
    .sort((a, b) => b.exitedOn!.localeCompare(a.exitedOn!));
  const rated = hosted.filter((item) => item.grade !== null);

  const trend: TrendPoint[] = [];
  for (const date of quarterEndsBefore(today, TREND_QUARTERS)) {
    const there = spells.filter((spell) => isHostedOn(spell, date));
    const grades = [
      ...(
        await findGradesAsOf(
          db,
          there.map((spell) => spell.enterprise_id),
          date,
        )
      ).values(),
    ];
    trend.push({
      date,
      hosted: there.length,
      meanScore:
        grades.length === 0 ? null : roundTo(grades.reduce((sum, grade) => sum + grade.score, 0) / grades.length, 2),
      grades: countGrades(
        labels,
        grades.map((grade) => grade.grade),
      ),
    });
  }

  const since = addMonths(today, -RISK_MONTHS);
  const catalog = loadCatalog();
  const names = new Map(current.map((spell) => [spell.enterprise_id, spell]));
  const risks = (
    await listStandingRecords(
      db,
      current.map((spell) => spell.enterprise_id),
      RISK_KINDS,
      today,
    )
  )
    .filter((record) => record.occurred_on !== null && record.occurred_on > since)
    .map((record) => ({
      uscc: names.get(record.enterprise_id)!.uscc,
      name: names.get(record.enterprise_id)!.enterprise_name,
      kind: record.kind,
      kindLabel: catalog.kind(record.kind)?.label ?? record.kind,
      occurredOn: record.occurred_on,
      recordId: record.id,
    }))
    .sort((a, b) => (b.occurredOn ?? '').localeCompare(a.occurredOn ?? ''));

  return {
    ...factsOf(incubator),
    asOf: today,
    hosted,
    past,
    occupancy: roundTo(hosted.length / incubator.capacity, 4),
    grades: countGrades(
      labels,
      rated.map((item) => item.grade!),
    ),
    unrated: hosted.length - rated.length,
    meanScore: rated.length === 0 ? null : roundTo(rated.reduce((sum, item) => sum + item.score!, 0) / rated.length, 2),
    trend,
    risks,
    riskMonths: RISK_MONTHS,
    evaluations: results.map((row) => ({
      year: row.year,
      runNumber: row.run_number,
      score: row.score,
      overallRank: row.overall_rank,
      groupRank: row.group_rank,
      isAwarded: row.is_awarded,
    })),
  };
}
