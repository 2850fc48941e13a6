import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * Counts a hit on a fixed-window counter (rate_limit_counters) and returns the hits in the window and the milliseconds
 * left of it; a window that has ended starts again from one. One statement, so concurrent instances count together.
 */
export async function countRateLimitHit(
  db: Executor,
  key: string,
  windowMs: number,
): Promise<{ hits: number; ttlMs: number }> {
  const window = sql`(${windowMs}::int * interval '1 millisecond')`;
  const result = await sql<{ hits: number; ttl_ms: number }>`
    insert into rate_limit_counters as c (key, window_started_at, hits) values (${key}, now(), 1)
    on conflict (key) do update set
      hits = case when c.window_started_at + ${window} <= now() then 1 else c.hits + 1 end,
      window_started_at = case when c.window_started_at + ${window} <= now() then now() else c.window_started_at end
    returning hits, greatest(0, ceil(extract(epoch from (window_started_at + ${window} - now())) * 1000))::int as ttl_ms`.execute(
    db,
  );
  const row = result.rows[0]!;
  return { hits: Number(row.hits), ttlMs: Number(row.ttl_ms) };
}

/** Removes counters whose window ended more than `olderThanMs` ago. */
export async function deleteEndedRateLimitCounters(db: Executor, olderThanMs: number): Promise<void> {
  await sql`delete from rate_limit_counters where window_started_at < now() - (${olderThanMs}::int * interval '1 millisecond')`.execute(
    db,
  );
}
