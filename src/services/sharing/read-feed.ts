import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { listFeedEvents, type FeedRow } from '../../store/sharing.repository.ts';
import type { AuditCheckpoint } from '../audit/audit-checkpoint.ts';
import { findLatestAuditCheckpoint } from '../audit/make-audit-checkpoint.ts';
import { SHARE_EVENT_LABELS, SHARE_EVENT_TYPES, type ShareEventType, type SharedEvent } from './share-event.ts';
import { visibleEventCondition, type Subscriber } from './shared-enterprises.ts';

export interface FeedPage {
  events: SharedEvent[];
  /** Pass it back as `cursor` to get the events after these (unchanged when there were none). */
  nextCursor: number;
  /** More events are waiting after nextCursor. */
  hasMore: boolean;
  /**
   * The latest signed checkpoint of the audit chain (null before the first): a receiving department saves it and holds
   * the platform to it with `xinping audit verify --expect-head FILE`, as with the one on the public portal.
   */
  checkpoint: AuditCheckpoint | null;
}

export function toSharedEvent(row: FeedRow): SharedEvent {
  const type = row.type as ShareEventType;
  return {
    id: Number(row.id),
    type,
    typeLabel: SHARE_EVENT_LABELS[type],
    uscc: row.uscc,
    enterpriseName: row.name,
    createdAt: new Date(row.created_at).toISOString(),
    data: row.payload as Record<string, unknown>,
  };
}

/** The event types the account subscribed to (any of its active subscriptions), or every type when it has none. */
export async function subscribedEventTypes(db: Kysely<Database>, userId: number): Promise<ShareEventType[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .select('event_types')
    .where('user_id', '=', userId)
    .where('active', '=', true)
    .execute();
  if (rows.length === 0) return [...SHARE_EVENT_TYPES];
  const wanted = new Set(rows.flatMap((row) => row.event_types));
  return SHARE_EVENT_TYPES.filter((type) => wanted.has(type));
}

/**
 * The pull feed: the events after a cursor, oldest first, that the account subscribed to and may see
 * (shared-enterprises.ts). Event ids are assigned in commit order (publish-share-events.ts), so reading from the
 * last cursor returned never skips an event, and reading again from an older cursor returns the same events.
 */
export async function readFeed(
  db: Kysely<Database>,
  subscriber: Subscriber,
  options: { cursor: number; limit: number; types?: ShareEventType[] },
): Promise<FeedPage> {
  const types = options.types ?? (await subscribedEventTypes(db, subscriber.userId));
  const checkpoint = await findLatestAuditCheckpoint(db);
  if (types.length === 0) return { events: [], nextCursor: options.cursor, hasMore: false, checkpoint };
  const found = await listFeedEvents(db, {
    cursor: options.cursor,
    types,
    visible: visibleEventCondition(subscriber),
    limit: options.limit + 1,
  });
  const rows = found.slice(0, options.limit);
  return {
    events: rows.map(toSharedEvent),
    nextCursor: rows.length > 0 ? Number(rows.at(-1)!.id) : options.cursor,
    hasMore: found.length > options.limit,
    checkpoint,
  };
}
