import { useCallback, useEffect, useRef, useState } from 'react';
import type { Overview } from '../../../src/contract';
import { api, type PageError, type Result } from '../api';
import { learnBackendTime } from '../backendClock';
import { prefetchPartsFor } from '../parts';

export type OverviewState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: PageError }
  | { kind: 'ready'; overview: Overview };

export interface RefreshOptions {
  idle?: boolean;
}

export interface OverviewControls {
  state: OverviewState;
  /** Loads from scratch, showing the spinner: the first load and Retry. */
  reload: () => Promise<void>;
  /**
   * Reloads behind what is shown; on failure the page keeps showing it. `idle`: a page left
   * open, which the backend may answer from its fresh stored status.
   */
  refresh: (options?: RefreshOptions) => Promise<Overview | null>;
  /** Shows what an action answered, without waiting for the next read. */
  replace: (update: (current: Overview) => Overview) => void;
}

function learnClockOf(overview: Overview): Overview {
  if (overview.connected) learnBackendTime(overview);
  return overview;
}

function stateOf(result: Result<Overview>): OverviewState {
  return result.ok
    ? { kind: 'ready', overview: learnClockOf(result.data) }
    : { kind: 'failed', error: result.error };
}

/**
 * The overview the page shows. `firstRead` is the page's first getOverview, already under way;
 * `arrived` is its answer when it came before the first render, which then shows it at once.
 */
export function useOverview(
  firstRead: Promise<Result<Overview>>,
  arrived?: Result<Overview>,
): OverviewControls {
  const [state, setState] = useState<OverviewState>(() =>
    arrived ? stateOf(arrived) : { kind: 'loading' },
  );
  // A slow read must not overwrite what a later action or read already showed.
  const generation = useRef(0);
  const pendingFirst = useRef<Promise<Result<Overview>> | undefined>(
    arrived ? undefined : firstRead,
  );

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState({ kind: 'loading' });
    const read = pendingFirst.current ?? api.getOverview();
    pendingFirst.current = undefined;
    const result = await read;
    if (mine !== generation.current) return;
    prefetchPartsFor(result);
    setState(stateOf(result));
  }, []);

  const refresh = useCallback(async (options: RefreshOptions = {}) => {
    const mine = ++generation.current;
    const result = await api.getOverview(options.idle ? { idle: true } : undefined);
    if (!result.ok || mine !== generation.current) return null;
    setState({ kind: 'ready', overview: learnClockOf(result.data) });
    return result.data;
  }, []);

  const replace = useCallback((update: (current: Overview) => Overview) => {
    generation.current += 1;
    setState((current) =>
      current.kind === 'ready'
        ? { kind: 'ready', overview: learnClockOf(update(current.overview)) }
        : current,
    );
  }, []);

  useEffect(() => {
    if (pendingFirst.current) void reload();
  }, [reload]);

  return { state, reload, refresh, replace };
}
