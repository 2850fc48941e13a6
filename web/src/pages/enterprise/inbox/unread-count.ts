import { useEffect, useSyncExternalStore } from 'react';
import { api, call } from '../../../api/client.ts';

/**
 * The enterprise's unread message count, shared by the tab bar's badge and the pages that change it (reading a
 * message, filing a case, which sends one). Refreshed on demand and every minute while a badge is shown.
 */
let unread: number | undefined;
const listeners = new Set<() => void>();
const REFRESH_EVERY_MS = 60_000;

function publish(value: number | undefined) {
  unread = value;
  for (const listener of listeners) listener();
}

/** Asks the server again; failures keep the last count (the badge is a hint, the inbox page shows errors). */
export async function refreshUnreadCount(): Promise<void> {
  try {
    const page = await call(api.GET('/api/inbox', { params: { query: { limit: 1, unread: 'true' } } }));
    publish(page.unread);
  } catch {
    // Logged out, offline: leave the badge as it was.
  }
}

/** The count as the inbox page just read it (saves a request). */
export function setUnreadCount(value: number): void {
  publish(value);
}

export function useUnreadCount(): number | undefined {
  const value = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unread,
  );
  useEffect(() => {
    void refreshUnreadCount();
    const timer = setInterval(() => void refreshUnreadCount(), REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return value;
}
