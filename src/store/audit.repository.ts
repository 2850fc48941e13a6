import { sql, type Insertable, type Selectable, type Transaction } from 'kysely';
import type { AuditCheckpointTable, AuditEventTable, Database } from './database.ts';
import type { Executor } from './executor.ts';

/**
 * The SQL of the audit trail: `audit_events` (the hash chain), `audit_heads` (its one-row head) and
 * `audit_checkpoints` (signed daily heads). Hashing, chaining and verification are use cases in `services/audit/`;
 * this file only reads and writes rows (ARCHITECTURE.md, Audit trail).
 */

export type AuditEventRow = Selectable<AuditEventTable>;
export type AuditCheckpointRow = Selectable<AuditCheckpointTable>;

export interface AuditHead {
  seq: number;
  hash: string;
}

// Any constant works; it only has to be the same for every writer of the trail.
const AUDIT_LOCK_KEY = 7_263_001;

/** Serialises writers of the trail until the caller's transaction ends, so the chain never forks. */
export async function lockAuditChain(trx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
}

/** The chain head (seq and hash of the last event the platform wrote), or undefined when the row is gone. */
export async function readAuditHead(db: Executor): Promise<AuditHead | undefined> {
  return db.selectFrom('audit_heads').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
}

/** Inserts one event and moves the head to it, in the caller's transaction (which holds lockAuditChain). */
export async function writeAuditEvent(trx: Transaction<Database>, event: Insertable<AuditEventTable>): Promise<void> {
  await trx.insertInto('audit_events').values(event).execute();
  await trx
    .updateTable('audit_heads')
    .set({ seq: event.seq, hash: event.hash, updated_at: event.occurred_at })
    .where('id', '=', 1)
    .execute();
}

/** What the audit console filters the trail by; every condition is optional. */
export interface AuditEventFilter {
  action?: string;
  /** Part of the actor, case-insensitive. */
  actorPart?: string;
  subjectType?: string;
  subjectId?: string;
  /** occurred_at ≥ from and < before. */
  from?: Date;
  before?: Date;
}

/** One page of the trail, newest first, with the number of events the filter matches. */
export async function listAuditEventRows(
  db: Executor,
  filter: AuditEventFilter,
  page: { limit: number; offset?: number; beforeSeq?: number },
): Promise<{ total: number; rows: AuditEventRow[] }> {
  let base = db.selectFrom('audit_events');
  if (filter.action) base = base.where('action', '=', filter.action);
  if (filter.actorPart)
    base = base.where('actor', 'ilike', `%${filter.actorPart.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
  if (filter.subjectType) base = base.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) base = base.where('subject_id', '=', filter.subjectId);
  if (filter.from) base = base.where('occurred_at', '>=', filter.from);
  if (filter.before) base = base.where('occurred_at', '<', filter.before);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  let query = base.selectAll().orderBy('seq', 'desc').limit(page.limit);
  if (page.beforeSeq !== undefined) query = query.where('seq', '<', page.beforeSeq);
  if (page.offset) query = query.offset(page.offset);
  return { total: Number(total), rows: await query.execute() };
}

/** One event by its seq. */
export async function findAuditEventRow(db: Executor, seq: number): Promise<AuditEventRow | undefined> {
  return db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirst();
}

/** Up to `limit` events after `afterSeq`, in seq order: one page of a walk over the whole trail. */
export async function readAuditEventsAfter(db: Executor, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
  return db.selectFrom('audit_events').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

/** The hash algorithm of the event at `seq`, or undefined when there is no such event. */
export async function findAuditEventHashAlgorithm(db: Executor, seq: number): Promise<string | undefined> {
  return (await db.selectFrom('audit_events').select('hash_algorithm').where('seq', '=', seq).executeTakeFirst())
    ?.hash_algorithm;
}

/** The payload of the latest event with this action, or undefined when there is none. */
export async function findLatestAuditPayload(db: Executor, action: string): Promise<unknown> {
  return (
    await db
      .selectFrom('audit_events')
      .select('payload')
      .where('action', '=', action)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
  )?.payload;
}

/**
 * How many answers of the 资源挂接 decision API (`measures.queried` events) named each measure: the event's payload
 * lists the codes of the measures answered (find-applicable-measures.ts).
 */
export async function countMeasuresAnswered(db: Executor): Promise<Map<string, number>> {
  const rows = await sql<{ code: string; answers: number }>`
    select m.code, count(*)::int as answers
    from audit_events e cross join lateral jsonb_array_elements_text(e.payload -> 'measures') as m(code)
    where e.action = 'measures.queried' and jsonb_typeof(e.payload -> 'measures') = 'array'
    group by m.code`.execute(db);
  return new Map(rows.rows.map((row) => [row.code, Number(row.answers)]));
}

/**
 * The first record whose current state differs from its latest version (or has no such version), with the seq of
 * the import event of its batch. `records` is updated in place and has no trigger, so an edit there shows here.
 */
export async function findFirstRecordDrift(
  db: Executor,
): Promise<{ id: number; version: number; batch_id: number | null; seq: number | null } | undefined> {
  const result = await sql<{ id: number; version: number; batch_id: number | null; seq: number | null }>`
    select r.id, r.version, r.batch_id,
      (select e.seq from audit_events e where e.action = 'import.committed' and e.subject_id = r.batch_id::text) as seq
    from records r left join record_versions v on v.record_id = r.id and v.version = r.version
    where v.record_id is null
      or (r.enterprise_id, r.status, r.occurred_on, r.ends_on, r.level, r.subtype, r.grade, r.amount, r.quantity, r.fields,
          r.content_hash, r.batch_id, r.source_row)
        is distinct from
         (v.enterprise_id, v.status, v.occurred_on, v.ends_on, v.level, v.subtype, v.grade, v.amount, v.quantity, v.fields,
          v.content_hash, v.batch_id, v.source_row)
    order by r.id
    limit 1`.execute(db);
  return result.rows[0];
}

/** The checkpoint made on a district day, if any. */
export async function findAuditCheckpointOn(db: Executor, madeOn: string): Promise<AuditCheckpointRow | undefined> {
  return db.selectFrom('audit_checkpoints').selectAll().where('made_on', '=', madeOn).executeTakeFirst();
}

/** Stores a checkpoint; the unique day refuses a second one for the same day. */
export async function insertAuditCheckpoint(
  db: Executor,
  checkpoint: Insertable<AuditCheckpointTable>,
): Promise<AuditCheckpointRow> {
  return db.insertInto('audit_checkpoints').values(checkpoint).returningAll().executeTakeFirstOrThrow();
}

/** One page of checkpoints, newest first, with their total number. */
export async function listAuditCheckpointRows(
  db: Executor,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: AuditCheckpointRow[] }> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .orderBy('made_on', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const total = await db
    .selectFrom('audit_checkpoints')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return { total: Number(total.count), rows };
}
