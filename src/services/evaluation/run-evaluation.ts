import { AppError } from '../../domain/app-error.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import { CopyColumnReader, copyQueryOut, copyRowsIn, withCopySession } from '../../store/bulk-copy.ts';
import type { Store } from '../../store/connect.ts';
import {
  advanceEvaluationRun,
  clearPendingMarks,
  countEnterprisesAfter,
  createEvaluationRun,
  currentResultsSql,
  EVALUATION_COPY_COLUMNS,
  findDueEnterpriseIds,
  findEnterpriseIdRange,
  findLastEvaluationId,
  findPendingMarks,
  findRecordKindCodes,
  findUnfinishedRun,
  finishEvaluationRun,
  type EnterpriseScope,
  type EvaluationRunRow,
  type ModelVersionRow,
  type RecordSelection,
  type RunKind,
} from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { publishGradeChanges } from '../sharing/publish-share-events.ts';
import { resolveAsOf, type AsOf } from './as-of.ts';
import { EvaluationWorker, type WorkerShardResult } from './evaluation-worker.ts';
import { requirePublishedModel, type PublishedModel } from './published-model.ts';
import { recordSelection } from './read-evaluation-batch.ts';
import { createRunInterner, readRawShard, readRecordShard, type RecordShard } from './read-record-shard.ts';
import { RecordCopyReader } from './record-copy-reader.ts';
import { ShardEvaluator, type CurrentResults, type RunContext, type ShardResult } from './shard-evaluator.ts';

/**
 * Evaluates every enterprise with the published model version, the batch path:
 *
 * - Enterprises are taken in shards of consecutive ids. Each shard is read with COPY into typed columns
 *   (read-record-shard.ts), evaluated by the engine's batch loop, and its evaluations written with COPY in one
 *   transaction together with the run's cursor (evaluation_runs.last_enterprise_id). A run that is killed resumes
 *   after the last committed shard when started again with the same kind, model version and as-of date.
 * - Reading, evaluating and writing overlap. Large runs evaluate in a worker thread (evaluation-worker.ts): this
 *   thread reads the next shards (on PostgreSQL on connections of their own) and writes finished ones while the
 *   worker parses and evaluates, so PGlite, which runs in this thread, and the evaluation use both cores. Small runs
 *   evaluate here, parsing COPY text as it arrives. A shard's write commits while the next one is evaluated.
 *
 * Kinds: `all` stores everyone's evaluation; `publish` is the same after a new version is published; `due` (the
 * daily run, `evaluate --due`) evaluates as of today only the enterprises whose result may have changed — those
 * whose current evaluation's changes_on has come (a publicity window that ended, a record that left its time window,
 * a decay step, an anniversary that reaches a band; the engine's nextChangeDay), those whose records or attributes
 * changed since (evaluation_pending, marked by triggers whatever code made the change), and those with no evaluation
 * by this version — and stores a new evaluation only where the result changed or its changes_on has come. Unchanged
 * results keep their evaluation (its as-of date says since when it holds), so the history grows with changes, not
 * with days, and the run's work with what changed, not with the number of enterprises.
 * Every run as of today removes the change marks it read before reading any record, once it has evaluated their
 * enterprises. As of a past day, the daily run evaluates everyone, as the marks and changes_on speak of today.
 */

export interface RunProgress {
  runId: number;
  kind: RunKind;
  /** Enterprises in the run (including those done before a resume). */
  total: number;
  evaluated: number;
  stored: number;
  /** Grades of every enterprise evaluated in the run so far. */
  gradeCounts: Record<string, number>;
  /** The cursor the run resumed from, or null for a fresh run. */
  resumedAfter: number | null;
}

export interface RunSummary extends RunProgress {
  modelVersion: string;
  asOf: string;
  /** The model's grades in order, with their labels. */
  grades: Array<{ grade: string; label: string }>;
  seconds: number;
  /** Where the time went (milliseconds): waiting for reads, parsing COPY text, evaluating, waiting for writes. */
  timings: { readWaitMs: number; parseMs: number; evaluateMs: number; writeWaitMs: number; bytesRead: number };
}

export interface RunOptions {
  kind: RunKind;
  asOf?: string;
  operator: string;
  /** Enterprise ids per shard (default XINPING_EVALUATION_SHARD_SIZE or 25,000). */
  shardSize?: number;
  /** Shards read at once (default: 2 on PostgreSQL, 1 on PGlite). */
  parallelReads?: number;
  /** The published model, when the caller has it already (publishing). */
  published?: PublishedModel;
  /** Evaluate in a worker thread (default: when there are at least 20,000 enterprises). */
  worker?: boolean;
  onProgress?: (progress: RunProgress) => void;
}

const DEFAULT_SHARD_SIZE = 25_000;
/** Below this many enterprises a run is over before a worker thread would have started. */
const WORKER_THRESHOLD = 20_000;
const REASONS: Record<RunKind, string> = { all: 'all', due: 'due', publish: 'publish' };

function defaultShardSize(): number {
  const configured = Number(process.env.XINPING_EVALUATION_SHARD_SIZE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_SHARD_SIZE;
}

/** Shards of consecutive ids after the cursor up to the last enterprise. Gaps in ids only make a shard smaller. */
export type EnterpriseRange = { from: number; to: number };
/** A shard of a run: a range of ids, or (the daily run) the listed ids within it. */
type RunShard = EnterpriseRange | (EnterpriseRange & { ids: number[] });

function planIdShards(ids: number[], size: number): RunShard[] {
  const shards: RunShard[] = [];
  for (let start = 0; start < ids.length; start += size) {
    const chunk = ids.slice(start, start + size);
    shards.push({ ids: chunk, from: chunk[0], to: chunk[chunk.length - 1] });
  }
  return shards;
}

function planShards(after: number, first: number, last: number, size: number): EnterpriseRange[] {
  const shards: EnterpriseRange[] = [];
  for (let from = Math.max(after + 1, first); from <= last; from += size)
    shards.push({ from, to: Math.min(last, from + size - 1) });
  return shards;
}

/** The current result hash and model version of each enterprise of a shard, by ascending id (for the daily run). */
async function readCurrentResults(store: Store, scope: EnterpriseScope): Promise<CurrentResults> {
  const reader = new CopyColumnReader({
    enterpriseId: 'float64',
    modelVersionId: 'int32',
    resultHash: 'float64',
    changesOnDay: 'int32',
  } as const);
  for await (const chunk of copyQueryOut(store, currentResultsSql(scope))) reader.push(chunk);
  const { columns } = reader.finish();
  // Copies of their own (the arrays may move to the worker thread).
  return {
    enterpriseIds: columns.enterpriseId.slice(),
    modelVersionIds: columns.modelVersionId.slice(),
    resultHashes: columns.resultHash.slice(),
    changesOnDays: columns.changesOnDay.slice(),
  };
}

/** Produces each shard's evaluations in order, reading ahead; `close` releases what it holds. */
interface ShardSource {
  next(index: number): Promise<ShardResult>;
  close(): Promise<void>;
}

type Timings = RunSummary['timings'];

/** In this thread: COPY text parsed as it arrives, then evaluated (small runs; no worker start-up cost). */
function evaluateInThread(
  store: Store,
  selection: RecordSelection,
  compiled: CompiledModel,
  context: RunContext,
  shards: RunShard[],
  depth: number,
  kind: RunKind,
  timings: Timings,
): ShardSource {
  const interner = createRunInterner(compiled);
  const evaluator = new ShardEvaluator(compiled, context);
  // Readers are reused once their shard is evaluated: their arrays are most of a run's memory.
  const idleReaders: RecordCopyReader[] = [];
  const reads = new Map<number, Promise<RecordShard>>();
  let nextRead = 0;
  const readAhead = (upTo: number) => {
    while (nextRead < shards.length && nextRead < upTo) {
      const read = readRecordShard(
        store,
        selection,
        interner,
        shards[nextRead],
        idleReaders.pop() ?? new RecordCopyReader(interner),
      );
      read.catch(() => {});
      reads.set(nextRead, read);
      nextRead += 1;
    }
  };
  return {
    async next(index) {
      readAhead(index + depth);
      const waited = performance.now();
      const shard = await reads.get(index)!;
      reads.delete(index);
      timings.readWaitMs += performance.now() - waited;
      timings.parseMs += shard.parseMs;
      timings.bytesRead += shard.bytes;
      readAhead(index + 1 + depth);
      const current = kind === 'due' ? await readCurrentResults(store, shard.scope) : null;
      const result = evaluator.evaluate(shard.batch, shard.enterpriseIds, current);
      idleReaders.push(shard.reader);
      timings.evaluateMs += result.evaluateMs;
      return result;
    },
    async close() {},
  };
}

/**
 * In the evaluation worker: this thread only moves COPY text (reads ahead, hands each shard to the worker as soon as
 * it is read, writes results), the worker parses and evaluates. With PGlite the database and the evaluation then
 * use both cores instead of taking turns on one.
 */
function evaluateInWorker(
  store: Store,
  selection: RecordSelection,
  version: ModelVersionRow,
  context: RunContext,
  shards: RunShard[],
  depth: number,
  kind: RunKind,
  timings: Timings,
): ShardSource {
  const worker = new EvaluationWorker(version, context);
  const results = new Map<number, Promise<WorkerShardResult>>();
  let nextRead = 0;
  const submitAhead = (upTo: number) => {
    while (nextRead < shards.length && nextRead < upTo) {
      const index = nextRead;
      const submitted = (async () => {
        const raw = await readRawShard(store, selection, shards[index]);
        timings.bytesRead += raw.bytes;
        const current = kind === 'due' ? await readCurrentResults(store, raw.scope) : null;
        return worker.evaluate(index, raw.enterprises, raw.records, current);
      })();
      submitted.catch(() => {});
      results.set(index, submitted);
      nextRead += 1;
    }
  };
  return {
    async next(index) {
      submitAhead(index + 1 + depth);
      const waited = performance.now();
      const result = await results.get(index)!;
      results.delete(index);
      timings.readWaitMs += performance.now() - waited;
      timings.parseMs += result.parseMs;
      timings.evaluateMs += result.evaluateMs;
      return result;
    },
    close: () => worker.close(),
  };
}

/**
 * One range of enterprises of a run, read and evaluated in this thread: a worker's shard of a full evaluation shared by
 * several processes (run-evaluation-shard.ts), which writes it itself.
 */
export async function evaluateEnterpriseRange(
  store: Store,
  compiled: CompiledModel,
  asOf: AsOf,
  context: RunContext,
  range: EnterpriseRange,
): Promise<ShardResult> {
  compiled.prepare(asOf.asOf);
  const selection = { ...recordSelection(compiled, asOf), otherKinds: [] as string[] };
  selection.otherKinds = (await findRecordKindCodes(store.db)).filter((kind) => !selection.kinds.includes(kind));
  const timings = { readWaitMs: 0, parseMs: 0, evaluateMs: 0, writeWaitMs: 0, bytesRead: 0 };
  const source = evaluateInThread(store, selection, compiled, context, [range], 1, 'all', timings);
  try {
    return await source.next(0);
  } finally {
    await source.close();
  }
}

export async function runEvaluation(store: Store, options: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const db = store.db;
  const published = options.published ?? (await requirePublishedModel(db));
  const { compiled, version } = published;
  const asOf = resolveAsOf(options.asOf);
  compiled.prepare(asOf.asOf); // refuses an as-of date the model cannot evaluate before a run is created
  const modelVersion = `${version.model_id}/${version.version}`;

  const range = await findEnterpriseIdRange(db);
  let run: EvaluationRunRow | undefined = await findUnfinishedRun(db, options.kind, version.id, asOf.asOf);
  const resumedAfter = run ? Number(run.last_enterprise_id) : null;
  // The change marks first, then the enterprises due and their records: a change committed after this read keeps its
  // mark for the next run. Only marks past the cursor: enterprises before it were evaluated by an earlier process.
  // A run as of a past day reads the records as they were then: it neither takes marks nor picks the due enterprises
  // (the marks and changes_on are about the current state), and evaluates everyone.
  const isToday = asOf.recordedBefore === null;
  const marks = isToday ? await findPendingMarks(db, { afterId: resumedAfter ?? 0 }) : { ids: [], marks: [] };
  const dueIds =
    options.kind === 'due' && isToday
      ? await findDueEnterpriseIds(db, { afterId: resumedAfter ?? 0, modelVersionId: version.id, asOf: asOf.asOf })
      : null;
  if (!run) {
    run = await db.transaction().execute(async (trx) => {
      const created = await createEvaluationRun(trx, {
        kind: options.kind,
        modelVersionId: version.id,
        asOf: asOf.asOf,
        operator: options.operator,
        totalEnterprises: dueIds?.length ?? range.count,
      });
      await appendAuditEvent(trx, {
        actor: options.operator,
        action: 'evaluation.run_started',
        subjectType: 'evaluation_run',
        subjectId: String(created.id),
        payload: {
          kind: options.kind,
          modelVersion,
          modelDigest: version.digest,
          asOf: asOf.asOf,
          enterprises: dueIds?.length ?? range.count,
        },
      });
      return created;
    });
  }
  const runId = Number(run.id);
  const progress: RunProgress = {
    runId,
    kind: options.kind,
    total: 0,
    evaluated: Number(run.evaluated),
    stored: Number(run.stored),
    gradeCounts: { ...(run.grade_counts as Record<string, number>) },
    resumedAfter,
  };
  let cursor = Number(run.last_enterprise_id);
  progress.total = progress.evaluated + (dueIds?.length ?? (await countEnterprisesAfter(db, cursor)));

  const shardSize = options.shardSize ?? defaultShardSize();
  const shards = dueIds ? planIdShards(dueIds, shardSize) : planShards(cursor, range.first, range.last, shardSize);
  const selection = { ...recordSelection(compiled, asOf), otherKinds: [] as string[] };
  selection.otherKinds = (await findRecordKindCodes(db)).filter((kind) => !selection.kinds.includes(kind));
  const context: RunContext = { modelVersionId: version.id, runId, reason: REASONS[options.kind], asOf: asOf.asOf };
  const depth = Math.max(1, options.parallelReads ?? (store.engine === 'postgres' ? 2 : 1));
  const timings = { readWaitMs: 0, parseMs: 0, evaluateMs: 0, writeWaitMs: 0, bytesRead: 0 };
  const useWorker = options.worker ?? range.count >= WORKER_THRESHOLD;
  const evaluateShard = useWorker
    ? evaluateInWorker(store, selection, version, context, shards, depth, options.kind, timings)
    : evaluateInThread(store, selection, compiled, context, shards, depth, options.kind, timings);
  let writing: Promise<void> = Promise.resolve();

  try {
    for (let index = 0; index < shards.length; index += 1) {
      const result = await evaluateShard.next(index);
      const shardRange = shards[index];
      const step = { from: cursor, to: shardRange.to, evaluated: result.evaluated, stored: result.stored };
      cursor = shardRange.to;
      const previousWrite = writing;
      const write = (async () => {
        await previousWrite;
        await withCopySession(store, async (session) => {
          if (result.stored > 0) {
            const afterEvaluationId = await findLastEvaluationId(session.trx);
            await copyRowsIn(session, 'evaluations', EVALUATION_COPY_COLUMNS, [result.rows]);
            // Grade changes for subscribers, set-based over the shard just written, in its transaction.
            await publishGradeChanges(session.trx, {
              runId,
              fromEnterpriseId: shardRange.from,
              toEnterpriseId: shardRange.to,
              afterEvaluationId,
            });
          }
          for (const [grade, count] of Object.entries(result.gradeCounts))
            progress.gradeCounts[grade] = (progress.gradeCounts[grade] ?? 0) + count;
          const advanced = await advanceEvaluationRun(session.trx, runId, {
            ...step,
            gradeCounts: progress.gradeCounts,
          });
          if (!advanced)
            throw new AppError('CONFLICT', `评价任务 ${runId} 正由另一个进程执行（进度已被推进），本进程停止`);
        });
        progress.evaluated += step.evaluated;
        progress.stored += step.stored;
        options.onProgress?.({ ...progress, gradeCounts: { ...progress.gradeCounts } });
      })();
      write.catch(() => {});
      writing = write;
      // At most one write waits behind the evaluation: memory stays bounded and errors surface one shard late at most.
      const waited = performance.now();
      await previousWrite;
      timings.writeWaitMs += performance.now() - waited;
    }
    const waited = performance.now();
    await writing;
    timings.writeWaitMs += performance.now() - waited;
  } finally {
    await evaluateShard.close();
  }

  await db.transaction().execute(async (trx) => {
    await finishEvaluationRun(trx, runId);
    await clearPendingMarks(trx, marks);
    await appendAuditEvent(trx, {
      actor: options.operator,
      action: 'evaluation.run_finished',
      subjectType: 'evaluation_run',
      subjectId: String(runId),
      payload: {
        kind: options.kind,
        modelVersion,
        asOf: asOf.asOf,
        evaluated: progress.evaluated,
        stored: progress.stored,
        gradeCounts: progress.gradeCounts,
        resumedAfter,
      },
    });
  });
  const round = (value: number) => Math.round(value);
  return {
    ...progress,
    modelVersion,
    asOf: asOf.asOf,
    grades: compiled.model.grades.map((row) => ({ grade: row.grade, label: row.label })),
    seconds: Math.round((performance.now() - started) / 10) / 100,
    timings: {
      readWaitMs: round(timings.readWaitMs),
      parseMs: round(timings.parseMs),
      evaluateMs: round(timings.evaluateMs),
      writeWaitMs: round(timings.writeWaitMs),
      bytesRead: timings.bytesRead,
    },
  };
}
