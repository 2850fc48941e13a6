import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { countRateLimitHit, deleteEndedRateLimitCounters } from '../../store/rate-limit.repository.ts';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** The part of @fastify/rate-limit's store contract the server uses (its `store` option takes the class). */
export interface RateLimitStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  /** A route's own counters (its options carry `routeInfo`, the route's method and URL pattern). */
  child(routeOptions: object): RateLimitStore;
}

/** Counters idle for this long are removed, now and then, by whichever instance counts. */
const KEEP_ENDED_MS = 3_600_000;

/**
 * A rate-limit store in PostgreSQL (rate_limit_counters), for several instances behind one proxy: a client cannot get
 * N times the limit by landing on N instances. Fixed windows, as the in-memory store counts.
 */
export function createSharedRateLimitStore(db: Kysely<Database>): new (options: unknown) => RateLimitStore {
  let hitsSinceCleanup = 0;
  const makeStore = (prefix: string): RateLimitStore => ({
    incr(key, callback, timeWindow) {
      countRateLimitHit(db, `${prefix}${key}`, timeWindow).then(
        ({ hits, ttlMs }) => {
          callback(null, { current: hits, ttl: ttlMs });
          hitsSinceCleanup += 1;
          if (hitsSinceCleanup >= 10_000) {
            hitsSinceCleanup = 0;
            deleteEndedRateLimitCounters(db, KEEP_ENDED_MS).catch(() => {});
          }
        },
        (error: Error) => callback(error),
      );
    },
    child(routeOptions) {
      const { method, url } = (routeOptions as { routeInfo: { method: string; url: string } }).routeInfo;
      return makeStore(`${prefix}${method}${url}-`);
    },
  });
  return class SharedRateLimitStore {
    constructor() {
      // biome-ignore lint/correctness/noConstructorReturn: @fastify/rate-limit instantiates the store class itself.
      return makeStore('');
    }
  } as unknown as new (
    options: unknown,
  ) => RateLimitStore;
}
