import { sql, type RawBuilder } from 'kysely';
import { currentEvaluationLateral } from './evaluation.repository.ts';
import type { Executor } from './executor.ts';

/**
 * Banks and associations see only enterprises on a list pushed to them or that authorised them (企业授权查询,
 * docs/sharing.md): this is that set, for one account, as a subquery of enterprise ids. An authorisation counts through
 * its last day (`today`, the district day) unless revoked; a withdrawn list entry no longer counts.
 */
export function sharedEnterpriseIds(userId: number, today: string): RawBuilder<number> {
  return sql<number>`(
    select a.enterprise_id from enterprise_authorizations a
    where a.grantee_user_id = ${userId} and a.revoked_at is null and a.valid_until >= ${today}::date
    union
    select l.enterprise_id from shared_list_entries l where l.recipient_user_id = ${userId} and l.withdrawn_at is null)`;
}

/** Whether the enterprise is shared with the account on that day (one indexed query). */
export async function isEnterpriseSharedWith(
  db: Executor,
  userId: number,
  uscc: string,
  today: string,
): Promise<boolean> {
  const row = await sql<{ ok: number }>`
    select 1 as ok from enterprises e where e.uscc = ${uscc} and e.id in ${sharedEnterpriseIds(userId, today)}`.execute(
    db,
  );
  return row.rows.length > 0;
}

/** Of these enterprise ids, those shared with the account on that day. */
export async function filterEnterprisesSharedWith(
  db: Executor,
  userId: number,
  enterpriseIds: readonly number[],
  today: string,
): Promise<number[]> {
  if (enterpriseIds.length === 0) return [];
  const rows = await sql<{ id: number }>`
    select e.id from enterprises e
    where e.id = any(${sql.val(enterpriseIds)}::bigint[]) and e.id in ${sharedEnterpriseIds(userId, today)}`.execute(
    db,
  );
  return rows.rows.map((row) => Number(row.id));
}

/** Whether the enterprise has an authorisation for this account (企业授权查询) in force on that day. */
export async function hasAuthorizationInForce(
  db: Executor,
  userId: number,
  uscc: string,
  today: string,
): Promise<boolean> {
  const row = await sql<{ ok: number }>`
    select 1 as ok from enterprise_authorizations a join enterprises e on e.id = a.enterprise_id
    where e.uscc = ${uscc} and a.grantee_user_id = ${userId} and a.revoked_at is null and a.valid_until >= ${today}::date
    limit 1`.execute(db);
  return row.rows.length > 0;
}

/** A shared enterprise with its latest evaluation, the lists holding it and the end of its authorisation in force. */
export interface SharedEnterpriseRow {
  uscc: string;
  name: string;
  grade: string | null;
  score: number | null;
  as_of: string | null;
  lists: string[];
  authorized_until: string | null;
}

/**
 * The enterprises shared with the account on that day, searched by name or USCC prefix (`text`, '' for all), ordered
 * by name and paged, with how many match in all.
 */
export async function listEnterprisesSharedWith(
  db: Executor,
  userId: number,
  today: string,
  page: { text: string; limit: number; offset: number },
): Promise<{ total: number; rows: SharedEnterpriseRow[] }> {
  const { text } = page;
  const pattern = `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const matches =
    text === ''
      ? sql`true`
      : sql`(e.name ilike ${pattern} or e.uscc like ${`${text.toUpperCase().replace(/[\\%_]/g, '')}%`})`;
  const shared = sharedEnterpriseIds(userId, today);
  const counted = await sql<{ total: string | number }>`
    select count(*) as total from enterprises e where e.id in ${shared} and ${matches}`.execute(db);
  const result = await sql<
    Omit<SharedEnterpriseRow, 'score' | 'lists'> & {
      score: number | string | null;
      lists: string[] | null;
    }
  >`
    select e.uscc, e.name, v.grade, v.score, v.as_of,
      (select array_agg(distinct l.list_label) from shared_list_entries l
        where l.enterprise_id = e.id and l.recipient_user_id = ${userId} and l.withdrawn_at is null) as lists,
      (select to_char(max(a.valid_until), 'YYYY-MM-DD') from enterprise_authorizations a
        where a.enterprise_id = e.id and a.grantee_user_id = ${userId} and a.revoked_at is null
          and a.valid_until >= ${today}::date) as authorized_until
    from enterprises e
    left join lateral ${currentEvaluationLateral('e.id')} v on true
    where e.id in ${shared} and ${matches}
    order by e.name, e.uscc
    limit ${page.limit} offset ${page.offset}`.execute(db);
  return {
    total: Number(counted.rows[0]?.total ?? 0),
    rows: result.rows.map((row) => ({
      ...row,
      score: row.score === null ? null : Number(row.score),
      lists: row.lists ?? [],
    })),
  };
}

/** An event of the share feed with the enterprise it is about. */
export interface FeedRow {
  id: number;
  type: string;
  payload: unknown;
  created_at: Date | string;
  uscc: string;
  name: string;
}

/**
 * Up to `limit` events of the feed after a cursor, oldest first, of the given types and passing `visible` (SQL over
 * the event aliased `s`), each with its enterprise's USCC and name.
 */
export async function listFeedEvents(
  db: Executor,
  options: { cursor: number; types: readonly string[]; visible: RawBuilder<boolean>; limit: number },
): Promise<FeedRow[]> {
  const result = await sql<FeedRow>`
    select s.id, s.type, s.payload, s.created_at, e.uscc, e.name
    from share_events s join enterprises e on e.id = s.enterprise_id
    where s.id > ${options.cursor} and s.type = any(${sql.val(options.types)}::text[]) and ${options.visible}
    order by s.id limit ${options.limit}`.execute(db);
  return result.rows;
}

/** A webhook delivery with its event (the event's columns and enterprise, and its id as event_id). */
export type DeliveryWithEventRow = FeedRow & {
  subscription_id: number;
  attempts: number;
  enterprise_id: number;
  event_id: number;
};

/** The webhook deliveries with these ids, in event order, each with its event and the event's enterprise. */
export async function listDeliveriesWithEvent(db: Executor, ids: readonly number[]): Promise<DeliveryWithEventRow[]> {
  const rows = await sql<DeliveryWithEventRow>`
    select d.id, d.subscription_id, d.attempts, d.enterprise_id,
      e.id as event_id, e.type, e.payload, e.created_at, n.uscc, n.name
    from webhook_deliveries d
    join share_events e on e.id = d.event_id
    join enterprises n on n.id = e.enterprise_id
    where d.id = any(${sql.val(ids)}::bigint[])
    order by d.event_id`.execute(db);
  return rows.rows;
}

/**
 * Inserts a `negative_record` event for each record version an import batch created in force (status active) whose
 * kind is negative (record_kinds polarity), in record order. Returns how many. The caller holds the feed lock.
 */
export async function insertNegativeRecordEvents(db: Executor, batchId: number): Promise<number> {
  const result = await sql`
    insert into share_events (type, enterprise_id, payload)
    select 'negative_record', v.enterprise_id, jsonb_build_object(
      'recordId', v.record_id, 'kind', r.kind, 'kindLabel', k.label, 'category', k.category,
      'departmentCode', r.department_code, 'decisionNumber', v.fields ->> 'decision_number',
      'occurredOn', v.occurred_on, 'level', v.level, 'batchId', v.batch_id)
    from record_versions v
    join records r on r.id = v.record_id
    join record_kinds k on k.code = r.kind
    where v.batch_id = ${batchId} and v.change = 'created' and v.status = 'active' and k.polarity = 'negative'
    order by v.record_id`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
