import { lazyPart } from './lazyPart';

/**
 * Everything the first paint does not need. Each part is its own chunk, fetched the first time
 * it opens (or when the pointer heads for the button that opens it). The recent jobs table is on
 * every connected page, so its download starts as soon as the UI code runs; the status is drawn
 * without waiting for it.
 */
export const parts = {
  jobsTable: lazyPart(() => import('./components/JobsTable'), { eager: true }),
  editSchedule: lazyPart(() => import('./components/EditScheduleDialog')),
  confirm: lazyPart(() => import('./components/ConfirmDialog')),
  settings: lazyPart(() => import('./components/SettingsTab')),
  setup: lazyPart(() => import('./components/SetupForm')),
  notifications: lazyPart(() => import('./components/Notifications')),
};
