import { sql, type Transaction } from 'kysely';
import type { Database } from '../../store/database.ts';
import { insertNegativeRecordEvents } from '../../store/sharing.repository.ts';
import type { ShareEventInput } from './share-event.ts';

/**
 * The outbox's one rule: events are inserted in the transaction of the change they report, after taking this
 * transaction-level lock. Ids then come in commit order — a transaction that took an id commits (or rolls back)
 * before the next one can take a higher id — so a subscriber that has read up to id N never misses an event with a
 * smaller id that commits later. The lock is held only from publishing to commit (producers publish last).
 */
// "xp_shar" (0x78705f73686172) as a double rounds to this value, which the lock has always had.
const SHARE_FEED_LOCK = 0x78705f73686170;

export async function lockShareFeed(trx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SHARE_FEED_LOCK}::bigint)`.execute(trx);
}

/** Publishes events in the caller's transaction (a grade change, a new negative record, a repair, a list push). */
export async function publishShareEvents(trx: Transaction<Database>, events: ShareEventInput[]): Promise<number[]> {
  if (events.length === 0) return [];
  await lockShareFeed(trx);
  const rows = await trx
    .insertInto('share_events')
    .values(
      events.map((event) => ({
        type: event.type,
        enterprise_id: event.enterpriseId,
        recipient_user_id: event.recipientUserId ?? null,
        payload: JSON.stringify(event.payload),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => Number(row.id));
}

/** Which newly stored evaluations to compare with the enterprise's previous one. */
export type NewEvaluations =
  | { evaluationIds: number[] }
  /**
   * A run's shard just written: its evaluations have ids above `afterEvaluationId` (the highest id stored before the
   * shard's write, evaluation.repository findLastEvaluationId), which lets the statement read them through the
   * primary key instead of scanning every stored evaluation for each shard.
   */
  | { runId: number; fromEnterpriseId: number; toEnterpriseId: number; afterEvaluationId: number };

/**
 * One `grade_changed` event for each new evaluation that is now the enterprise's current one (latest as-of date) and
 * whose grade differs from the current evaluation before it. Set-based: one statement however many enterprises a
 * run's shard holds. An enterprise's first grade is not a change (its grade is read with the grade query or the
 * export); a past-dated evaluation that does not become current changes nothing.
 */
export async function publishGradeChanges(trx: Transaction<Database>, scope: NewEvaluations): Promise<number> {
  const where =
    'evaluationIds' in scope
      ? sql`n.id = any(${sql.val(scope.evaluationIds.map(Number))}::bigint[])`
      : sql`n.id > ${scope.afterEvaluationId} and n.run_id = ${scope.runId} and n.enterprise_id between ${scope.fromEnterpriseId} and ${scope.toEnterpriseId}`;
  if ('evaluationIds' in scope && scope.evaluationIds.length === 0) return 0;
  await lockShareFeed(trx);
  const result = await sql`
    insert into share_events (type, enterprise_id, payload)
    select 'grade_changed', n.enterprise_id, jsonb_build_object(
      'grade', n.grade, 'previousGrade', p.grade, 'score', n.score, 'previousScore', p.score, 'asOf', n.as_of,
      'modelVersion', m.model_id || '/' || m.version, 'evaluationId', n.id, 'reason', n.reason)
    from evaluations n
    join model_versions m on m.id = n.model_version_id
    cross join lateral (
      select e.grade, e.score from evaluations e
      where e.enterprise_id = n.enterprise_id and e.id < n.id
      order by e.as_of desc, e.id desc limit 1
    ) p
    where ${where} and p.grade <> n.grade
      and not exists (
        select 1 from evaluations later where later.enterprise_id = n.enterprise_id
          and (later.as_of > n.as_of or (later.as_of = n.as_of and later.id > n.id)))
    order by n.enterprise_id`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * One `negative_record` event for each record of a negative kind (catalog polarity) that an import batch created,
 * in force (status active). A re-sent or corrected record is not new; its change reaches subscribers through the
 * grade it moves.
 */
export async function publishNegativeRecords(trx: Transaction<Database>, batchId: number): Promise<number> {
  await lockShareFeed(trx);
  return insertNegativeRecordEvents(trx, batchId);
}
