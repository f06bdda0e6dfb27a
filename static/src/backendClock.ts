import type { ConnectedOverview } from '../../src/contract';

/**
 * The backend's clock, as the page last learnt it from an overview (`health.checkedAt`, the
 * instant the backend answered). Every comparison the page makes with "now" (relative times, the
 * current year, the schedule preview, a token's expiry) reads this clock, so the page and the
 * backend agree about the date whatever the viewer's own machine says.
 */
let offsetMs = 0;
const readings = new WeakSet<object>();

/**
 * Sets the clock from an overview that has just arrived. The same reading seen again (an
 * overview that an action's answer updated keeps its `health`) changes nothing: the time since
 * it arrived has passed for the backend too.
 */
export function learnBackendTime(overview: Pick<ConnectedOverview, 'health'>): void {
  if (readings.has(overview.health)) return;
  readings.add(overview.health);
  const at = Date.parse(overview.health.checkedAt);
  if (!Number.isNaN(at)) offsetMs = at - Date.now();
}

export function backendNow(): Date {
  return new Date(Date.now() + offsetMs);
}
