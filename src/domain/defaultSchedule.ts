import type { Schedule } from '../contract';

/**
 * What the service runs when no plan is configured: daily at 02:00 UTC. Its own module so the
 * page can show it (and open Edit on it) without the rest of the domain.
 */
export const DEFAULT_SCHEDULE: Schedule = {
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
  hour: 2,
  timezone: 'UTC',
};
