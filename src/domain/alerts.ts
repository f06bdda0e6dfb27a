import type { Alert, AlertCode, BackupJob, Schedule, TokenMetadata } from '../contract';
import { OVERDUE_GRACE_HOURS, unprotectedSpaces, type SpaceCounts } from './protection';
import { longestGapHours } from './schedule';
import { lastSuccessAt } from './status';
import { DEFAULT_SCHEDULE } from './defaultSchedule';

/** What the service runs when no plan is configured (daily at 02:00 UTC). */
export { DEFAULT_SCHEDULE };

export const TOKEN_WARNING_DAYS = 14;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface HealthInput {
  now: Date;
  /** Newest first. */
  recentJobs: readonly BackupJob[];
  lastJob: BackupJob | null;
  runningJob: BackupJob | null;
  schedule: Schedule | null;
  credentialsStatus: 'VALID' | 'REJECTED';
  token: TokenMetadata;
  connectedAt: string;
  /** How many of the site's spaces are protected; absent from a snapshot stored before counts. */
  spaces?: SpaceCounts;
  /** The facts are a stored snapshot read at this instant: nothing later is known. */
  knownUntil?: Date;
}

/**
 * Root causes first: a cause listed earlier explains (or has to be fixed before) the ones after
 * it. A lost connection leads: no other fix can reach GitProtect until the site is connected
 * again, and connecting asks for a token anyway. Then the credentials, without which every
 * backup fails; failing backups; the overdue backup they lead to; a token about to expire; and
 * data that could not be read fresh.
 */
export const ROOT_CAUSE_ORDER: readonly AlertCode[] = [
  'CONNECTION_LOST',
  'CREDENTIALS_REJECTED',
  'TOKEN_EXPIRED',
  'LAST_BACKUP_FAILED',
  'LAST_BACKUP_PARTIAL',
  'BACKUP_OVERDUE',
  'SPACES_UNPROTECTED',
  'TOKEN_EXPIRING',
  'STALE_DATA',
];

/** Alerts in root-cause order (see ROOT_CAUSE_ORDER). */
export function byRootCause(alerts: readonly Alert[]): Alert[] {
  const rank = (alert: Alert) => ROOT_CAUSE_ORDER.indexOf(alert.code);
  return [...alerts].sort((a, b) => rank(a) - rank(b));
}

/** The health rules on the service's facts: each problem an admin must act on, root cause first. */
export function healthAlerts(input: HealthInput): Alert[] {
  const tokenAlert = tokenExpiryAlert(input.token, input.now);
  // An expired token is why the service rejects the credentials: one cause, one alert.
  const credentials = tokenAlert?.code === 'TOKEN_EXPIRED' ? null : credentialsAlert(input);
  const alerts = [
    credentials,
    tokenAlert,
    lastJobAlert(input.lastJob),
    overdueAlert(input),
    input.spaces ? spacesAlert(input.spaces) : null,
  ];
  return byRootCause(alerts.filter((alert): alert is Alert => alert !== null));
}

/**
 * The service says the site's instance or the app's session is gone: the page shows the last
 * snapshot, and only disconnecting and connecting again brings backups back in view.
 */
export function connectionLostAlert(): Alert {
  return {
    code: 'CONNECTION_LOST',
    severity: 'error',
    message:
      'GitProtect no longer recognises this Jira site’s connection: the instance was removed or the app’s session was revoked. What is shown is the last status the app read. Reconnect the site.',
    action: 'RECONNECT',
    params: {},
  };
}

/** The service could not be reached: the page shows the snapshot read at `asOf`. */
/** Why the live status could not be read: GitProtect was busy (429), or not reached at all. */
export type StaleCause = { busy: false } | { busy: true; retryAfterSeconds?: number };

export function staleDataAlert(asOf: string, cause: StaleCause = { busy: false }): Alert {
  if (cause.busy) {
    const retry = cause.retryAfterSeconds;
    return {
      code: 'STALE_DATA',
      severity: 'warning',
      message: `GitProtect is busy right now, so this is the backup status as of ${asOf}.`,
      action: 'RETRY',
      params: {
        asOf,
        reason: 'BUSY',
        ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
      },
    };
  }
  return {
    code: 'STALE_DATA',
    severity: 'warning',
    message: `GitProtect could not be reached, so this is the backup status as of ${asOf}.`,
    action: 'RETRY',
    params: { asOf },
  };
}

function credentialsAlert({ credentialsStatus }: HealthInput): Alert | null {
  if (credentialsStatus !== 'REJECTED') return null;
  return {
    code: 'CREDENTIALS_REJECTED',
    severity: 'error',
    message:
      'GitProtect can no longer sign in to Jira with the saved credentials, so backups cannot run. Update the API token.',
    action: 'UPDATE_TOKEN',
    params: {},
  };
}

/**
 * `expiresOn` is the last day (UTC) the token works, as the Management Service contract says.
 * Days left are whole calendar days in UTC, as the service and Atlassian count them: a token
 * made today to last 5 days has 5 days left all day, and 0 on its last day ("today").
 */
export function tokenExpiryAlert(token: TokenMetadata, now: Date): Alert | null {
  if (!token.configured || !token.expiresOn) return null;
  const lastDay = Date.parse(`${token.expiresOn}T00:00:00Z`);
  if (Number.isNaN(lastDay)) return null;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysLeft = Math.round((lastDay - today) / DAY_MS);
  if (daysLeft < 0) {
    return {
      code: 'TOKEN_EXPIRED',
      severity: 'error',
      message: `The Jira API token expired after ${token.expiresOn}. Backups stop until you update it.`,
      action: 'UPDATE_TOKEN',
      params: { expiresOn: token.expiresOn },
    };
  }
  if (daysLeft > TOKEN_WARNING_DAYS) return null;
  return {
    code: 'TOKEN_EXPIRING',
    severity: 'warning',
    message: `The Jira API token expires on ${token.expiresOn} (UTC), ${daysLeft === 0 ? 'today' : `in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`}. Update it before backups stop.`,
    action: 'UPDATE_TOKEN',
    params: { expiresOn: token.expiresOn, daysLeft },
  };
}

/**
 * A failed backup is fixed by finding out why, not by starting another one that fails the same
 * way: a failed one leads to the task logs in the Management Service, a partly failed one to its
 * details in the app, which give the reason for each space that failed.
 */
function lastJobAlert(lastJob: BackupJob | null): Alert | null {
  if (!lastJob) return null;
  if (lastJob.outcome === 'FAILED') {
    return {
      code: 'LAST_BACKUP_FAILED',
      severity: 'error',
      message: `The last backup failed: ${lastJob.projectsFailed} of ${lastJob.projectsTotal} spaces were not backed up. See the task logs in the Management Service.`,
      action: 'OPEN_MANAGEMENT_SERVICE',
      params: { projectsFailed: lastJob.projectsFailed, projectsTotal: lastJob.projectsTotal },
    };
  }
  if (lastJob.outcome === 'SUCCEEDED_WITH_WARNINGS' && lastJob.projectsFailed > 0) {
    return {
      code: 'LAST_BACKUP_PARTIAL',
      severity: 'warning',
      message: `The last backup partly failed: ${lastJob.projectsFailed} of ${lastJob.projectsTotal} spaces were not backed up. Its details say why for each space.`,
      action: 'OPEN_JOB_DETAILS',
      params: {
        projectsFailed: lastJob.projectsFailed,
        projectsTotal: lastJob.projectsTotal,
        jobId: lastJob.id,
      },
    };
  }
  return null;
}

/**
 * Any space that is not protected keeps the verdict from saying Jira is. The fix offered is the
 * root cause's: spaces the backup account cannot read are named in the spaces view with whom to
 * grant access; spaces left out of the plan are added in the Management Service; spaces with no
 * recent success need a backup.
 */
function spacesAlert(counts: SpaceCounts): Alert | null {
  const spaces = unprotectedSpaces(counts);
  if (spaces.protected === spaces.total) return null;
  const causes = [
    spaces.notVisible ? `${spaces.notVisible} cannot be read by the backup account` : '',
    spaces.notInPlan ? `${spaces.notInPlan} are not in the plan` : '',
    spaces.notRecentlyBackedUp
      ? `${spaces.notRecentlyBackedUp} have no successful backup within the plan's period`
      : '',
  ].filter(Boolean);
  return {
    code: 'SPACES_UNPROTECTED',
    severity: 'warning',
    message: `${spaces.protected} of ${spaces.total} spaces are protected: ${causes.join(', ')}.`,
    action: spaces.notVisible
      ? 'OPEN_SPACES'
      : spaces.notInPlan
        ? 'OPEN_MANAGEMENT_SERVICE'
        : 'BACKUP_NOW',
    params: { ...spaces },
  };
}

/** When the newest successful job the input knows of finished. */
export function lastKnownSuccess(input: HealthInput): Date | null {
  const jobs = input.lastJob ? [input.lastJob, ...input.recentJobs] : input.recentJobs;
  return lastSuccessAt(jobs);
}

/**
 * Counted up to `knownUntil` when given (the instant a stored snapshot was read): what happened
 * since is unknown, and STALE_DATA says so. A backup that has been running all along is not
 * helped by Backup now (the service answers with the same job): the logs say why it is slow.
 */
function overdueAlert(input: HealthInput): Alert | null {
  const schedule = input.schedule ?? DEFAULT_SCHEDULE;
  const allowedHours = longestGapHours(schedule) + OVERDUE_GRACE_HOURS;
  const since = lastKnownSuccess(input) ?? new Date(input.connectedAt);
  const until = input.knownUntil ?? input.now;
  const hoursWithout = (until.getTime() - since.getTime()) / HOUR_MS;
  if (hoursWithout <= allowedHours) return null;
  const days = Math.floor(hoursWithout / 24);
  const running = input.runningJob;
  return {
    code: 'BACKUP_OVERDUE',
    severity: 'error',
    message: `No successful backup for ${days >= 1 ? `${days} ${days === 1 ? 'day' : 'days'}` : `${Math.floor(hoursWithout)} hours`}, longer than the schedule allows. ${running ? 'A backup has been running since ' + running.startedAt + ': see the task logs in the Management Service.' : 'Start a backup now and check the plan.'}`,
    action: running ? 'OPEN_MANAGEMENT_SERVICE' : 'BACKUP_NOW',
    params: {
      hoursWithout: Math.floor(hoursWithout),
      since: since.toISOString(),
      ...(running ? { runningSince: running.startedAt } : {}),
    },
  };
}
