/**
 * The one contract between the page and the resolvers. Imported by both sides, so it imports
 * nothing: plain types and a few constant lists.
 */

export const REGIONS = ['EU', 'US', 'AU'] as const;
export type Region = (typeof REGIONS)[number];

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When backups run: hour H:00 local wall-clock time on each chosen day, in an IANA zone. */
export interface Schedule {
  days: Weekday[];
  hour: number;
  timezone: string;
}

/**
 * The charset of a schedule version (the Management Service contract's `ScheduleVersion`). A
 * version goes into the `If-Match` header, so nothing else may pass: a control or non-Latin-1
 * character would break the request, and `*` would match any version and undo the lost-update
 * check. Shared by the payload check and the service client.
 */
export const SCHEDULE_VERSION_PATTERN = /^[A-Za-z0-9._~+=-]{1,128}$/;

/** A schedule as stored by the service; `version` guards against lost updates. */
export interface VersionedSchedule extends Schedule {
  version: string;
}

export const ERROR_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_CONNECTED',
  'CONFLICT',
  'TOKEN_REJECTED',
  /** GitProtect no longer knows this site's instance or session: disconnect, then connect. */
  'CONNECTION_LOST',
  /** `connect`: the site is registered with GitProtect in another region (`region`). */
  'REGISTERED_IN_OTHER_REGION',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Why the service refused a Jira API token, when it could tell: not an Atlassian API token,
 * another account's token (or the wrong email), expired, or no access to this site's Jira.
 */
export const TOKEN_REJECTIONS = ['FORMAT', 'WRONG_EMAIL', 'EXPIRED', 'NO_ACCESS'] as const;
export type TokenRejection = (typeof TOKEN_REJECTIONS)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** The payload field at fault, for INVALID_INPUT. */
  field?: string;
  /** Seconds to wait before retrying, for UPSTREAM_RATE_LIMITED. */
  retryAfterSeconds?: number;
  /** For CONFLICT on the schedule: what is stored now (null: no plan configured). */
  current?: VersionedSchedule | null;
  /** For CONFLICT on the schedule: the version to save against now. */
  currentVersion?: string;
  /** For REGISTERED_IN_OTHER_REGION: where the site is registered, when the service said. */
  region?: Region;
  /** For TOKEN_REJECTED: why, when the service said. */
  tokenRejection?: TokenRejection;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** The state of a single backup job. */
export type JobOutcome =
  'RUNNING' | 'SUCCEEDED' | 'SUCCEEDED_WITH_WARNINGS' | 'FAILED' | 'CANCELED' | 'NOT_STARTED';

/**
 * The backup status shown on the page: PAUSED while no backup can run (`health.pausedUntil`
 * says until what), else the running job, or else how the last one ended.
 */
export type BackupStatus =
  | 'NEVER_RUN'
  | 'RUNNING'
  | 'SUCCEEDED'
  | 'SUCCEEDED_WITH_WARNINGS'
  | 'FAILED'
  | 'CANCELED'
  | 'PAUSED';

/** Who started a job. The admin's account id and name are absent in a member's overview. */
export type JobTrigger =
  { kind: 'SCHEDULE' } | { kind: 'ADMIN'; accountId?: string; displayName?: string };

export interface BackupJob {
  id: string;
  outcome: JobOutcome;
  /** ISO 8601 instants. */
  startedAt: string;
  finishedAt: string | null;
  projectsTotal: number;
  projectsSucceeded: number;
  projectsFailed: number;
  trigger: JobTrigger;
}

export interface TokenMetadata {
  configured: boolean;
  /** Admins only: never present for other viewers. */
  email?: string;
  lastFour?: string;
  updatedAt?: string;
  /** `YYYY-MM-DD`, or null when the admin did not say. */
  expiresOn?: string | null;
}

export const ALERT_CODES = [
  'LAST_BACKUP_FAILED',
  'LAST_BACKUP_PARTIAL',
  'BACKUP_OVERDUE',
  /**
   * Not every space of the site is protected (src/domain/protection.ts): `params` count them,
   * `protected` of `total`, and each cause (`notVisible`, `notInPlan`, `notRecentlyBackedUp`).
   */
  'SPACES_UNPROTECTED',
  'TOKEN_EXPIRING',
  'TOKEN_EXPIRED',
  'CREDENTIALS_REJECTED',
  'CONNECTION_LOST',
  /** The service could not be reached: what is shown is the snapshot of `params.asOf`. */
  'STALE_DATA',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

/** What fixes an alert; the page turns it into a button. */
export type AlertAction =
  | 'UPDATE_TOKEN'
  | 'BACKUP_NOW'
  | 'OPEN_MANAGEMENT_SERVICE'
  | 'RECONNECT'
  | 'RETRY'
  /** The spaces view: which spaces are not protected, and the fix beside each. */
  | 'OPEN_SPACES'
  /**
   * The details of one backup in the app (`params.jobId`): which spaces failed in it and why.
   * The Management Service's logs are the secondary way.
   */
  | 'OPEN_JOB_DETAILS';

export interface Alert {
  code: AlertCode;
  severity: 'warning' | 'error';
  /** Plain English words; the page shows its own translation of `code` with `params`. */
  message: string;
  action: AlertAction;
  params: Record<string, string | number>;
}

/**
 * The one verdict the page leads with, worked out by the backend from everything the overview
 * holds (`src/domain/health.ts`).
 */
export interface Health {
  /** `alerts[0]`'s code: the root cause of what is wrong; PROTECTED when nothing is. */
  verdict: AlertCode | 'PROTECTED';
  /** While no backup can run: what has to happen first. Null while backups can run. */
  pausedUntil: 'TOKEN_REPLACED' | 'RECONNECTED' | null;
  /** The backend's clock when this was worked out: "2 h ago" on the page counts from it. */
  checkedAt: string;
  /** When the newest successful backup the app knows of finished. */
  lastSuccessAt: string | null;
}

export type AuditAction =
  'CONNECTED' | 'DISCONNECTED' | 'SCHEDULE_CHANGED' | 'BACKUP_STARTED' | 'TOKEN_UPDATED';

export interface AuditEntry {
  at: string;
  accountId: string;
  displayName: string;
  action: AuditAction;
  /** A short, secret-free description, e.g. "MON, WED at 02:00 Europe/Warsaw". */
  detail: string;
}

export interface Viewer {
  accountId: string;
  isAdmin: boolean;
}

export interface NotConnectedOverview {
  connected: false;
  viewer: Viewer;
}

export interface ConnectedOverview {
  connected: true;
  viewer: Viewer;
  region: Region;
  securedProjects: number;
  /** Projects in the Jira site, or null when Jira could not be asked. */
  siteProjects: number | null;
  serviceRegion: Region;
  storageRegion: string;
  status: BackupStatus;
  /** The job in progress, if any (its counts give the progress). */
  runningJob: BackupJob | null;
  /** The last job that finished, whatever its outcome. */
  lastBackup: BackupJob | null;
  nextBackupAt: string | null;
  /** Null when no plan is configured yet: backups then use the service's default plan. */
  schedule: VersionedSchedule | null;
  /** The version to send with `saveSchedule`, also when no schedule is configured yet. */
  scheduleVersion: string;
  recentJobs: BackupJob[];
  audit: AuditEntry[];
  token: TokenMetadata;
  /** Every cause that needs an admin, the root cause first: `alerts[0]` is the verdict. */
  alerts: Alert[];
  health: Health;
  /**
   * True when this is the last stored snapshot: the service could not be reached (then `alerts`
   * holds STALE_DATA), or it no longer knows the site (then CONNECTION_LOST).
   */
  stale: boolean;
  /**
   * Set (with `stale`) when a connect committed but its first reading of the service failed:
   * nothing is known yet of the backups (no jobs, no plan, zero counts, an empty
   * `scheduleVersion`); the next getOverview reads them.
   */
  partial?: true;
  /** When the data was read from the service. */
  asOf: string;
}

export type Overview = NotConnectedOverview | ConnectedOverview;

export interface GetOverviewInput {
  /**
   * A page left open reading again with nothing running: the stored status answers while it is
   * fresh (no job running, no planned run due since, read within 30 minutes), so the read asks
   * GitProtect nothing; otherwise it is read live as without the flag.
   */
  idle?: true;
}

export interface SaveScheduleInput extends Schedule {
  /** The version the admin edited; a newer stored version is a CONFLICT. */
  version: string;
}

export interface SavedSchedule {
  schedule: VersionedSchedule;
  /** The next three backups, ISO 8601. */
  nextBackups: string[];
}

export interface StartedBackup {
  job: BackupJob;
  /** False when a backup was already running and that job is returned. */
  started: boolean;
}

export interface ManagementServiceLink {
  url: string;
}

/**
 * Where a hand-off to the Management Service lands: a closed list, carried in the one-time
 * sign-in request (never in the link).
 */
export const MANAGEMENT_DESTINATIONS = [
  'HOME',
  'JOB_LOGS',
  'RESTORE_PROJECT',
  'NOTIFICATION_SETTINGS',
] as const;
export type ManagementDestinationKind = (typeof MANAGEMENT_DESTINATIONS)[number];
export type ManagementDestination =
  | { kind: 'HOME' }
  /** E-mail when a backup fails is set up there. */
  | { kind: 'NOTIFICATION_SETTINGS' }
  | { kind: 'JOB_LOGS'; jobId: string }
  | { kind: 'RESTORE_PROJECT'; projectKey: string };

export interface OpenManagementServiceInput {
  /** HOME when absent. */
  destination?: ManagementDestination;
}

/** `listJobs`: a page of the backup history, newest first. */
export interface ListJobsInput {
  /** The `nextCursor` of the previous page; absent for the newest page. */
  cursor?: string;
  /** 1 to 50; 10 when absent. */
  limit?: number;
}

export interface JobHistoryPage {
  jobs: BackupJob[];
  /** Asks for the next (older) page; null on the last one. */
  nextCursor: string | null;
}

export type ProjectOutcome = 'SUCCEEDED' | 'FAILED' | 'PENDING';

/** What one backup job did for one project. */
export interface JobProjectResult {
  key: string;
  name: string;
  /** PENDING: a running job has not reached the project yet. */
  outcome: ProjectOutcome;
  /** The service's reason, for FAILED; null otherwise. */
  failureReason: string | null;
  finishedAt: string | null;
}

/** `getJob`: one job and a page of its per-project results. */
export interface GetJobInput {
  jobId: string;
  /** Only the projects with this outcome (FAILED: the failures and their reasons). */
  outcome?: ProjectOutcome;
  cursor?: string;
  /** 1 to 100; 50 when absent. */
  limit?: number;
}

export interface JobDetails {
  job: BackupJob;
  /** `finishedAt - startedAt` in ms; null while the job runs. */
  durationMs: number | null;
  projects: JobProjectResult[];
  nextCursor: string | null;
}

/**
 * Why a project is or is not protected (src/domain/protection.ts):
 * - PROTECTED: in the plan, the backup account sees it, and a backup of it succeeded within the
 *   plan's period (the longest gap between two runs, plus 6 hours);
 * - LAST_BACKUP_FAILED: no success within the period, and the last backup of it failed
 *   (`lastBackup.failureReason`);
 * - NEVER_BACKED_UP: in the plan, but no backup of it has succeeded yet;
 * - BACKUP_OUTDATED: in the plan, but its last success is older than the period;
 * - NOT_IN_PLAN: the backup account sees it, but the plan leaves it out;
 * - NOT_VISIBLE_TO_BACKUP_ACCOUNT: the Jira account whose token GitProtect uses cannot browse it,
 *   so GitProtect never sees it: grant that account "Browse projects" in the project.
 */
export type ProjectCoverageStatus =
  | 'PROTECTED'
  | 'LAST_BACKUP_FAILED'
  | 'NEVER_BACKED_UP'
  | 'BACKUP_OUTDATED'
  | 'NOT_IN_PLAN'
  | 'NOT_VISIBLE_TO_BACKUP_ACCOUNT';

/** What fixes a project that is not protected; the page turns it into words and a button. */
export type ProjectCoverageFix =
  /** Grant the backup account (`ProjectCoveragePage.backupAccount`) Browse projects. */
  | 'GRANT_BROWSE_PROJECTS'
  /** Add the project to the plan in the Management Service (RESTORE/HOME destinations). */
  | 'ADD_TO_PLAN'
  /** Read the failed job's logs (destination JOB_LOGS with `lastBackup.jobId`). */
  | 'SEE_JOB_LOGS'
  /** A backup saves it: the next scheduled one, or Backup now. */
  | 'START_BACKUP';

/** The last finished backup that included a project, and how it went for that project. */
export interface ProjectLastBackup {
  jobId: string;
  finishedAt: string;
  outcome: 'SUCCEEDED' | 'FAILED';
  failureReason: string | null;
}

export interface ProjectCoverage {
  key: string;
  name: string;
  status: ProjectCoverageStatus;
  /** Null when the project is protected. */
  fix: ProjectCoverageFix | null;
  lastBackup: ProjectLastBackup | null;
  /** When a backup of it last succeeded; null when none has (or the service cannot see it). */
  lastSuccessAt: string | null;
}

/**
 * `getCoverage`: a page of the site's projects (in Jira's order by key; each page in natural
 * order, ANL5 before ANL49).
 */
export interface GetCoverageInput {
  /** 0 when absent: a position in Jira's list of the (matching) projects. */
  startAt?: number;
  /** 1 to 100; 50 when absent. */
  limit?: number;
  /**
   * Only projects whose key or name contains this, ignoring case (Jira's project search): 1 to
   * 80 characters, not only spaces, no control characters. Searched as given, without the
   * spaces around it.
   */
  query?: string;
  /**
   * Only projects that are not protected: looks at up to `COVERAGE_SCAN` projects from `startAt`
   * and stops at `limit` found; `lookedAt` says where it got to.
   */
  onlyUnprotected?: boolean;
}

export interface ProjectCoveragePage {
  projects: ProjectCoverage[];
  startAt: number;
  /** The `startAt` of the next page; null on the last one. */
  nextStartAt: number | null;
  /** Projects of the site the app sees. */
  siteProjects: number;
  /** Projects that match `query` (without one, `siteProjects`). */
  matchingProjects: number;
  /**
   * How many of the matching projects, in Jira's order, this page and those before it have
   * looked at: with `onlyUnprotected`, more than the rows it returns.
   */
  lookedAt: number;
  /** Projects the backup account can see (GitProtect's count). */
  visibleToBackupAccount: number;
  /** Projects the plan backs up. */
  plannedProjects: number;
  /** Site projects the backup account cannot see: `siteProjects - visibleToBackupAccount`, at least 0. */
  notVisibleToBackupAccount: number;
  /** The Jira account whose API token GitProtect uses: who needs Browse projects. */
  backupAccount: { email: string | null };
}

export interface UpdateJiraTokenInput {
  email: string;
  token: string;
  expiresOn?: string;
}

export interface ConnectInput extends UpdateJiraTokenInput {
  region: Region;
}

/** Every resolver, by function key: shared by `makeResolver` and `makeInvoke`. */
export type Defs = {
  /** The payload may be left out: a live reading. */
  getOverview: (payload: GetOverviewInput | void) => Envelope<Overview>;
  saveSchedule: (payload: SaveScheduleInput) => Envelope<SavedSchedule>;
  startBackup: () => Envelope<StartedBackup>;
  /** The payload may be left out: HOME. */
  openManagementService: (
    payload: OpenManagementServiceInput | void,
  ) => Envelope<ManagementServiceLink>;
  /** Admins only: the site's projects, page by page, each protected or why not. */
  getCoverage: (payload: GetCoverageInput | void) => Envelope<ProjectCoveragePage>;
  /** Admins only: one job, its duration and its per-project results. */
  getJob: (payload: GetJobInput) => Envelope<JobDetails>;
  /** The backup history beyond the overview's 10 jobs (members get no admin names). */
  listJobs: (payload: ListJobsInput | void) => Envelope<JobHistoryPage>;
  updateJiraToken: (payload: UpdateJiraTokenInput) => Envelope<TokenMetadata>;
  connect: (payload: ConnectInput) => Envelope<Overview>;
  /** Forgets the connection, session and snapshot (the audit trail stays); then `connect`. */
  disconnect: () => Envelope<Overview>;
};

export type FunctionKey = keyof Defs;
