import type { Overview } from '../../src/contract';
import type { Result } from './api';
import { jobDetailsPart } from './components/backups/jobDetailsPart';
import { lazyPart } from './lazyPart';

/**
 * Everything the first paint does not need. Each part is its own chunk, fetched the first time
 * it opens (or when the pointer heads for the button that opens it).
 */
export const parts = {
  jobsTable: lazyPart(() => import('./components/backups/JobsTable')),
  jobDetails: jobDetailsPart,
  editSchedule: lazyPart(() => import('./components/schedule/EditScheduleDialog')),
  confirm: lazyPart(() => import('./components/shared/ConfirmDialog')),
  settings: lazyPart(() => import('./components/connection/SettingsTab')),
  setup: lazyPart(() => import('./components/connection/SetupForm')),
  coverage: lazyPart(() => import('./components/spaces/CoverageDialog')),
  getStarted: lazyPart(() => import('./components/onboarding/GetStarted')),
};

/**
 * Starts fetching the code the page for this read draws after its first paint: the recent jobs
 * table of a connected site. Called as the read arrives, just before the page is drawn with it,
 * which does not wait for it: the status is on screen first, the table follows. Nothing the
 * first paint does not need is fetched before it.
 */
export function prefetchPartsFor(read: Result<Overview>): void {
  if (read.ok && read.data.connected) parts.jobsTable.preload();
}
