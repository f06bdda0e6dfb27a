import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageError, Result } from '../api';

export interface Call<A extends unknown[], T> {
  /**
   * Calls the resolver. Resolves to its answer, or to null when the answer no longer counts: a
   * later call was made meanwhile, or the component has gone.
   */
  run: (...args: A) => Promise<Result<T> | null>;
  /** The latest call's answer; kept when a later call fails, so the last good state stays. */
  data: T | undefined;
  /** Why the latest call failed; null while it runs and once it has succeeded. */
  error: PageError | null;
  /** Whether the latest call is still waiting for its answer. */
  pending: boolean;
}

/**
 * One resolver call and what the page shows of it. The latest call wins: an earlier one that
 * answers after it changes nothing. Answers arriving after unmount are dropped. The first call is
 * made through `run`, as every later one (Retry, a new filter, the next page).
 */
export function useCall<A extends unknown[], T>(
  request: (...args: A) => Promise<Result<T>>,
): Call<A, T> {
  const [state, setState] = useState<Omit<Call<A, T>, 'run'>>({
    data: undefined,
    error: null,
    pending: false,
  });
  const latest = useRef(0);
  const mounted = useRef(true);
  const requestRef = useRef(request);
  requestRef.current = request;
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A) => {
    const mine = ++latest.current;
    setState((current) => ({ ...current, error: null, pending: true }));
    const result = await requestRef.current(...args);
    if (!mounted.current || mine !== latest.current) return null;
    setState((current) =>
      result.ok
        ? { data: result.data, error: null, pending: false }
        : { data: current.data, error: result.error, pending: false },
    );
    return result;
  }, []);

  return { run, ...state };
}
