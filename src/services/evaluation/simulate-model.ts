import { AppError } from '../../domain/app-error.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import { evaluateBatch, evaluateEach } from '../../engine/evaluate.ts';
import { modelVersionName } from '../../engine/model.ts';
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
import { appendAuditEvent } from '../audit/append-audit-event.ts';
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
  fromGrade: string;
  toGrade: string;
  fromScore: number;
  toScore: number;
  /** The indicators whose contribution changed most, largest first (at most three). */
  indicators: IndicatorMove[];
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

export interface SimulationProgress {
  simulated: number;
  total: number;
}

export async function simulateModel(
  store: Store,
  dir: string,
  options: { operator: string; asOf?: string; onProgress?: (progress: SimulationProgress) => void },
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
      moved.push({
        uscc: batch.enterprises[e].uscc,
        fromGrade,
        toGrade,
        fromScore: current.scores[e],
        toScore: outcome.score,
        indicators: indicatorMoves(
          { compiled: draft, points: outcome.points },
          { compiled: published.compiled, points: currentPoints },
        ),
      });
    });
    options.onProgress?.({ simulated: enterprises, total: range.count });
  }

  const storedDir = storedModelDir(dir);
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
  };
  const row: ModelVersionRow = await db.transaction().execute(async (trx) => {
    const key = { modelId: model.id, version: model.version, digest: model.digest };
    const existing =
      (await findModelVersion(trx, key)) ??
      (await insertModelVersion(trx, { ...key, title: model.title, dir: storedDir, status: 'simulated' }));
    const summary = { ...report, moved: moved.slice(0, STORED_MOVED) };
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
