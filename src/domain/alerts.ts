import type { Alert, BackupJob, Schedule, TokenMetadata } from '../contract';
import { longestGapHours } from './schedule';
import { lastSuccessAt } from './status';

/** What the service runs when no plan is configured: daily at 02:00 UTC. */
export const DEFAULT_SCHEDULE: Schedule = {
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
  hour: 2,
  timezone: 'UTC',
};

/** Slack beyond the schedule's longest gap before a missing backup counts as overdue. */
export const OVERDUE_GRACE_HOURS = 6;
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
}

/** The health rules: each problem an admin must act on, worst first. */
export function healthAlerts(input: HealthInput): Alert[] {
  const tokenAlert = tokenExpiryAlert(input.token, input.now);
  // An expired token is why the service rejects the credentials: one cause, one alert.
  const credentials = tokenAlert?.code === 'TOKEN_EXPIRED' ? null : credentialsAlert(input);
  const alerts = [credentials, tokenAlert, lastJobAlert(input.lastJob), overdueAlert(input)].filter(
    (alert): alert is Alert => alert !== null,
  );
  return alerts.sort((a, b) => severityRank(a) - severityRank(b));
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

function severityRank(alert: Alert): number {
  return alert.severity === 'error' ? 0 : 1;
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

/** `expiresOn` is the last day (UTC) the token works, as the Management Service contract says. */
export function tokenExpiryAlert(token: TokenMetadata, now: Date): Alert | null {
  if (!token.configured || !token.expiresOn) return null;
  const expiresAt = Date.parse(`${token.expiresOn}T00:00:00Z`) + DAY_MS;
  if (Number.isNaN(expiresAt)) return null;
  const daysLeft = Math.ceil((expiresAt - now.getTime()) / DAY_MS);
  if (daysLeft <= 0) {
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
    message: `The Jira API token expires on ${token.expiresOn} (in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}). Update it before backups stop.`,
    action: 'UPDATE_TOKEN',
    params: { expiresOn: token.expiresOn, daysLeft },
  };
}

function lastJobAlert(lastJob: BackupJob | null): Alert | null {
  if (!lastJob) return null;
  if (lastJob.outcome === 'FAILED') {
    return {
      code: 'LAST_BACKUP_FAILED',
      severity: 'error',
      message: `The last backup failed: ${lastJob.projectsFailed} of ${lastJob.projectsTotal} projects were not backed up.`,
      action: 'BACKUP_NOW',
      params: { projectsFailed: lastJob.projectsFailed, projectsTotal: lastJob.projectsTotal },
    };
  }
  if (lastJob.outcome === 'SUCCEEDED_WITH_WARNINGS' && lastJob.projectsFailed > 0) {
    return {
      code: 'LAST_BACKUP_PARTIAL',
      severity: 'warning',
      message: `The last backup partly failed: ${lastJob.projectsFailed} of ${lastJob.projectsTotal} projects were not backed up. See the task logs in the Management Service.`,
      action: 'OPEN_MANAGEMENT_SERVICE',
      params: { projectsFailed: lastJob.projectsFailed, projectsTotal: lastJob.projectsTotal },
    };
  }
  return null;
}

function overdueAlert(input: HealthInput): Alert | null {
  const schedule = input.schedule ?? DEFAULT_SCHEDULE;
  const allowedHours = longestGapHours(schedule) + OVERDUE_GRACE_HOURS;
  const jobs = input.lastJob ? [input.lastJob, ...input.recentJobs] : input.recentJobs;
  const since = lastSuccessAt(jobs) ?? new Date(input.connectedAt);
  const hoursWithout = (input.now.getTime() - since.getTime()) / HOUR_MS;
  if (hoursWithout <= allowedHours) return null;
  const days = Math.floor(hoursWithout / 24);
  return {
    code: 'BACKUP_OVERDUE',
    severity: 'error',
    message: `No successful backup for ${days >= 1 ? `${days} ${days === 1 ? 'day' : 'days'}` : `${Math.floor(hoursWithout)} hours`}, longer than the schedule allows. Start a backup now and check the plan.`,
    action: 'BACKUP_NOW',
    params: { hoursWithout: Math.floor(hoursWithout), since: since.toISOString() },
  };
}
