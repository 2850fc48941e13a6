/**
 * Caches what a public page reads from a store for a short while: an anonymous visitor's page should not make the
 * store redo the same aggregate for every visitor. Keyed by the store's handle (tests open many stores); a failed
 * computation is not kept. The time is an operational setting, not a rule: the published numbers may lag by it.
 */
export function cachePerStore<Key extends object, Value>(
  ttlMs: number,
  compute: (key: Key) => Promise<Value>,
): { get(key: Key): Promise<Value>; clear(key: Key): void } {
  const entries = new WeakMap<Key, { expiresAt: number; value: Promise<Value> }>();
  return {
    get(key) {
      const now = Date.now();
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now) return cached.value;
      const value = compute(key);
      entries.set(key, { expiresAt: now + ttlMs, value });
      value.catch(() => entries.delete(key));
      return value;
    },
    clear(key) {
      entries.delete(key);
    },
  };
}

/** How long public aggregates (the overview) are reused. */
export const PUBLIC_CACHE_MS = 60_000;
