import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { EvaluationRunTable, ModelVersionTable, RecordTable } from './database.ts';
import type { Executor } from './executor.ts';
import type { EngineRecordColumn } from './record.repository.ts';

/**
 * Model versions, evaluation runs and stored evaluations, plus the reads that feed the engine for a few
 * enterprises at a time. The full re-evaluation reads and writes with COPY instead (services/evaluation).
 */

export type ModelVersionRow = Selectable<ModelVersionTable>;
export type EvaluationRunRow = Selectable<EvaluationRunTable>;

// ---------------------------------------------------------------------------------------------------------------
// Model versions

export async function findPublishedModelVersion(db: Executor): Promise<ModelVersionRow | undefined> {
  return db.selectFrom('model_versions').selectAll().where('status', '=', 'published').executeTakeFirst();
}

/**
 * The version the given published one replaced: the one retired last, no later than it was published (publishing
 * retires the previous version in the same transaction). undefined for the first version ever published.
 */
export async function findReplacedModelVersion(
  db: Executor,
  published: ModelVersionRow,
): Promise<ModelVersionRow | undefined> {
  if (published.published_at === null) return undefined;
  return (
    db
      .selectFrom('model_versions')
      .selectAll()
      .where('id', '!=', published.id)
      .where('retired_at', 'is not', null)
      // Compared in SQL: the timestamps carry microseconds a JS Date would drop.
      .where('retired_at', '<=', (eb) =>
        eb
          .selectFrom('model_versions as published')
          .select('published.published_at')
          .where('published.id', '=', published.id),
      )
      .orderBy('retired_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst()
  );
}

export async function findModelVersionById(db: Executor, id: number): Promise<ModelVersionRow | undefined> {
  return db.selectFrom('model_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findModelVersion(
  db: Executor,
  key: { modelId: string; version: string; digest: string },
): Promise<ModelVersionRow | undefined> {
  return db
    .selectFrom('model_versions')
    .selectAll()
    .where('model_id', '=', key.modelId)
    .where('version', '=', key.version)
    .where('digest', '=', key.digest)
    .executeTakeFirst();
}

/** The row of a version name that was ever published (published now, retired, or simulated again since), whatever its digest. */
export async function findFrozenModelVersion(
  db: Executor,
  modelId: string,
  version: string,
): Promise<ModelVersionRow | undefined> {
  return db
    .selectFrom('model_versions')
    .selectAll()
    .where('model_id', '=', modelId)
    .where('version', '=', version)
    .where('published_at', 'is not', null)
    .executeTakeFirst();
}

export async function insertModelVersion(
  trx: Executor,
  values: {
    modelId: string;
    version: string;
    digest: string;
    title: string;
    dir: string;
    status: 'draft' | 'simulated';
  },
): Promise<ModelVersionRow> {
  return trx
    .insertInto('model_versions')
    .values({
      model_id: values.modelId,
      version: values.version,
      digest: values.digest,
      title: values.title,
      dir: values.dir,
      status: values.status,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function recordSimulation(
  trx: Executor,
  id: number,
  values: { dir: string; operator: string; summary: unknown },
): Promise<void> {
  await trx
    .updateTable('model_versions')
    .set({
      status: 'simulated',
      dir: values.dir,
      simulated_at: sql<Date>`now()`,
      simulated_by: values.operator,
      simulation: JSON.stringify(values.summary),
    })
    .where('id', '=', id)
    .execute();
}

export async function markModelVersionPublished(trx: Executor, id: number, operator: string): Promise<void> {
  await trx
    .updateTable('model_versions')
    .set({ status: 'published', published_at: sql<Date>`now()`, published_by: operator, retired_at: null })
    .where('id', '=', id)
    .execute();
}

export async function markModelVersionRetired(trx: Executor, id: number): Promise<void> {
  await trx
    .updateTable('model_versions')
    .set({ status: 'retired', retired_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------------------------------------------------------
// Runs

export type RunKind = 'all' | 'due' | 'publish';

export async function createEvaluationRun(
  trx: Executor,
  values: { kind: RunKind; modelVersionId: number; asOf: string; operator: string; totalEnterprises: number },
): Promise<EvaluationRunRow> {
  return trx
    .insertInto('evaluation_runs')
    .values({
      kind: values.kind,
      model_version_id: values.modelVersionId,
      as_of: values.asOf,
      status: 'running',
      operator: values.operator,
      total_enterprises: values.totalEnterprises,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A run of this kind, version and as-of date that was started and never finished (killed): the one to resume. */
export async function findUnfinishedRun(
  db: Executor,
  kind: RunKind,
  modelVersionId: number,
  asOf: string,
): Promise<EvaluationRunRow | undefined> {
  return db
    .selectFrom('evaluation_runs')
    .selectAll()
    .where('status', '=', 'running')
    .where('kind', '=', kind)
    .where('model_version_id', '=', modelVersionId)
    .where('as_of', '=', asOf)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The latest runs with their model version's id, number and title, newest first, at most `limit`. */
export async function listLatestEvaluationRuns(db: Executor, limit: number) {
  return db
    .selectFrom('evaluation_runs as r')
    .innerJoin('model_versions as m', 'm.id', 'r.model_version_id')
    .select([
      'r.id',
      'r.kind',
      'r.as_of',
      'r.status',
      'r.operator',
      'r.total_enterprises',
      'r.evaluated',
      'r.stored',
      'r.grade_counts',
      'r.started_at',
      'r.finished_at',
      'm.model_id',
      'm.version',
      'm.title',
    ])
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
}

export async function findEvaluationRun(db: Executor, id: number): Promise<EvaluationRunRow | undefined> {
  return db.selectFrom('evaluation_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves a run's cursor past a shard, in the shard's transaction. Returns false (and changes nothing) when the cursor
 * is no longer where this writer left it: another process is working on the same run.
 */
export async function advanceEvaluationRun(
  trx: Executor,
  runId: number,
  step: { from: number; to: number; evaluated: number; stored: number; gradeCounts: Record<string, number> },
): Promise<boolean> {
  const result = await trx
    .updateTable('evaluation_runs')
    .set({
      last_enterprise_id: step.to,
      evaluated: sql<number>`evaluated + ${step.evaluated}`,
      stored: sql<number>`stored + ${step.stored}`,
      grade_counts: JSON.stringify(step.gradeCounts),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', runId)
    .where('last_enterprise_id', '=', step.from)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishEvaluationRun(trx: Executor, runId: number): Promise<EvaluationRunRow> {
  return trx
    .updateTable('evaluation_runs')
    .set({ status: 'finished', finished_at: sql<Date>`now()`, updated_at: sql<Date>`now()` })
    .where('id', '=', runId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

// ---------------------------------------------------------------------------------------------------------------
// Enterprises to evaluate

export async function findEnterpriseIdRange(db: Executor): Promise<{ first: number; last: number; count: number }> {
  const row = await db
    .selectFrom('enterprises')
    .select((eb) => [
      eb.fn.min<number>('id').as('first'),
      eb.fn.max<number>('id').as('last'),
      eb.fn.countAll<number>().as('count'),
    ])
    .executeTakeFirstOrThrow();
  return { first: Number(row.first ?? 0), last: Number(row.last ?? 0), count: Number(row.count) };
}

export async function countEnterprisesAfter(db: Executor, afterId: number): Promise<number> {
  const row = await db
    .selectFrom('enterprises')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('id', '>', afterId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface EnterpriseAttributes {
  id: number;
  uscc: string;
  registered_on: string | null;
  status: string;
  industry_code: string | null;
  tiers: string[];
}

export async function findEnterprisesForEvaluation(db: Executor, ids: number[]): Promise<EnterpriseAttributes[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('enterprises')
    .select(['id', 'uscc', 'registered_on', 'status', 'industry_code', 'tiers'])
    .where('id', '=', sql<number>`any(${sql.val(ids)}::bigint[])`)
    .orderBy('id')
    .execute();
}

export async function findEnterpriseIdsByUscc(db: Executor, codes: string[]): Promise<Map<string, number>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('enterprises').select(['id', 'uscc']).where('uscc', 'in', codes).execute();
  return new Map(rows.map((row) => [row.uscc, row.id]));
}

// ---------------------------------------------------------------------------------------------------------------
// Records as the engine reads them

export type EvaluationRecordRow = Pick<Selectable<RecordTable>, 'enterprise_id' | EngineRecordColumn> & {
  reported_status: string | null;
};

export interface RecordSelection {
  /** The kinds the model reads; records of other kinds are no input. */
  kinds: string[];
  /** kind → `fields` key holding the department's own status (engine reportedStatusFieldKeys). */
  reportedStatusKeys: Map<string, string>;
  /**
   * null: the current state of every record. Otherwise the state in force at this instant (a timestamptz literal,
   * microseconds kept): the latest version of each record recorded before it (a version recorded later is not used,
   * a record first recorded later is absent).
   */
  recordedBefore: string | null;
  /**
   * Every other kind records can have (record_kinds minus `kinds`), when known: the full read then filters with
   * `kind <> all(…)`, which selects the same rows (records.kind references record_kinds) for less work per row.
   */
  otherKinds?: string[];
}

/** SQL text (literals inlined, for COPY, which takes no parameters) of the department's own status of a record. */
export function reportedStatusSql(keys: Map<string, string>, alias: string): string {
  if (keys.size === 0) return 'null::text';
  // A jsonb lookup with a constant key in the branch of each kind that has a status field; other kinds touch no jsonb.
  // (One lookup whose key was a CASE cost about 7% more of the server's time per row in a full read.)
  const branches = [...keys].map(
    ([kind, key]) => `when ${quoteLiteral(kind)} then ${alias}.fields ->> ${quoteLiteral(key)}`,
  );
  return `(case ${alias}.kind ${branches.join(' ')} end)`;
}

function kindFilterSql(selection: RecordSelection, column: string): string {
  const others = selection.otherKinds;
  if (others && others.length < selection.kinds.length) {
    return others.length === 0 ? 'true' : `${column} <> all(array[${others.map(quoteLiteral).join(', ')}])`;
  }
  return `${column} in (${selection.kinds.map(quoteLiteral).join(', ')})`;
}

/** A date column as itself, or as days since 1970-01-01 (the engine's day numbers: cheaper to print and to parse). */
function dateSql(column: string, asDayNumber: boolean): string {
  return asDayNumber ? `${column} - date '1970-01-01'` : column;
}

export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Which enterprises a read covers: a range of ids (a shard of a run) or a list of ids. */
export type EnterpriseScope = { from: number; to: number } | { ids: number[] };

/** The condition on an enterprise id column, literals inlined. */
export function enterpriseScopeSql(scope: EnterpriseScope, column: string): string {
  if ('ids' in scope) {
    const ids = scope.ids.map(Number).filter(Number.isSafeInteger);
    return `${column} = any('{${ids.join(',')}}'::bigint[])`;
  }
  return `${column} between ${Math.trunc(scope.from)} and ${Math.trunc(scope.to)}`;
}

/**
 * The SELECT (literals inlined, usable inside COPY) of every input record of the enterprises in scope, in the column
 * order of EvaluationRecordRow; with `dayNumbers`, occurred_on and ends_on as days since 1970-01-01. Rows come in no
 * particular order.
 */
export function evaluationRecordsSql(
  selection: RecordSelection,
  scope: EnterpriseScope,
  options: { dayNumbers?: boolean } = {},
): string {
  const days = options.dayNumbers ?? false;
  if (selection.recordedBefore === null) {
    return `select r.enterprise_id, r.id, r.version, r.content_hash, r.kind, r.status, ${dateSql('r.occurred_on', days)}, ${dateSql('r.ends_on', days)},
      r.level, r.subtype, r.grade, r.amount, r.quantity, r.department_code, ${reportedStatusSql(selection.reportedStatusKeys, 'r')} as reported_status
      from records r where ${enterpriseScopeSql(scope, 'r.enterprise_id')} and ${kindFilterSql(selection, 'r.kind')}`;
  }
  // The version in force at the instant: the latest recorded before it, whichever enterprise it names (a record a
  // correction moved to another enterprise belongs to the one its version in force names). AMBIGUITY: the kind and
  // the department are read from the record's current state (record_versions does not keep them; the kind never
  // changes, the department practically never).
  const before = quoteLiteral(selection.recordedBefore);
  return `select v.enterprise_id, v.record_id as id, v.version, v.content_hash, v.kind, v.status, ${dateSql('v.occurred_on', days)}, ${dateSql('v.ends_on', days)},
      v.level, v.subtype, v.grade, v.amount, v.quantity, v.department_code, ${reportedStatusSql(selection.reportedStatusKeys, 'v')} as reported_status
    from (
      select distinct on (h.record_id) h.*, r.kind, r.department_code
      from record_versions h join records r on r.id = h.record_id
      where h.record_id in (select w.record_id from record_versions w where ${enterpriseScopeSql(scope, 'w.enterprise_id')})
        and h.recorded_at < ${before}::timestamptz and ${kindFilterSql(selection, 'r.kind')}
      order by h.record_id, h.version desc
    ) v where ${enterpriseScopeSql(scope, 'v.enterprise_id')}`;
}

/** Every kind records may have (the catalog's mirror in the database). */
export async function findRecordKindCodes(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('record_kinds').select('code').orderBy('code').execute();
  return rows.map((row) => row.code);
}

/** Every input record of a few enterprises, ordered by enterprise then record id. */
export async function findEvaluationRecords(
  db: Executor,
  enterpriseIds: number[],
  selection: RecordSelection,
): Promise<EvaluationRecordRow[]> {
  if (enterpriseIds.length === 0 || selection.kinds.length === 0) return [];
  const select = evaluationRecordsSql(selection, { ids: enterpriseIds });
  const result =
    await sql<EvaluationRecordRow>`select * from (${sql.raw(select)}) x order by enterprise_id, id`.execute(db);
  return result.rows;
}

// ---------------------------------------------------------------------------------------------------------------
// Stored evaluations

export interface EvaluationValues {
  enterpriseId: number;
  modelVersionId: number;
  runId: number | null;
  /** Why it was evaluated: evaluate (asked for), import, repair, all, due, publish. */
  reason: string;
  asOf: string;
  score: number;
  grade: string;
  vetoes: string[] | null;
  dimensionScores: Float32Array;
  indicatorPoints: Float32Array;
  fingerprint: string;
  resultHash: number;
  /** The first day the result could change with the same inputs (YYYY-MM-DD), or 'infinity'. */
  changesOn: string;
}

/** Column order of an evaluation row in COPY (see encodeEvaluationCopyRow in the services). */
export const EVALUATION_COPY_COLUMNS = [
  'enterprise_id',
  'model_version_id',
  'run_id',
  'reason',
  'as_of',
  'score',
  'grade',
  'vetoes',
  'dimension_scores',
  'indicator_points',
  'fingerprint',
  'result_hash',
  'changes_on',
] as const;

function float32Bytes(values: Float32Array): Buffer {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength);
}

/**
 * The highest evaluation id stored so far (0 when none), read before a run writes a shard: the shard's evaluations
 * then have higher ids, since ids come from the identity sequence after this row's id was taken.
 */
export async function findLastEvaluationId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('evaluations')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Stores a few evaluations (one statement); returns their ids in the same order. */
export async function insertEvaluations(db: Executor, rows: EvaluationValues[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('evaluations')
    .values(
      rows.map((row) => ({
        enterprise_id: row.enterpriseId,
        model_version_id: row.modelVersionId,
        run_id: row.runId,
        reason: row.reason,
        as_of: row.asOf,
        score: row.score,
        grade: row.grade,
        vetoes: row.vetoes,
        dimension_scores: float32Bytes(row.dimensionScores),
        indicator_points: float32Bytes(row.indicatorPoints),
        fingerprint: row.fingerprint,
        result_hash: row.resultHash,
        changes_on: row.changesOn,
      })),
    )
    .returning('id')
    .execute();
  return inserted.map((row) => row.id);
}

export interface StoredEvaluation {
  id: number;
  enterprise_id: number;
  uscc: string;
  model_version_id: number;
  run_id: number | null;
  reason: string;
  as_of: string;
  score: number;
  grade: string;
  vetoes: string[] | null;
  dimension_scores: Float32Array;
  indicator_points: Float32Array;
  fingerprint: string;
  result_hash: number;
  evaluated_at: Date;
}

function toFloat32(bytes: Uint8Array): Float32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}

function selectStored(db: Executor) {
  return db
    .selectFrom('evaluations as v')
    .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
    .select([
      'v.id',
      'v.enterprise_id',
      'e.uscc',
      'v.model_version_id',
      'v.run_id',
      'v.reason',
      'v.as_of',
      'v.score',
      'v.grade',
      'v.vetoes',
      'v.dimension_scores',
      'v.indicator_points',
      'v.fingerprint',
      'v.result_hash',
      'v.evaluated_at',
    ]);
}

function decodeStored(
  row: Awaited<ReturnType<ReturnType<typeof selectStored>['executeTakeFirstOrThrow']>>,
): StoredEvaluation {
  return {
    ...row,
    score: Number(row.score),
    result_hash: Number(row.result_hash),
    dimension_scores: toFloat32(row.dimension_scores),
    indicator_points: toFloat32(row.indicator_points),
  };
}

/**
 * The instant an evaluation's inputs must have been recorded before: the end of its as-of day, or the evaluation
 * itself if earlier — exact to the microsecond, as text (a JS Date would round it to the millisecond).
 */
export async function findEvaluationCutoff(
  db: Executor,
  id: number,
  endOfAsOfDay: string,
): Promise<string | undefined> {
  const row = await sql<{
    cutoff: string;
  }>`select least(evaluated_at, ${endOfAsOfDay}::timestamptz)::text as cutoff from evaluations where id = ${id}`.execute(
    db,
  );
  return row.rows[0]?.cutoff;
}

export async function findEvaluation(db: Executor, id: number): Promise<StoredEvaluation | undefined> {
  const row = await selectStored(db).where('v.id', '=', id).executeTakeFirst();
  return row ? decodeStored(row) : undefined;
}

/** The enterprise's current evaluation: the latest as-of date, the latest stored among equals. */
export async function findCurrentEvaluation(db: Executor, enterpriseId: number): Promise<StoredEvaluation | undefined> {
  const row = await selectStored(db)
    .where('v.enterprise_id', '=', enterpriseId)
    .orderBy('v.as_of', 'desc')
    .orderBy('v.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? decodeStored(row) : undefined;
}

export interface CurrentGrade {
  enterprise_id: number;
  grade: string;
  score: number;
  as_of: string;
  model_version_id: number;
}

/** The current grade of each of the given enterprises (those never evaluated are absent). */
export async function findCurrentGrades(db: Executor, enterpriseIds: number[]): Promise<Map<number, CurrentGrade>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await sql<CurrentGrade>`
    select distinct on (enterprise_id) enterprise_id, grade, score, as_of, model_version_id
    from evaluations where enterprise_id = any(${sql.val(enterpriseIds)}::bigint[])
    order by enterprise_id, as_of desc, id desc`.execute(db);
  return new Map(
    rows.rows.map((row) => [
      Number(row.enterprise_id),
      { ...row, enterprise_id: Number(row.enterprise_id), score: Number(row.score) },
    ]),
  );
}

/**
 * The grade each of the given enterprises held on a date: its latest evaluation as of that date or earlier (the
 * latest stored among equals); those not evaluated by then are absent.
 */
export async function findGradesAsOf(
  db: Executor,
  enterpriseIds: readonly number[],
  asOf: string,
): Promise<Map<number, CurrentGrade>> {
  if (enterpriseIds.length === 0) return new Map();
  const rows = await sql<CurrentGrade>`
    select distinct on (enterprise_id) enterprise_id, grade, score, as_of, model_version_id
    from evaluations where enterprise_id = any(${sql.val([...enterpriseIds])}::bigint[]) and as_of <= ${asOf}::date
    order by enterprise_id, as_of desc, id desc`.execute(db);
  return new Map(
    rows.rows.map((row) => [
      Number(row.enterprise_id),
      { ...row, enterprise_id: Number(row.enterprise_id), score: Number(row.score) },
    ]),
  );
}

/** SQL for the current grade of the enterprise `enterprises.id` (a correlated subquery for listings). */
export function currentGradeSubquery(enterpriseIdColumn: string) {
  return sql<
    string | null
  >`(select ev.grade from evaluations ev where ev.enterprise_id = ${sql.ref(enterpriseIdColumn)} order by ev.as_of desc, ev.id desc limit 1)`;
}

/**
 * The current evaluation of the enterprise `enterpriseIdColumn` names (its latest as-of date, the latest stored among
 * equals, as evaluations_current orders them), as a subquery to join laterally: `left join lateral ${…} v on true`.
 * Columns: grade, score, as_of, model_version_id.
 */
export function currentEvaluationLateral(enterpriseIdColumn: string) {
  return sql`(select ev.grade, ev.score, ev.as_of, ev.model_version_id from evaluations ev
    where ev.enterprise_id = ${sql.ref(enterpriseIdColumn)} order by ev.as_of desc, ev.id desc limit 1)`;
}

export interface EnterpriseCurrentGradeRow {
  uscc: string;
  name: string;
  grade: string | null;
  score: number | null;
  as_of: string | null;
  /** `model_id/version` of the model that gave the grade. */
  model_version: string | null;
}

/**
 * One enterprise by USCC with its current grade (nulls until evaluated), in one statement that the unique USCC index
 * and the evaluations_current index (grade, score and model version included) answer without reading evaluation rows.
 */
export async function findEnterpriseCurrentGrade(
  db: Executor,
  uscc: string,
): Promise<EnterpriseCurrentGradeRow | undefined> {
  const result = await sql<EnterpriseCurrentGradeRow>`
    select e.uscc, e.name, v.grade, v.score, v.as_of, m.model_id || '/' || m.version as model_version
    from enterprises e
    left join lateral ${currentEvaluationLateral('e.id')} v on true
    left join model_versions m on m.id = v.model_version_id
    where e.uscc = ${uscc}`.execute(db);
  const row = result.rows[0];
  return row && { ...row, score: row.score === null ? null : Number(row.score) };
}

/** An enterprise's current grade as a backup must reproduce it. */
export interface CurrentGradeRow {
  uscc: string;
  grade: string;
  score: number;
  as_of: string;
}

/** The current grade, score and as-of date of every evaluated enterprise, in USCC order. */
export async function listCurrentGrades(db: Executor): Promise<CurrentGradeRow[]> {
  const { rows } = await sql<CurrentGradeRow>`
    select e.uscc, c.grade, c.score, c.as_of from (
      select distinct on (enterprise_id) enterprise_id, grade, score, as_of from evaluations
      order by enterprise_id, as_of desc, id desc
    ) c join enterprises e on e.id = c.enterprise_id order by e.uscc`.execute(db);
  return rows;
}

/** A page of the evaluated enterprises after an enterprise id (keyset), with their current grade and its model. */
export async function listCurrentGradesAfter(
  db: Executor,
  afterId: number,
  limit: number,
): Promise<GradedEnterpriseRow[]> {
  const { rows } = await sql<GradedEnterpriseRow>`
    select e.id, e.uscc, e.name, v.grade, v.score, v.as_of, m.model_id || '/' || m.version as model_version
    from enterprises e
    cross join lateral ${currentEvaluationLateral('e.id')} v
    join model_versions m on m.id = v.model_version_id
    where e.id > ${afterId} order by e.id limit ${limit}`.execute(db);
  return rows;
}

/** An evaluated enterprise with its current grade and the model (`model_id/version`) that gave it. */
export interface GradedEnterpriseRow {
  id: number;
  uscc: string;
  name: string;
  grade: string;
  score: number;
  as_of: string;
  model_version: string;
}

/**
 * The enterprises with a current grade that match `where` (SQL over `e`, the enterprise, and `cur`, its current
 * evaluation), by name then USCC: how many, and one page of them.
 */
export async function pageEnterprisesWithCurrentGrade(
  db: Executor,
  where: RawBuilder<unknown>,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: Array<{ uscc: string; name: string; grade: string; as_of: string }> }> {
  const from = sql`from enterprises e
    join lateral ${currentEvaluationLateral('e.id')} cur on true
    where ${where}`;
  const [counted, rows] = await Promise.all([
    sql<{ total: number }>`select count(*) as total ${from}`.execute(db),
    sql<{
      uscc: string;
      name: string;
      grade: string;
      as_of: string;
    }>`select e.uscc, e.name, cur.grade, cur.as_of ${from} order by e.name, e.uscc limit ${page.limit} offset ${page.offset}`.execute(
      db,
    ),
  ]);
  return { total: Number(counted.rows[0]?.total ?? 0), rows: rows.rows };
}

/** The SELECT (for COPY) of the current result hash and model version of the enterprises in scope. */
export function currentResultsSql(scope: EnterpriseScope): string {
  // changes_on as a day number: 0 (1970-01-01, long past) when unknown (stored before the column), the largest int4
  // for 'infinity'.
  return `select distinct on (enterprise_id) enterprise_id, model_version_id, result_hash,
      case when changes_on is null then 0 when isfinite(changes_on) then changes_on - date '1970-01-01' else 2147483647 end
    from evaluations
    where ${enterpriseScopeSql(scope, 'enterprise_id')} order by enterprise_id, as_of desc, id desc`;
}

/**
 * The enterprises after `afterId` the daily run evaluates as of `asOf`, ascending: those without a current evaluation
 * by the model version, or whose current one may have changed by that day (its changes_on has come, or is unknown,
 * or it is dated later), or whose records or attributes changed since (evaluation_pending). Every other enterprise's
 * current evaluation holds on that day with the same inputs.
 */
export async function findDueEnterpriseIds(
  db: Executor,
  input: { afterId: number; modelVersionId: number; asOf: string },
): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    select e.id from enterprises e
    left join lateral (
      select v.model_version_id, v.as_of, v.changes_on from evaluations v
      where v.enterprise_id = e.id order by v.as_of desc, v.id desc limit 1
    ) c on true
    where e.id > ${input.afterId} and (
      c.model_version_id is distinct from ${input.modelVersionId} or c.changes_on is null
      or c.changes_on <= ${input.asOf}::date or c.as_of > ${input.asOf}::date
      or exists (select 1 from evaluation_pending p where p.enterprise_id = e.id))
    order by e.id`.execute(db);
  return rows.rows.map((row) => Number(row.id));
}

/** The enterprises marked as changed (evaluation_pending), with their marks: after an id, or among a few. */
export async function findPendingMarks(
  db: Executor,
  scope: { afterId: number } | { ids: number[] },
): Promise<{ ids: number[]; marks: number[] }> {
  if ('ids' in scope && scope.ids.length === 0) return { ids: [], marks: [] };
  const rows = await db
    .selectFrom('evaluation_pending')
    .select(['enterprise_id', 'mark'])
    .where((eb) =>
      'ids' in scope
        ? eb('enterprise_id', '=', sql<number>`any(${sql.val(scope.ids)}::bigint[])`)
        : eb('enterprise_id', '>', scope.afterId),
    )
    .execute();
  return { ids: rows.map((row) => Number(row.enterprise_id)), marks: rows.map((row) => Number(row.mark)) };
}

/**
 * Removes the marks a run read before it read the records of their enterprises and evaluated them all: a mark
 * renewed since (a later change) keeps its new number and stays for the next run.
 */
export async function clearPendingMarks(db: Executor, read: { ids: number[]; marks: number[] }): Promise<void> {
  if (read.ids.length === 0) return;
  await sql`delete from evaluation_pending p using unnest(${sql.val(read.ids)}::bigint[], ${sql.val(read.marks)}::bigint[]) as r(enterprise_id, mark)
    where p.enterprise_id = r.enterprise_id and p.mark = r.mark`.execute(db);
}

/** How many enterprises currently hold each grade (their latest evaluation). */
export async function countCurrentGrades(db: Executor): Promise<Record<string, number>> {
  const rows = await sql<{ grade: string; count: number }>`
    select grade, count(*) as count from (
      select distinct on (enterprise_id) grade from evaluations order by enterprise_id, as_of desc, id desc
    ) current group by grade order by grade`.execute(db);
  return Object.fromEntries(rows.rows.map((row) => [row.grade, Number(row.count)]));
}

/** The enterprises a run stored an evaluation for (a daily run: those whose result changed), ascending. */
export async function findEnterprisesEvaluatedByRun(db: Executor, runId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('evaluations')
    .select('enterprise_id')
    .distinct()
    .where('run_id', '=', runId)
    .orderBy('enterprise_id')
    .execute();
  return rows.map((row) => Number(row.enterprise_id));
}

/**
 * The enterprises an import batch touched: those its record versions name, and those the records named before
 * (a corrected USCC moves a record from one enterprise to another: both change).
 */
export async function findEnterprisesTouchedByBatch(db: Executor, batchId: number): Promise<number[]> {
  // The batch's versions are read once by the batch index, and each one's previous version by the primary key (the
  // lateral `limit 1` keeps that a lookup). Written as a plain self-join, the plan depended on the statistics: on the
  // 1 M benchmark store it took about 34 ms per call in one run (twice per pushed record: 96 ms per one-record
  // import, median) and 0.05 ms in the next.
  const rows = await sql<{ enterprise_id: number }>`
    with v as materialized (select record_id, version, enterprise_id from record_versions where batch_id = ${batchId})
    select v.enterprise_id from v
    union
    select p.enterprise_id from v cross join lateral (
      select enterprise_id from record_versions p where p.record_id = v.record_id and p.version = v.version - 1 limit 1
    ) p
    order by 1`.execute(db);
  return rows.rows.map((row) => Number(row.enterprise_id));
}

export type RecordState = Pick<
  Selectable<RecordTable>,
  'kind' | 'department_code' | 'status' | 'occurred_on' | 'ends_on' | 'level' | 'subtype' | 'amount'
> & { violation_type: string | null };

/** A record's current columns, as its publicity window needs them. */
export async function findRecordState(db: Executor, id: number): Promise<RecordState | undefined> {
  return db
    .selectFrom('records')
    .select([
      'kind',
      'department_code',
      'status',
      'occurred_on',
      'ends_on',
      'level',
      'subtype',
      'amount',
      sql<string | null>`fields->>'violation_type'`.as('violation_type'),
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}
