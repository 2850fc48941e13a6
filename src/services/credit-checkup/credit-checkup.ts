import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadCreditCheckupFile, type CheckupFact } from '../../catalog/credit-checkup.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { readableReference } from '../../domain/readable-reference.ts';
import { addMonths } from '../../domain/month-arithmetic.ts';
import { evaluate } from '../../engine/evaluate.ts';
import type { EngineRecord, EvaluationSubject } from '../../engine/engine-input.ts';
import { modelDisplayName, modelVersionName } from '../../engine/model.ts';
import type { EvaluationResult } from '../../engine/trace.ts';
import type { Database } from '../../store/database.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { listOwnRecords, type OwnRecord } from '../enterprise-portal/list-own-records.ts';
import { findEnterpriseGrade } from '../sharing/find-enterprise-grade.ts';
import { resolveAsOf } from '../evaluation/as-of.ts';
import { requirePublishedModel } from '../evaluation/published-model.ts';
import { readEvaluationSubjects } from '../evaluation/read-evaluation-batch.ts';

/**
 * 信用体检 (what-if): what would the enterprise's score be if one of its negative records were repaired, or if it
 * obtained a fact it lacks (catalog/credit-checkup.yaml)? Computed by the same engine with the published model version
 * on today's inputs, in memory only: a simulation is never stored as an evaluation and changes no record. Guidance for
 * the enterprise (000 §二(三)); officials may run it for an enterprise they serve.
 */

/** A change to try: repair one of the enterprise's records, or add a fact of the catalog. */
export type CheckupChange = { type: 'repair'; recordId: number } | { type: 'fact'; fact: string };

export interface ScoreLine {
  score: number;
  grade: string;
  gradeLabel: string;
}

export interface ChangedIndicator {
  id: string;
  label: string;
  dimension: string;
  dimensionLabel: string;
  /** Points within the dimension, before and after. */
  pointsBefore: number;
  pointsAfter: number;
  /** Change of the total score this indicator accounts for. */
  scoreChange: number;
}

export interface CheckupSimulation {
  /** Always true: a simulation, not an evaluation. */
  simulation: true;
  uscc: string;
  name: string;
  asOf: string;
  modelVersion: string;
  modelName: string;
  /** Today's inputs as they stand, by the same engine and model version. */
  current: ScoreLine;
  simulated: ScoreLine;
  scoreChange: number;
  changes: Array<CheckupChange & { title: string }>;
  indicators: ChangedIndicator[];
  /** The stored (official) evaluation, which the simulation never changes; null before the first evaluation. */
  stored: { score: number; grade: string; asOf: string } | null;
}

export interface CheckupSuggestion {
  change: CheckupChange;
  title: string;
  /** What to do in the platform to make it count. */
  how: string;
  /** False when it cannot be done yet (a repair before its date), with the reason in `how`. */
  isAvailableNow: boolean;
  scoreChange: number;
  simulated: ScoreLine;
  reference: string | null;
  /** The reference as a person reads it (readableReference). */
  referenceText: string | null;
}

export interface CheckupOverview {
  uscc: string;
  name: string;
  asOf: string;
  modelVersion: string;
  modelName: string;
  current: ScoreLine;
  /** Changes that raise the score, most first. */
  suggestions: CheckupSuggestion[];
}

/** What one enterprise's what-ifs are computed from: read once, evaluated as often as needed. */
interface CheckupInputs {
  uscc: string;
  name: string;
  asOf: string;
  subject: EvaluationSubject;
  evaluateSubject: (subject: EvaluationSubject) => EvaluationResult;
  modelVersion: string;
  modelName: string;
  repairable: OwnRecord[];
  facts: CheckupFact[];
  /** The department that would report a record of the kind (the first the catalog names). */
  departmentOf: (kind: string) => string;
}

async function readCheckupInputs(db: Kysely<Database>, uscc: string, today: string): Promise<CheckupInputs> {
  const enterprise = await requireEnterprise(db, uscc);
  const { compiled } = await requirePublishedModel(db);
  const asOf = resolveAsOf(undefined, today);
  const [{ subjects }, own] = await Promise.all([
    readEvaluationSubjects(db, compiled, [enterprise.id], asOf),
    listOwnRecords(db, { uscc: enterprise.uscc, purpose: 'repair', limit: 1000, offset: 0, today }),
  ]);
  const subject = subjects[0];
  if (!subject) throw new Error(`enterprise ${enterprise.id} was not read into the evaluation inputs`);
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    asOf: asOf.asOf,
    subject,
    evaluateSubject: (changed) => evaluate(changed, compiled, asOf.asOf),
    modelVersion: modelVersionName(compiled.model),
    modelName: modelDisplayName(compiled.model),
    repairable: own.items,
    // Only facts of kinds the model reads can move the score.
    facts: loadCreditCheckupFile().facts.filter((fact) => compiled.inputKinds.includes(fact.kind)),
    departmentOf: (kind) => compiled.catalog.kind(kind)?.departments[0] ?? '',
  };
}

/** A record the enterprise does not have: ids beyond any stored record's, one per fact, never written anywhere. */
function assumedRecord(fact: CheckupFact, index: number, asOf: string, departmentCode: string): EngineRecord {
  return {
    id: Number.MAX_SAFE_INTEGER - index,
    version: 1,
    contentHash: createHash('sha256').update(`credit-checkup:${fact.code}`).digest('hex'),
    kind: fact.kind,
    status: 'active',
    occurredOn: asOf,
    endsOn: fact.valid_months === undefined ? null : addMonths(asOf, fact.valid_months),
    level: fact.record.level ?? null,
    subtype: fact.record.subtype ?? null,
    grade: fact.record.grade ?? null,
    amount: fact.record.amount ?? null,
    quantity: fact.record.quantity ?? null,
    departmentCode,
    reportedStatus: fact.record.reported_status ?? null,
  };
}

function titleOf(inputs: CheckupInputs, change: CheckupChange): string {
  if (change.type === 'fact') return factOf(inputs, change.fact).title;
  const record = repairableRecord(inputs, change.recordId);
  return `如果“${record.kindLabel}（${record.number ?? record.summary}）”完成信用修复`;
}

function factOf(inputs: CheckupInputs, code: string): CheckupFact {
  const fact = inputs.facts.find((candidate) => candidate.code === code);
  if (!fact)
    throw new AppError(
      'INVALID_INPUT',
      `字段“试算项目”：没有“${code}”这一项，可选：${inputs.facts.map((candidate) => candidate.code).join('、')}`,
    );
  return fact;
}

function repairableRecord(inputs: CheckupInputs, recordId: number): OwnRecord {
  const record = inputs.repairable.find((candidate) => candidate.id === recordId);
  if (!record)
    throw new AppError(
      'INVALID_INPUT',
      `字段“试算修复的记录”：记录 ${recordId} 不是本企业仍在公示的失信信息，不能试算信用修复`,
    );
  return record;
}

/** The subject with the changes applied: a repaired record counts no more, a fact adds its assumed record. */
function applyChanges(inputs: CheckupInputs, changes: CheckupChange[]): EvaluationSubject {
  const repaired = new Set<number>();
  const added: EngineRecord[] = [];
  for (const change of changes) {
    if (change.type === 'repair') repaired.add(repairableRecord(inputs, change.recordId).id);
    else {
      const fact = factOf(inputs, change.fact);
      added.push(assumedRecord(fact, inputs.facts.indexOf(fact), inputs.asOf, inputs.departmentOf(fact.kind)));
    }
  }
  return {
    enterprise: inputs.subject.enterprise,
    records: [
      ...inputs.subject.records.map((record) => (repaired.has(record.id) ? { ...record, status: 'repaired' } : record)),
      ...added,
    ],
  };
}

function scoreLine(result: EvaluationResult): ScoreLine {
  return { score: result.score, grade: result.grade, gradeLabel: result.gradeLabel };
}

function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

function changedIndicators(before: EvaluationResult, after: EvaluationResult): ChangedIndicator[] {
  const labels = new Map(before.dimensions.map((dimension) => [dimension.id, dimension.label]));
  const afterById = new Map(after.indicators.map((indicator) => [indicator.id, indicator]));
  return before.indicators.flatMap((indicator) => {
    const next = afterById.get(indicator.id);
    if (!next || next.points === indicator.points) return [];
    return [
      {
        id: indicator.id,
        label: indicator.label,
        dimension: indicator.dimension,
        dimensionLabel: labels.get(indicator.dimension) ?? indicator.dimension,
        pointsBefore: indicator.points,
        pointsAfter: next.points,
        scoreChange: roundScore(next.contribution - indicator.contribution),
      },
    ];
  });
}

/** Evaluates the enterprise with the given changes tried together; nothing is stored. */
export async function simulateCheckup(
  db: Kysely<Database>,
  uscc: string,
  changes: CheckupChange[],
  options: { today?: string } = {},
): Promise<CheckupSimulation> {
  if (changes.length === 0) throw new AppError('INVALID_INPUT', '字段“试算项目”：请至少选择一项');
  const inputs = await readCheckupInputs(db, uscc, options.today ?? todayInDistrict());
  const before = inputs.evaluateSubject(inputs.subject);
  const after = inputs.evaluateSubject(applyChanges(inputs, changes));
  const stored = await findEnterpriseGrade(db, inputs.uscc);
  return {
    simulation: true,
    uscc: inputs.uscc,
    name: inputs.name,
    asOf: inputs.asOf,
    modelVersion: inputs.modelVersion,
    modelName: inputs.modelName,
    current: scoreLine(before),
    simulated: scoreLine(after),
    scoreChange: roundScore(after.score - before.score),
    changes: changes.map((change) => ({ ...change, title: titleOf(inputs, change) })),
    indicators: changedIndicators(before, after),
    stored:
      stored.score === null || stored.grade === null || stored.asOf === null
        ? null
        : { score: stored.score, grade: stored.grade, asOf: stored.asOf },
  };
}

/**
 * The changes that would raise the enterprise's score, each tried alone: repairing each negative record still
 * published (with when the enterprise may apply), and each fact of the catalog it could add; most points first.
 */
export async function suggestCheckup(
  db: Kysely<Database>,
  uscc: string,
  options: { today?: string } = {},
): Promise<CheckupOverview> {
  const inputs = await readCheckupInputs(db, uscc, options.today ?? todayInDistrict());
  const before = inputs.evaluateSubject(inputs.subject);
  const tryAlone = (change: CheckupChange) => inputs.evaluateSubject(applyChanges(inputs, [change]));
  const suggestions: CheckupSuggestion[] = [];
  for (const record of inputs.repairable) {
    const change: CheckupChange = { type: 'repair', recordId: record.id };
    const after = tryAlone(change);
    const repair = record.repair;
    suggestions.push({
      change,
      title: titleOf(inputs, change),
      how: repair?.canApply
        ? `${repair.note}：在“办事 → 信用修复”中选择这条记录提出申请，审核通过后不再计入评价。`
        : (repair?.note ?? '该记录不能申请信用修复'),
      isAvailableNow: repair?.canApply ?? false,
      scoreChange: roundScore(after.score - before.score),
      simulated: scoreLine(after),
      reference: null,
      referenceText: null,
    });
  }
  for (const fact of inputs.facts) {
    const change: CheckupChange = { type: 'fact', fact: fact.code };
    const after = tryAlone(change);
    suggestions.push({
      change,
      title: fact.title,
      how: fact.how,
      isAvailableNow: true,
      scoreChange: roundScore(after.score - before.score),
      simulated: scoreLine(after),
      reference: fact.reference,
      referenceText: fact.reference ? readableReference(fact.reference) : null,
    });
  }
  return {
    uscc: inputs.uscc,
    name: inputs.name,
    asOf: inputs.asOf,
    modelVersion: inputs.modelVersion,
    modelName: inputs.modelName,
    current: scoreLine(before),
    suggestions: suggestions
      .filter((suggestion) => suggestion.scoreChange > 0)
      .sort((a, b) => b.scoreChange - a.scoreChange),
  };
}
