import { AppError } from '../../domain/app-error.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import { evaluateBatch, evaluateEach } from '../../engine/evaluate.ts';
import { modelVersionName, type Model, type Veto } from '../../engine/model.ts';
import type { Store } from '../../store/connect.ts';
import {
  findEnterpriseIdRange,
  findFrozenModelVersion,
  findModelVersion,
  insertModelVersion,
  recordSimulation,
  type ModelVersionRow,
  type RecordSelection,
} from '../../store/evaluation.repository.ts';
import { findEnterpriseRefsByUscc } from '../../store/enterprise.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { describeModelChanges, type ModelChangeLog } from '../model-management/describe-model-changes.ts';
import { resolveAsOf } from './as-of.ts';
import { compileModelDir, storedModelDir } from './model-files.ts';
import { findPublishedModel } from './published-model.ts';
import { recordSelection } from './read-evaluation-batch.ts';
import { createRunInterner, readRecordShard } from './read-record-shard.ts';

/**
 * `xinping model simulate DRAFT_DIR`: evaluates every enterprise with the draft and with the published
 * version as of the same day, from the same records, and reports both grade distributions, the transition matrix
 * (how many went from each grade to each grade) and every enterprise whose grade moved, with the indicators that
 * moved it most. Nothing is stored but the simulation itself: the draft's version row becomes `simulated` (with the
 * digest of the files simulated), which publishing requires.
 */

export interface IndicatorMove {
  id: string;
  label: string;
  /** Points before (published) and after (draft); null where the model has no such indicator. */
  fromPoints: number | null;
  toPoints: number | null;
  /**
   * Change of the indicator's contribution to the total score (points × its dimension's weight). AMBIGUITY: a
   * dimension's caps can absorb part of it; the change is counted before the caps, so the moves need not add up to
   * the score difference exactly.
   */
  contributionChange: number;
}

export interface MovedEnterprise {
  uscc: string;
  /** The enterprise's name, for the moved enterprises the simulation keeps (the first STORED_MOVED); else absent. */
  name?: string;
  fromGrade: string;
  toGrade: string;
  fromScore: number;
  toScore: number;
  /** The indicators whose contribution changed most, largest first (at most three). */
  indicators: IndicatorMove[];
  /**
   * Why the grade moved, one Chinese phrase each: the indicators above, dimensions whose weight, base or caps changed,
   * grade lines the score crossed, vetoes that now apply or no longer do.
   */
  reasons: string[];
}

export interface SimulationReport {
  draft: { modelVersion: string; digest: string; dir: string; versionId: number };
  /** null when no version is published yet (the draft would be the first). */
  published: { modelVersion: string; digest: string } | null;
  asOf: string;
  enterprises: number;
  grades: string[];
  distribution: { published: Record<string, number> | null; draft: Record<string, number> };
  /** transitions[from][to]: enterprises graded `from` by the published version and `to` by the draft. */
  transitions: Record<string, Record<string, number>> | null;
  movedCount: number;
  moved: MovedEnterprise[];
  /** What changed from the published version to the draft (null when nothing is published yet). */
  changeLog: ModelChangeLog | null;
  seconds: number;
}

const SHARD_SIZE = 25_000;
const MOVES_PER_ENTERPRISE = 3;
/** How many moved enterprises the stored simulation summary keeps (the report itself lists all). */
const STORED_MOVED = 100;

/** Every kind either model reads, so one read of the records serves both. */
function unionSelection(first: RecordSelection, second: RecordSelection | null): RecordSelection {
  if (!second) return first;
  const keys = new Map([...first.reportedStatusKeys, ...second.reportedStatusKeys]);
  return {
    kinds: [...new Set([...first.kinds, ...second.kinds])].sort(),
    reportedStatusKeys: keys,
    recordedBefore: first.recordedBefore,
  };
}

function emptyCounts(grades: string[]): Record<string, number> {
  return Object.fromEntries(grades.map((grade) => [grade, 0]));
}

function round(value: number, decimals = 4): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** The indicators that moved an enterprise: contribution changes by indicator id across both models. */
function indicatorMoves(
  draft: { compiled: CompiledModel; points: Float64Array },
  current: { compiled: CompiledModel; points: Float64Array },
): IndicatorMove[] {
  const moves = new Map<string, IndicatorMove>();
  const add = (side: 'from' | 'to', compiled: CompiledModel, points: Float64Array) => {
    compiled.model.indicators.forEach((indicator, i) => {
      const weight = compiled.model.dimensions[compiled.dimensionOf[i]].weight;
      const move = moves.get(indicator.id) ?? {
        id: indicator.id,
        label: indicator.label,
        fromPoints: null,
        toPoints: null,
        contributionChange: 0,
      };
      if (side === 'from') move.fromPoints = round(points[i]);
      else move.toPoints = round(points[i]);
      move.contributionChange += (side === 'to' ? 1 : -1) * points[i] * weight;
      moves.set(indicator.id, move);
    });
  };
  add('from', current.compiled, current.points);
  add('to', draft.compiled, draft.points);
  return [...moves.values()]
    .map((move) => ({ ...move, contributionChange: round(move.contributionChange) }))
    .filter((move) => move.contributionChange !== 0)
    .sort((a, b) => Math.abs(b.contributionChange) - Math.abs(a.contributionChange) || a.id.localeCompare(b.id))
    .slice(0, MOVES_PER_ENTERPRISE);
}

const signed = (value: number) => `${value > 0 ? '+' : ''}${round(value, 2)}`;
const percent = (weight: number) => `${round(weight * 100, 2)}%`;

/** The first grade row whose line the score reaches (the catch-all row last), by grade code. */
function gradeByScore(model: Model, score: number): string {
  return (model.grades.find((row) => row.minScore === null || score >= row.minScore) ?? model.grades.at(-1)!).grade;
}

/** The ids of the vetoes set in a mask, in the model's order. */
function vetoesIn(model: Model, mask: number): Map<string, Veto> {
  return new Map(model.vetoes.filter((_, v) => (mask & (1 << v)) !== 0).map((veto) => [veto.id, veto]));
}

/**
 * Why one enterprise's grade moved, in words: each of the indicators that moved it, each dimension whose weight, base
 * or caps changed and whose contribution to the total changed with it, each grade line that moved across the
 * enterprise's score, and each veto that applies under one version only.
 */
function explainMove(
  from: { model: Model; score: number; vetoMask: number; dimensionScores: Float64Array },
  to: { model: Model; score: number; vetoMask: number; dimensionScores: Float64Array },
  indicators: IndicatorMove[],
): string[] {
  const reasons = indicators.map((move) => `指标“${move.label}”${signed(move.contributionChange)} 分`);
  to.model.dimensions.forEach((dimension, d) => {
    const f = from.model.dimensions.findIndex((candidate) => candidate.id === dimension.id);
    if (f < 0) return;
    const old = from.model.dimensions[f];
    if (
      old.weight === dimension.weight &&
      old.base === dimension.base &&
      old.min === dimension.min &&
      old.max === dimension.max
    )
      return;
    const change = dimension.weight * to.dimensionScores[d] - old.weight * from.dimensionScores[f];
    if (round(change, 2) === 0) return;
    const parts = [
      old.weight !== dimension.weight ? `权重 ${percent(old.weight)} → ${percent(dimension.weight)}` : null,
      old.base !== dimension.base ? `基础分 ${old.base} → ${dimension.base}` : null,
      old.min !== dimension.min || old.max !== dimension.max
        ? `上下限 [${old.min}, ${old.max}] → [${dimension.min}, ${dimension.max}]`
        : null,
    ].filter((part) => part !== null);
    reasons.push(`维度“${dimension.label}”${parts.join('、')}，对总分的贡献 ${signed(change)} 分`);
  });
  if (gradeByScore(from.model, from.score) !== gradeByScore(to.model, from.score)) {
    const low = Math.min(from.score, to.score);
    const high = Math.max(from.score, to.score);
    for (const row of to.model.grades) {
      const old = from.model.grades.find((candidate) => candidate.grade === row.grade);
      if (!old || old.minScore === row.minScore || old.minScore === null || row.minScore === null) continue;
      if (Math.min(old.minScore, row.minScore) <= high && Math.max(old.minScore, row.minScore) > low)
        reasons.push(`${row.grade} 级分数线 ${old.minScore} → ${row.minScore} 分`);
    }
  }
  const before = vetoesIn(from.model, from.vetoMask);
  const after = vetoesIn(to.model, to.vetoMask);
  for (const [id, veto] of after)
    if (before.get(id)?.capGrade !== veto.capGrade) reasons.push(`否决项“${veto.label}”：等级不高于 ${veto.capGrade}`);
  for (const [id, veto] of before) if (!after.has(id)) reasons.push(`不再适用否决项“${veto.label}”`);
  if (reasons.length === 0) reasons.push(`总分 ${from.score} → ${to.score}`);
  return reasons;
}

export interface SimulationProgress {
  simulated: number;
  total: number;
}

export async function simulateModel(
  store: Store,
  dir: string,
  options: {
    operator: string;
    asOf?: string;
    onProgress?: (progress: SimulationProgress) => void;
    /**
     * Where the version's files are kept, when `dir` is a copy of them (a worker's simulation queued by another
     * instance): recorded on the version instead of the copy's directory.
     */
    storedDir?: string;
  },
): Promise<SimulationReport> {
  const started = performance.now();
  const db = store.db;
  const draft = compileModelDir(dir);
  const model = draft.model;
  const name = modelVersionName(model);
  const frozen = await findFrozenModelVersion(db, model.id, model.version);
  if (frozen && frozen.digest !== model.digest) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `版本 ${name} 已经发布过（摘要 ${frozen.digest.slice(0, 12)}…），其内容不可更改；草稿请使用新的版本号（model.yaml 的 version）`,
    );
  }
  if (frozen?.status === 'published')
    throw new AppError('PRECONDITION_FAILED', `版本 ${name} 就是现行发布的版本，无需模拟`);
  const published = await findPublishedModel(db);
  const asOf = resolveAsOf(options.asOf);
  // Refuses an as-of date either model cannot evaluate before any record is read.
  draft.prepare(asOf.asOf);
  published?.compiled.prepare(asOf.asOf);

  const grades = [...new Set([...(published?.compiled.model.grades ?? []), ...model.grades].map((row) => row.grade))];
  const draftCounts = emptyCounts(grades);
  const currentCounts = published ? emptyCounts(grades) : null;
  const transitions = published ? Object.fromEntries(grades.map((grade) => [grade, emptyCounts(grades)])) : null;
  const moved: MovedEnterprise[] = [];
  let enterprises = 0;

  const selection = unionSelection(
    recordSelection(draft, asOf),
    published ? recordSelection(published.compiled, asOf) : null,
  );
  const interner = createRunInterner(draft);
  const range = await findEnterpriseIdRange(db);
  for (let from = range.first; range.count > 0 && from <= range.last; from += SHARD_SIZE) {
    const shard = await readRecordShard(store, selection, interner, {
      from,
      to: Math.min(range.last, from + SHARD_SIZE - 1),
    });
    const batch = shard.batch;
    // The published version's results first, as columns; then the draft's, each compared with them.
    const current = published ? evaluateBatch(batch, published.compiled, asOf.asOf) : null;
    const currentIndicators = published?.compiled.model.indicators.length ?? 0;
    evaluateEach(batch, draft, asOf.asOf, (e, outcome) => {
      enterprises += 1;
      const toGrade = model.grades[outcome.grade].grade;
      draftCounts[toGrade] += 1;
      if (!current || !published || !currentCounts || !transitions) return;
      const fromGrade = published.compiled.model.grades[current.grades[e]].grade;
      currentCounts[fromGrade] += 1;
      transitions[fromGrade][toGrade] += 1;
      if (fromGrade === toGrade) return;
      const currentPoints = current.indicatorPoints.subarray(e * currentIndicators, (e + 1) * currentIndicators);
      const currentDimensions = published.compiled.model.dimensions.length;
      const indicators = indicatorMoves(
        { compiled: draft, points: outcome.points },
        { compiled: published.compiled, points: currentPoints },
      );
      moved.push({
        uscc: batch.enterprises[e].uscc,
        fromGrade,
        toGrade,
        fromScore: current.scores[e],
        toScore: outcome.score,
        indicators,
        reasons: explainMove(
          {
            model: published.compiled.model,
            score: current.scores[e],
            vetoMask: current.vetoes[e],
            dimensionScores: current.dimensionScores.subarray(e * currentDimensions, (e + 1) * currentDimensions),
          },
          { model, score: outcome.score, vetoMask: outcome.vetoMask, dimensionScores: outcome.dimensionScores },
          indicators,
        ),
      });
    });
    options.onProgress?.({ simulated: enterprises, total: range.count });
  }

  // People read the moved enterprises by name: the ones kept with the simulation get theirs.
  const kept = moved.slice(0, STORED_MOVED);
  const names = new Map(
    (
      await findEnterpriseRefsByUscc(
        db,
        kept.map((entry) => entry.uscc),
      )
    ).map((ref) => [ref.uscc, ref.name]),
  );
  for (const entry of kept) entry.name = names.get(entry.uscc);
  const storedDir = options.storedDir ?? storedModelDir(dir);
  const report: Omit<SimulationReport, 'draft' | 'seconds'> = {
    published: published
      ? { modelVersion: `${published.version.model_id}/${published.version.version}`, digest: published.version.digest }
      : null,
    asOf: asOf.asOf,
    enterprises,
    grades,
    distribution: { published: currentCounts, draft: draftCounts },
    transitions,
    movedCount: moved.length,
    moved,
    changeLog: published ? describeModelChanges(published.compiled.model, model) : null,
  };
  const row: ModelVersionRow = await db.transaction().execute(async (trx) => {
    const key = { modelId: model.id, version: model.version, digest: model.digest };
    const existing =
      (await findModelVersion(trx, key)) ??
      (await insertModelVersion(trx, { ...key, title: model.title, dir: storedDir, status: 'simulated' }));
    const summary = { ...report, moved: kept };
    await recordSimulation(trx, existing.id, { dir: storedDir, operator: options.operator, summary });
    await appendAuditEvent(trx, {
      actor: options.operator,
      action: 'model.simulated',
      subjectType: 'model_version',
      subjectId: String(existing.id),
      payload: {
        modelVersion: name,
        digest: model.digest,
        dir: storedDir,
        against: report.published,
        asOf: asOf.asOf,
        enterprises,
        distribution: report.distribution,
        transitions,
        movedCount: moved.length,
      },
    });
    return existing;
  });
  return {
    draft: { modelVersion: name, digest: model.digest, dir: storedDir, versionId: row.id },
    ...report,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}
