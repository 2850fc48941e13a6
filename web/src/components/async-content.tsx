import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.ts';
import { ErrorAlert } from './error-alert.tsx';
import { EmptyState, LoadingState } from './page-states.tsx';

/**
 * Renders the data of a `useApi` state, or its loading indicator, its error (with retry) or its empty state.
 * `isEmpty` decides what counts as empty (default: an empty array or `items` list).
 */
export function AsyncContent<T>({
  state,
  children,
  isEmpty,
  empty,
  loadingHeight,
}: {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  loadingHeight?: number;
}) {
  if (state.error) return <ErrorAlert error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <LoadingState height={loadingHeight} />;
  const emptyCheck = isEmpty ?? defaultIsEmpty;
  if (emptyCheck(state.data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(state.data)}</>;
}

function defaultIsEmpty(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  const items = (data as { items?: unknown } | null)?.items;
  return Array.isArray(items) && items.length === 0;
}
