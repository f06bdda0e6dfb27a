import { useCallback, useEffect, useRef, useState } from 'react';
import type { Overview } from '../../../src/contract';
import { api, type PageError } from '../api';
import { firstOverview } from '../pendingRead';

export type OverviewState =
  | { kind: 'loading' }
  | { kind: 'failed'; error: PageError }
  | { kind: 'ready'; overview: Overview };

export interface OverviewControls {
  state: OverviewState;
  /** Loads from scratch, showing the spinner: the first load and Retry. */
  reload: () => Promise<void>;
  /** Reloads behind what is shown; on failure the page keeps showing it. */
  refresh: () => Promise<Overview | null>;
  /** Shows what an action answered, without waiting for the next read. */
  replace: (update: (current: Overview) => Overview) => void;
}

export function useOverview(): OverviewControls {
  const [state, setState] = useState<OverviewState>({ kind: 'loading' });
  // A slow read must not overwrite what a later action or read already showed.
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setState({ kind: 'loading' });
    const result = await (firstOverview.take() ?? api.getOverview());
    if (mine !== generation.current) return;
    setState(
      result.ok
        ? { kind: 'ready', overview: result.data }
        : { kind: 'failed', error: result.error },
    );
  }, []);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    const result = await api.getOverview();
    if (!result.ok || mine !== generation.current) return null;
    setState({ kind: 'ready', overview: result.data });
    return result.data;
  }, []);

  const replace = useCallback((update: (current: Overview) => Overview) => {
    generation.current += 1;
    setState((current) =>
      current.kind === 'ready' ? { kind: 'ready', overview: update(current.overview) } : current,
    );
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { state, reload, refresh, replace };
}
