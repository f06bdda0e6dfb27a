import { lazyPart } from './lazyPart';

/**
 * Everything the first paint does not need. Each part is its own chunk, fetched the first time
 * it opens (or when the pointer heads for the button that opens it).
 */
export const parts = {
  editSchedule: lazyPart(() => import('./components/EditScheduleDialog')),
  confirm: lazyPart(() => import('./components/ConfirmDialog')),
  settings: lazyPart(() => import('./components/SettingsTab')),
  setup: lazyPart(() => import('./components/SetupForm')),
  notifications: lazyPart(() => import('./components/Notifications')),
};
