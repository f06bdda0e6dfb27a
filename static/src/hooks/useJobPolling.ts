import { useEffect, useRef } from 'react';
import type { Overview } from '../../../src/contract';

export const FIRST_POLL_MS = 3_000;
export const SLOWEST_POLL_MS = 15_000;

/** What counts as progress: a read that changes none of this slows polling down. */
export function progressFingerprint(overview: Overview): string {
  if (!overview.connected) return 'not-connected';
  const job = overview.runningJob;
  return [overview.status, job?.id, job?.projectsSucceeded, job?.projectsFailed].join('|');
}

/**
 * While `active`, re-reads the overview every 3 s, doubling the wait up to 15 s while nothing
 * changes. A hidden tab is not polled at all: it costs the site's invoke quota and the service's
 * rate limit for nobody; it is read again as soon as it is visible.
 */
export function useJobPolling(
  active: boolean,
  refresh: () => Promise<Overview | null>,
  current: Overview | null,
): void {
  const fingerprint = useRef(current ? progressFingerprint(current) : '');
  useEffect(() => {
    if (current) fingerprint.current = progressFingerprint(current);
  }, [current]);

  useEffect(() => {
    if (!active) return;
    let delay = FIRST_POLL_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reading = false;
    let stopped = false;

    const schedule = () => {
      if (stopped || timer !== undefined || reading) return;
      if (document.visibilityState === 'hidden') return;
      timer = setTimeout(tick, delay);
    };

    const tick = async () => {
      timer = undefined;
      reading = true;
      const before = fingerprint.current;
      const next = await refresh();
      reading = false;
      if (stopped) return;
      const after = next ? progressFingerprint(next) : before;
      delay = after === before ? Math.min(delay * 2, SLOWEST_POLL_MS) : FIRST_POLL_MS;
      schedule();
    };

    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') {
        clearTimeout(timer);
        timer = undefined;
      } else if (timer === undefined && !reading) {
        delay = FIRST_POLL_MS;
        void tick();
      }
    };

    schedule();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [active, refresh]);
}
