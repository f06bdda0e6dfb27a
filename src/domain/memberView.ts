import type { Alert, AlertCode, BackupJob, ConnectedOverview, JobTrigger } from '../contract';

/**
 * What a Jira user who is not an admin may see of the overview: status-level facts only. The
 * one place that decides it, applied to the whole overview: no audit trail, no token details
 * (the expiry date among them, also inside alerts), no admin's account id or name on a job.
 */
export function memberView(overview: ConnectedOverview): ConnectedOverview {
  return {
    ...overview,
    viewer: { ...overview.viewer, isAdmin: false },
    token: { configured: overview.token.configured },
    audit: [],
    alerts: overview.alerts.map(memberAlert),
    runningJob: overview.runningJob && memberJob(overview.runningJob),
    lastBackup: overview.lastBackup && memberJob(overview.lastBackup),
    recentJobs: overview.recentJobs.map(memberJob),
  };
}

/** The alert parameters a member may see, per code; any other parameter is an admin's. */
const MEMBER_PARAMS: Record<AlertCode, readonly string[]> = {
  LAST_BACKUP_FAILED: ['projectsFailed', 'projectsTotal'],
  LAST_BACKUP_PARTIAL: ['projectsFailed', 'projectsTotal'],
  BACKUP_OVERDUE: ['hoursWithout', 'since', 'runningSince'],
  // Counts only: which spaces, and whose access is missing, are an admin's to see.
  SPACES_UNPROTECTED: ['protected', 'total'],
  TOKEN_EXPIRING: [],
  TOKEN_EXPIRED: [],
  CREDENTIALS_REJECTED: [],
  CONNECTION_LOST: [],
  STALE_DATA: ['asOf', 'reason', 'retryAfterSeconds'],
};

/** Words for an alert whose admin text held a parameter the member does not get. */
const MEMBER_MESSAGES: Partial<Record<AlertCode, string>> = {
  TOKEN_EXPIRING:
    'The Jira API token GitProtect uses expires soon. Ask a Jira administrator to update it.',
  TOKEN_EXPIRED:
    'The Jira API token GitProtect uses has expired, so backups stop. Ask a Jira administrator to update it.',
};
const MEMBER_FALLBACK = 'GitProtect needs the attention of a Jira administrator.';

function memberAlert(alert: Alert): Alert {
  const allowed = MEMBER_PARAMS[alert.code] ?? [];
  const params = Object.fromEntries(
    Object.entries(alert.params).filter(([name]) => allowed.includes(name)),
  );
  const trimmed = Object.keys(params).length < Object.keys(alert.params).length;
  return {
    code: alert.code,
    severity: alert.severity,
    message: trimmed ? (MEMBER_MESSAGES[alert.code] ?? MEMBER_FALLBACK) : alert.message,
    action: alert.action,
    params,
  };
}

function memberJob(job: BackupJob): BackupJob {
  return { ...job, trigger: memberTrigger(job.trigger) };
}

function memberTrigger(trigger: JobTrigger): JobTrigger {
  return trigger.kind === 'ADMIN' ? { kind: 'ADMIN' } : { kind: 'SCHEDULE' };
}
