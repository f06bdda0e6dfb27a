import { useEffect } from 'react';
import type { ConnectedOverview, Overview } from '../../../src/contract';
import { backendNow } from '../backendClock';
import type { RefreshOptions } from './useOverview';

/** A page left open with nothing running reads again once a minute at most. */
export const IDLE_READ_MS = 60_000;
/** How long after the next backup's time the page reads: the service starts it at that time. */
export const AFTER_DUE_MS = 2_000;

/**
 * The quiet part of keeping an open page current, while no backup runs (`useJobPolling` polls a
 * running one): a minute after the overview arrived, or just after the next backup's time if
 * that comes sooner, the page reads again with `idle`, which the backend answers from its stored
 * status while that is fresh (a page showing stale status reads live instead). A hidden tab
 * reads nothing; when it is visible again it reads at once if that time has passed meanwhile.
 * Any overview that arrives (an action's, a poll's) starts the wait again.
 */
export function useIdleRefresh(
  active: boolean,
  refresh: (options?: RefreshOptions) => Promise<Overview | null>,
  overview: ConnectedOverview,
): void {
  useEffect(() => {
    if (!active) return;
    const next = overview.nextBackupAt === null ? NaN : Date.parse(overview.nextBackupAt);
    const dueIn = next - backendNow().getTime();
    let readAt =
      Date.now() + (dueIn > 0 ? Math.min(IDLE_READ_MS, dueIn + AFTER_DUE_MS) : IDLE_READ_MS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let stopped = false;

    const read = async () => {
      timer = undefined;
      reading = true;
      // A stale page (the service could not be asked) reads live, to learn when it is back.
      const answer = await refresh(overview.stale ? {} : { idle: true });
      reading = false;
      // An answer redraws the page with a new overview, which starts a new wait; a failed read
      // leaves the page as it was, and this wait starts again.
      if (stopped || answer !== null) return;
      readAt = Date.now() + IDLE_READ_MS;
      schedule();
    };

    const schedule = () => {
      clearTimeout(timer);
      timer = undefined;
      if (stopped || reading || document.visibilityState === 'hidden') return;
      timer = setTimeout(() => void read(), Math.max(0, readAt - Date.now()));
    };

    schedule();
    document.addEventListener('visibilitychange', schedule);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', schedule);
    };
  }, [active, refresh, overview]);
}
