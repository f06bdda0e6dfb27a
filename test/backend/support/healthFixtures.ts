import type { BackupJob, TokenMetadata } from '../../../src/contract';
import type { HealthInput } from '../../../src/domain/alerts';

/**
 * A healthy connected site as the alert and health rules see it, for their tests: backed up
 * every day at 02:00 UTC, last night's run done, the service accepting the credentials.
 */

/** When the site is looked at: eight hours after last night's run. */
export const now = new Date('2026-11-26T10:00:00Z');

/** Last night's scheduled run of all 25 projects, succeeded; `overrides` make it another. */
export function job(overrides: Partial<BackupJob> = {}): BackupJob {
  return {
    id: 'job-1',
    outcome: 'SUCCEEDED',
    startedAt: '2026-11-26T02:00:00Z',
    finishedAt: '2026-11-26T02:20:00Z',
    projectsTotal: 25,
    projectsSucceeded: 25,
    projectsFailed: 0,
    trigger: { kind: 'SCHEDULE' },
    ...overrides,
  };
}

/** A Jira API token with months to go. */
export const token: TokenMetadata = {
  configured: true,
  email: 'admin@example.com',
  lastFour: '1a2b',
  updatedAt: '2026-06-01T00:00:00Z',
  expiresOn: '2027-06-01',
};

export function healthyInput(overrides: Partial<HealthInput> = {}): HealthInput {
  const lastJob = job();
  return {
    now,
    recentJobs: [lastJob],
    lastJob,
    runningJob: null,
    schedule: { days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'], hour: 2, timezone: 'UTC' },
    credentialsStatus: 'VALID',
    token,
    connectedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
