import { useEffect, useMemo, useState } from 'react';
import type { ConnectedOverview } from '../../../src/contract';

const TICK_MS = 60_000;

/**
 * The backend's clock now: the verdict's `checkedAt` plus the time since the page received it.
 * Relative times ("2 hours ago") and a running job's "so far" count from it, so a clock moved on
 * the host (or a wrong clock in the viewer's machine) still reads right.
 */
export function useBackendNow(overview: Pick<ConnectedOverview, 'health' | 'asOf'>): Date {
  const checkedAt = overview.health?.checkedAt ?? overview.asOf;
  const offset = useMemo(() => Date.parse(checkedAt) - Date.now(), [checkedAt]);
  // A page left open keeps "2 hours ago" true: it is worked out again every minute.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return new Date(Date.now() + (Number.isNaN(offset) ? 0 : offset));
}
