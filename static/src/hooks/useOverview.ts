import { useCallback, useEffect, useRef, useState } from 'react';
import type { Overview } from '../../../src/contract';
import { api, type PageError, type Result } from '../api';
import { learnBackendTime } from '../backendClock';

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
   * open, which the backend may answer from its fresh stored status. Resolves to the newest
   * overview: when a later read or action overtook this one, to what that one showed; null only
   * when the read that counts failed.
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
  /** The overview on screen, for a read that was overtaken: it answers with this instead. */
  const shown = useRef<Overview | null>(arrived?.ok ? arrived.data : null);
  const latestRead = useRef<Promise<Overview | null> | null>(null);
  const show = useCallback((next: OverviewState) => {
    shown.current = next.kind === 'ready' ? next.overview : null;
    setState(next);
  }, []);
  const pendingFirst = useRef<Promise<Result<Overview>> | undefined>(
    arrived ? undefined : firstRead,
  );

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    show({ kind: 'loading' });
    const read = pendingFirst.current ?? api.getOverview();
    pendingFirst.current = undefined;
    const result = await read;
    if (mine !== generation.current) return;
    show(stateOf(result));
  }, [show]);

  const refresh = useCallback(
    (options: RefreshOptions = {}) => {
      const mine = ++generation.current;
      const read: Promise<Overview | null> = api
        .getOverview(options.idle ? { idle: true } : undefined)
        .then((result) => {
          if (mine === generation.current) {
            if (!result.ok) return null;
            show({ kind: 'ready', overview: learnClockOf(result.data) });
            return result.data;
          }
          // Overtaken: a later read answers for this one, or else what a later action showed.
          const later = latestRead.current;
          return later && later !== read ? later : shown.current;
        });
      latestRead.current = read;
      return read;
    },
    [show],
  );

  const replace = useCallback(
    (update: (current: Overview) => Overview) => {
      generation.current += 1;
      if (shown.current) show({ kind: 'ready', overview: learnClockOf(update(shown.current)) });
    },
    [show],
  );

  useEffect(() => {
    if (pendingFirst.current) void reload();
  }, [reload]);

  return { state, reload, refresh, replace };
}
