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
