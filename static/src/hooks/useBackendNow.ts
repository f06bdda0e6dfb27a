import { useSyncExternalStore } from 'react';
import { backendNow } from '../backendClock';

const TICK_MS = 60_000;

/**
 * One minute tick for the whole page: every component that shows a relative time redraws on
 * the same beat, from one timer that runs only while at least one of them is on screen.
 */
const minuteTick = (() => {
  const listeners = new Set<() => void>();
  let tick = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      timer ??= setInterval(() => {
        tick += 1;
        for (const notify of [...listeners]) notify();
      }, TICK_MS);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== undefined) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
    current: (): number => tick,
  };
})();

/**
 * The backend's clock now (static/src/backendClock.ts, learnt from each overview as it arrives):
 * the verdict's `checkedAt` plus the time since the page received it.
 * Relative times ("2 hours ago") and a running job's "so far" count from it, so a clock moved on
 * the host (or a wrong clock in the viewer's machine) still reads right.
 */
export function useBackendNow(): Date {
  // A page left open keeps "2 hours ago" true: it is worked out again every minute.
  useSyncExternalStore(minuteTick.subscribe, minuteTick.current, minuteTick.current);
  return backendNow();
}
