import type {
  BackupJob,
  ConnectedOverview,
  Envelope,
  NotConnectedOverview,
  VersionedSchedule,
} from '../../src/contract';

/**
 * The backend's clock in these fixtures: Thursday 26 Nov 2026, 11:00 in Warsaw. It reaches the
 * page as `health.checkedAt`, the one clock the page compares times with, so what a test expects
 * holds whatever day the test runs on.
 */
export const FIXTURE_NOW = '2026-11-26T10:00:00Z';

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });

export const ADMIN = { accountId: 'admin-1', isAdmin: true };
export const MEMBER = { accountId: 'member-1', isAdmin: false };

export function job(overrides: Partial<BackupJob> = {}): BackupJob {
  return {
    id: 'job-1',
    outcome: 'SUCCEEDED',
    startedAt: '2026-11-24T01:00:00Z',
    finishedAt: '2026-11-24T01:12:00Z',
    projectsTotal: 40,
    projectsSucceeded: 40,
    projectsFailed: 0,
    trigger: { kind: 'SCHEDULE' },
    ...overrides,
  };
}

export const SCHEDULE: VersionedSchedule = {
  days: ['MON', 'WED', 'FRI'],
  hour: 2,
  timezone: 'Europe/Warsaw',
  version: 'v1',
};

export function connected(overrides: Partial<ConnectedOverview> = {}): ConnectedOverview {
  const last = job();
  return {
    connected: true,
    viewer: ADMIN,
    region: 'EU',
    securedProjects: 38,
    siteProjects: 40,
    serviceRegion: 'EU',
    storageRegion: 'Frankfurt (GitProtect Cloud)',
    status: 'SUCCEEDED',
    runningJob: null,
    lastBackup: last,
    nextBackupAt: '2026-11-27T01:00:00Z',
    schedule: SCHEDULE,
    scheduleVersion: SCHEDULE.version,
    recentJobs: [
      last,
      job({
        id: 'job-0',
        startedAt: '2026-11-23T10:00:00Z',
        finishedAt: '2026-11-23T10:20:00Z',
        trigger: { kind: 'ADMIN', accountId: 'admin-1', displayName: 'Alice Admin' },
      }),
    ],
    audit: [],
    token: {
      configured: true,
      email: 'backup@example.com',
      lastFour: '1a2b',
      updatedAt: '2026-10-01T08:00:00Z',
      expiresOn: '2027-09-30',
    },
    alerts: [],
    health: {
      verdict: 'PROTECTED',
      pausedUntil: null,
      checkedAt: FIXTURE_NOW,
      lastSuccessAt: last.finishedAt,
    },
    stale: false,
    asOf: FIXTURE_NOW,
    ...overrides,
  };
}

export function neverRun(): ConnectedOverview {
  return connected({ status: 'NEVER_RUN', lastBackup: null, recentJobs: [], schedule: null });
}

export function running(done = 12): ConnectedOverview {
  const active = job({
    id: 'job-2',
    outcome: 'RUNNING',
    startedAt: FIXTURE_NOW,
    finishedAt: null,
    projectsSucceeded: done,
    projectsFailed: 0,
    trigger: { kind: 'ADMIN', accountId: 'admin-1', displayName: 'Alice Admin' },
  });
  const base = connected();
  return {
    ...base,
    status: 'RUNNING',
    runningJob: active,
    recentJobs: [active, ...base.recentJobs],
  };
}

export function notConnected(isAdmin = true): NotConnectedOverview {
  return { connected: false, viewer: isAdmin ? ADMIN : MEMBER };
}
