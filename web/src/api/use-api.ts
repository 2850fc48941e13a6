import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './client.ts';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** True from the first render until the first answer, and again while a reload runs. */
  isLoading: boolean;
  reload(): void;
}

/**
 * Loads data for a page: `const state = useApi(() => call(api.GET(...)), [dependency])`. Starts loading on the first
 * render (so a page never shows an empty screen without a loading indicator), reloads when a dependency changes,
 * and ignores answers to requests that are no longer current.
 */
export function useApi<T>(load: () => Promise<T>, dependencies: readonly unknown[]): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; isLoading: boolean }>({ isLoading: true });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let isCurrent = true;
    setState((previous) => ({ data: previous.data, isLoading: true }));
    loadRef.current().then(
      (data) => isCurrent && setState({ data, isLoading: false }),
      (error: unknown) =>
        isCurrent &&
        setState({
          error: error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error), 0),
          isLoading: false,
        }),
    );
    return () => {
      isCurrent = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...dependencies, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, isLoading: state.isLoading, reload };
}
