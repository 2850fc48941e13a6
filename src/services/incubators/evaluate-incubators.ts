import type { Kysely } from 'kysely';
import {
  type IncubatorEvaluationModel,
  type IncubatorIndicator,
  loadIncubatorEvaluationModel,
} from '../../catalog/incubator-evaluation.ts';
import { loadIncubators } from '../../catalog/incubators.ts';
import { AppError } from '../../domain/app-error.ts';
import { readableReference, withReadableReferences } from '../../domain/readable-reference.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isHostedOn, isWithin } from '../../domain/incubator-tenancy.ts';
import type { Database } from '../../store/database.ts';
import { findGradesAsOf } from '../../store/evaluation.repository.ts';
import {
  findIncubatorEvaluationRun,
  insertIncubatorEvaluationRun,
  type NewIncubatorEvaluation,
} from '../../store/incubator-evaluation.repository.ts';
import { listTenancies, type TenancyListRow } from '../../store/incubator.repository.ts';
import { listStandingRecords } from '../../store/record.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { factsOf, type IncubatorFacts, roundTo } from './incubator-catalog.ts';

/**
 * The yearly incubator evaluation (孵化载体年度综合评价, 002 §(十三)) by the model in catalog/incubator-evaluation.yaml:
 * each indicator's value is measured from the platform's data, scaled to 0–100 points, weighted and summed; the
 * incubators are ranked overall and within their area group, and each result keeps a trace per indicator (value,
 * points, weight, contribution, source, reference) like an enterprise evaluation's trace.
 */

export interface IncubatorIndicatorTrace {
  code: string;
  label: string;
  measure: IncubatorIndicator['measure'];
  /** The measured value (a ratio, a count or a mean score); null when there is nothing to measure. */
  value: number | null;
  /** The value as people read it, with what it was counted from. */
  valueText: string;
  numerator: number | null;
  denominator: number | null;
  points: number;
  weight: number;
  /** weight × points: what the indicator adds to the score. */
  contribution: number;
  scale: { zero: number; full: number };
  source: string;
  reference: string;
  /** Codes of the enterprises the value counted (hosted, entered, graduated, rated, with an outcome). */
  enterprises: string[];
}

/** A traced indicator as a ranking returns it: its source and reference also as readers see them (titles, not keys). */
export type IncubatorIndicatorView = IncubatorIndicatorTrace & { sourceText: string; referenceText: string };

function withTraceTexts(trace: IncubatorIndicatorTrace): IncubatorIndicatorView {
  return {
    ...trace,
    sourceText: withReadableReferences(trace.source),
    referenceText: readableReference(trace.reference),
  };
}

export interface IncubatorResult extends IncubatorFacts {
  groupCode: string;
  groupLabel: string;
  score: number;
  overallRank: number;
  groupRank: number;
  /** Within the awarded places of its group (002 §(十三): 前十名 / 前五名). */
  isAwarded: boolean;
  indicators: IncubatorIndicatorView[];
}

export interface IncubatorRanking {
  year: number;
  /** 1, 2, … for each stored evaluation of the year; null for a computation not stored. */
  runNumber: number | null;
  /** The last day counted: the year's end, or the evaluation day while the year runs. */
  asOf: string;
  modelVersion: string;
  modelDigest: string;
  modelTitle: string;
  reference: string;
  referenceText: string;
  groups: Array<{ code: string; label: string; awarded: number }>;
  groupsReference: string;
  groupsReferenceText: string;
  evaluatedAt: string | null;
  evaluatedBy: string | null;
  /** Who ran the stored evaluation, by display name (loadActorNames); null for a computation not stored. */
  evaluatedByName: string | null;
  results: IncubatorResult[];
}

/** Computes a year's evaluation without storing it. */
export async function computeIncubatorEvaluation(
  db: Kysely<Database>,
  year: number,
  options: { today?: string; model?: IncubatorEvaluationModel } = {},
): Promise<IncubatorRanking> {
  const model = options.model ?? loadIncubatorEvaluationModel();
  const today = options.today ?? todayInDistrict();
  const from = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  if (from > today)
    throw new AppError('INVALID_INPUT', `${year} 年尚未开始，不能评价`, { message: `year ${year} after ${today}` });
  const asOf = yearEnd < today ? yearEnd : today;

  const spells = await listTenancies(db, { from, to: asOf });
  const hosted = spells.filter((spell) => isHostedOn(spell, asOf));
  const hostedIds = [...new Set(hosted.map((spell) => spell.enterprise_id))];
  const grades = await findGradesAsOf(db, hostedIds, asOf);
  const outcomeKinds = [...new Set(model.indicators.flatMap((indicator) => indicator.kinds ?? []))];
  const outcomes = new Map<number, string[]>();
  for (const record of await listStandingRecords(db, hostedIds, outcomeKinds, asOf)) {
    if (record.occurred_on === null || record.occurred_on < from) continue;
    const kinds = outcomes.get(record.enterprise_id) ?? [];
    kinds.push(record.kind);
    outcomes.set(record.enterprise_id, kinds);
  }

  const unranked = loadIncubators().map((incubator) => {
    const facts = factsOf(incubator);
    const group = model.groups.find((item) => item.area_below === undefined || facts.areaM2 < item.area_below)!;
    const mine = spells.filter((spell) => spell.incubator_code === incubator.code);
    const context: MeasureContext = {
      facts,
      hosted: mine.filter((spell) => isHostedOn(spell, asOf)),
      entered: mine.filter((spell) => isWithin(spell.entered_on, from, asOf)),
      graduated: mine.filter((spell) => spell.exit_reason === 'graduated' && isWithin(spell.exited_on, from, asOf)),
      grades,
      outcomes,
    };
    const indicators = model.indicators.map((indicator) => traceIndicator(indicator, context, model.decimals));
    const score = roundTo(
      indicators.reduce((sum, indicator) => sum + indicator.contribution, 0),
      model.decimals,
    );
    return { ...facts, groupCode: group.code, groupLabel: group.label, awarded: group.awarded, score, indicators };
  });

  const results: IncubatorResult[] = unranked
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .map((result, _index, all) => {
      const inGroup = all.filter((other) => other.groupCode === result.groupCode);
      const groupRank = rankOf(result.score, inGroup);
      const { awarded, ...rest } = result;
      return {
        ...rest,
        indicators: rest.indicators.map(withTraceTexts),
        overallRank: rankOf(result.score, all),
        groupRank,
        isAwarded: groupRank <= awarded,
      };
    });
  return {
    year,
    runNumber: null,
    asOf,
    modelVersion: model.modelVersion,
    modelDigest: model.digest,
    modelTitle: model.title,
    reference: model.reference,
    referenceText: readableReference(model.reference),
    groups: model.groups.map((group) => ({ code: group.code, label: group.label, awarded: group.awarded })),
    groupsReference: model.groups_reference,
    groupsReferenceText: readableReference(model.groups_reference),
    evaluatedAt: null,
    evaluatedBy: null,
    evaluatedByName: null,
    results,
  };
}

/** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
function rankOf(score: number, all: ReadonlyArray<{ score: number }>): number {
  return all.filter((other) => other.score > score).length + 1;
}

interface MeasureContext {
  facts: IncubatorFacts;
  hosted: TenancyListRow[];
  entered: TenancyListRow[];
  graduated: TenancyListRow[];
  grades: Map<number, { grade: string; score: number }>;
  outcomes: Map<number, string[]>;
}

interface Measured {
  value: number | null;
  valueText: string;
  numerator: number | null;
  denominator: number | null;
  enterprises: TenancyListRow[];
}

const percent = (value: number) => `${roundTo(value * 100, 1)}%`;

function measure(indicator: IncubatorIndicator, context: MeasureContext): Measured {
  const { hosted } = context;
  const rated = hosted.filter((spell) => context.grades.has(spell.enterprise_id));
  switch (indicator.measure) {
    case 'occupancy_rate': {
      const value = roundTo(hosted.length / context.facts.capacity, 4);
      return {
        value,
        valueText: `${percent(value)}（在孵 ${hosted.length} 家 ÷ 可容纳 ${context.facts.capacity} 家）`,
        numerator: hosted.length,
        denominator: context.facts.capacity,
        enterprises: hosted,
      };
    }
    case 'entered_count':
      return counted(context.entered, '年内入驻');
    case 'graduated_count':
      return counted(context.graduated, '年内毕业');
    case 'mean_score': {
      // AMBIGUITY: an incubator none of whose tenants has a grade has no credit to show; it scores no points here.
      if (rated.length === 0) return nothing('在孵企业均无信用评价');
      const total = rated.reduce((sum, spell) => sum + context.grades.get(spell.enterprise_id)!.score, 0);
      const value = roundTo(total / rated.length, 2);
      return {
        value,
        valueText: `${value} 分（${rated.length} 家已评价在孵企业的平均分）`,
        numerator: null,
        denominator: rated.length,
        enterprises: rated,
      };
    }
    case 'grade_share': {
      if (rated.length === 0) return nothing('在孵企业均无信用评价');
      const matching = rated.filter((spell) =>
        indicator.grades!.includes(context.grades.get(spell.enterprise_id)!.grade),
      );
      const value = roundTo(matching.length / rated.length, 4);
      return {
        value,
        valueText: `${percent(value)}（${indicator.grades!.join('、')} 级 ${matching.length} 家 ÷ 已评价 ${rated.length} 家）`,
        numerator: matching.length,
        denominator: rated.length,
        enterprises: matching,
      };
    }
    case 'outcome_share': {
      if (hosted.length === 0) return nothing('无在孵企业');
      const matching = hosted.filter((spell) =>
        (context.outcomes.get(spell.enterprise_id) ?? []).some((kind) => indicator.kinds!.includes(kind)),
      );
      const value = roundTo(matching.length / hosted.length, 4);
      return {
        value,
        valueText: `${percent(value)}（年内有成果 ${matching.length} 家 ÷ 在孵 ${hosted.length} 家）`,
        numerator: matching.length,
        denominator: hosted.length,
        enterprises: matching,
      };
    }
  }
}

function counted(spells: TenancyListRow[], what: string): Measured {
  return {
    value: spells.length,
    valueText: `${what} ${spells.length} 家`,
    numerator: spells.length,
    denominator: null,
    enterprises: spells,
  };
}

function nothing(why: string): Measured {
  return { value: null, valueText: `无（${why}）`, numerator: null, denominator: null, enterprises: [] };
}

function traceIndicator(
  indicator: IncubatorIndicator,
  context: MeasureContext,
  decimals: number,
): IncubatorIndicatorTrace {
  const measured = measure(indicator, context);
  const { zero, full } = indicator.scale;
  const share = measured.value === null ? 0 : Math.min(1, Math.max(0, (measured.value - zero) / (full - zero)));
  const points = roundTo(share * 100, decimals);
  return {
    code: indicator.code,
    label: indicator.label,
    measure: indicator.measure,
    value: measured.value,
    valueText: measured.valueText,
    numerator: measured.numerator,
    denominator: measured.denominator,
    points,
    weight: indicator.weight,
    contribution: roundTo(points * indicator.weight, decimals),
    scale: { zero, full },
    source: indicator.source,
    reference: indicator.reference,
    enterprises: [...new Set(measured.enterprises.map((spell) => spell.uscc))].sort(),
  };
}

/**
 * Evaluates a year and stores the ranking as the year's next run (with the model version and digest), audited;
 * returns the stored ranking. An earlier run stays as it was, so any published ranking can be shown again.
 */
export async function evaluateIncubators(
  db: Kysely<Database>,
  options: { year: number; actor: string; today?: string },
): Promise<IncubatorRanking> {
  const ranking = await computeIncubatorEvaluation(db, options.year, { today: options.today });
  const rows: NewIncubatorEvaluation[] = ranking.results.map((result) => ({
    incubator_code: result.code,
    model_version: ranking.modelVersion,
    model_digest: ranking.modelDigest,
    as_of: ranking.asOf,
    score: result.score,
    overall_rank: result.overallRank,
    group_code: result.groupCode,
    group_rank: result.groupRank,
    is_awarded: result.isAwarded,
    indicators: result.indicators,
    evaluated_by: options.actor,
  }));
  const runNumber = await db.transaction().execute(async (trx) => {
    const run = await insertIncubatorEvaluationRun(trx, options.year, rows);
    await appendAuditEvent(trx, {
      actor: options.actor,
      action: 'incubator.evaluated',
      subjectType: 'incubator_evaluation',
      subjectId: `${options.year}#${run}`,
      payload: {
        year: options.year,
        run,
        asOf: ranking.asOf,
        modelVersion: ranking.modelVersion,
        modelDigest: ranking.modelDigest,
        ranking: ranking.results.map((result) => [result.code, result.score]),
      },
    });
    return run;
  });
  return (await readIncubatorRanking(db, options.year, runNumber))!;
}

/** A stored run of a year (the latest when none is named) as a ranking; null when the year was never evaluated. */
export async function readIncubatorRanking(
  db: Kysely<Database>,
  year: number,
  runNumber?: number,
): Promise<IncubatorRanking | null> {
  const rows = await findIncubatorEvaluationRun(db, year, runNumber);
  if (rows.length === 0) return null;
  const model = loadIncubatorEvaluationModel();
  const incubators = new Map(loadIncubators().map((incubator) => [incubator.code, factsOf(incubator)]));
  const first = rows[0]!;
  const nameOf = await loadActorNames(db, [first.evaluated_by]);
  return {
    year,
    runNumber: first.run_number,
    asOf: first.as_of,
    modelVersion: first.model_version,
    modelDigest: first.model_digest,
    modelTitle: model.title,
    reference: model.reference,
    referenceText: readableReference(model.reference),
    groups: model.groups.map((group) => ({ code: group.code, label: group.label, awarded: group.awarded })),
    groupsReference: model.groups_reference,
    groupsReferenceText: readableReference(model.groups_reference),
    evaluatedAt: first.evaluated_at.toISOString(),
    evaluatedBy: first.evaluated_by,
    evaluatedByName: nameOf(first.evaluated_by),
    results: rows.map((row) => {
      const facts = incubators.get(row.incubator_code) ?? {
        code: row.incubator_code,
        name: row.incubator_code,
        operator: '',
        level: 'municipal' as const,
        levelLabel: '',
        areaM2: 0,
        capacity: 0,
      };
      return {
        ...facts,
        groupCode: row.group_code,
        groupLabel: model.groups.find((group) => group.code === row.group_code)?.label ?? row.group_code,
        score: row.score,
        overallRank: row.overall_rank,
        groupRank: row.group_rank,
        isAwarded: row.is_awarded,
        indicators: (row.indicators as IncubatorIndicatorTrace[]).map(withTraceTexts),
      };
    }),
  };
}
