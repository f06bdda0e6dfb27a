import type {
  BackupJob,
  JobProjectResult,
  ManagementDestination,
  ProjectLastBackup,
  ProjectOutcome,
  Region,
  Schedule,
  VersionedSchedule,
} from '../contract';

/**
 * The GitProtect Management Service, as the app needs it (see contract/management-service.yaml).
 * Failures are thrown as `UpstreamError` (src/ports/upstreamError.ts).
 */

export interface ServiceSession {
  accessToken: string;
  refreshToken: string;
  /** ISO 8601: when the access token stops working (30 days after issue). */
  accessTokenExpiresAt: string;
}

export interface JiraCredentials {
  email: string;
  apiToken: string;
  /** `YYYY-MM-DD`, when the admin knows it. */
  expiresOn?: string;
}

export interface Registration {
  instanceId: string;
  /** The Management Service host of this instance, e.g. `acme-4f2a.eu.app.gitprotect.io`. */
  managementHost: string;
  session: ServiceSession;
}

export interface InstanceSummary {
  instanceId: string;
  serviceRegion: Region;
  storageRegion: string;
  securedProjects: number;
  /** Projects the backup account can browse (of which the plan backs up `securedProjects`). */
  visibleProjects: number;
  /** Planned projects with a success within the plan's period (src/domain/protection.ts). */
  protectedProjects: number;
  /** Whether the service could use the Jira credentials the last time it tried. */
  credentialsStatus: 'VALID' | 'REJECTED';
  lastJob: BackupJob | null;
  runningJob: BackupJob | null;
  nextBackupAt: string | null;
}

export interface StoredSchedule {
  version: string;
  /** Null when no plan is configured: the service's default plan applies. */
  schedule: Schedule | null;
}

export interface BackupRequester {
  accountId: string;
  displayName: string;
}

export interface StartBackupResult {
  job: BackupJob;
  /**
   * True when this call started the job, also when only a repeat of its request (the answer to
   * the first was lost) learnt of it; false when another's running job is returned instead.
   */
  created: boolean;
}

/** A page of jobs, newest first; `nextCursor` asks for the older ones (null: no more). */
export interface JobPage {
  jobs: BackupJob[];
  nextCursor: string | null;
}

/** One job and a page of its per-project results. */
export interface JobResults {
  job: BackupJob;
  projects: JobProjectResult[];
  nextCursor: string | null;
}

/** What the service knows of one project the backup account can see. */
export interface ServiceProject {
  key: string;
  name: string;
  inPlan: boolean;
  lastBackup: ProjectLastBackup | null;
  /** When a backup of the project last succeeded; null when none has. */
  lastSuccessAt: string | null;
}

export interface ServiceProjects {
  /** Of the keys asked for, those the backup account can see. */
  projects: ServiceProject[];
  /** How many projects the backup account can see. */
  visibleProjects: number;
  /** How many of those the plan backs up. */
  plannedProjects: number;
}

/** Keeps the service session; the client reads it before a call and writes it after a refresh. */
export interface SessionVault {
  read(): Promise<ServiceSession | undefined>;
  write(session: ServiceSession): Promise<void>;
}

export interface CallOptions {
  budgetMs?: number;
}

/** Calls that need no instance yet. */
export interface ManagementServiceDirectory {
  register(
    region: Region,
    site: { cloudId: string; siteUrl: string },
    credentials: JiraCredentials,
  ): Promise<Registration>;
  /**
   * A client for a connected instance, authenticated with the vault's session. `budgetMs` caps
   * each call, retries included, for callers that must answer quickly.
   */
  instance(region: Region, vault: SessionVault, options?: CallOptions): ManagementService;
}

export interface ManagementService {
  refreshSession(): Promise<ServiceSession>;
  getSummary(): Promise<InstanceSummary>;
  getSchedule(): Promise<StoredSchedule>;
  /** Throws UpstreamError CONFLICT with `detail: StoredSchedule` when `ifVersion` is stale. */
  replaceSchedule(schedule: Schedule, ifVersion: string): Promise<VersionedSchedule>;
  startBackup(requester: BackupRequester, idempotencyKey: string): Promise<StartBackupResult>;
  listJobs(limit: number): Promise<BackupJob[]>;
  /** Throws UpstreamError NOT_FOUND (`detail: { what: 'cursor' }`) for a cursor it did not issue. */
  listJobPage(limit: number, cursor?: string): Promise<JobPage>;
  /**
   * Throws UpstreamError NOT_FOUND with `detail: { what: 'job' }` for a job the instance does
   * not have, `{ what: 'cursor' }` for a cursor it did not issue.
   */
  getJob(
    jobId: string,
    options?: { outcome?: ProjectOutcome; cursor?: string; limit?: number },
  ): Promise<JobResults>;
  /** Coverage of up to 100 projects by key; keys the backup account cannot see are absent. */
  projectsByKey(keys: string[]): Promise<ServiceProjects>;
  /** Throws UpstreamError CREDENTIALS_REJECTED when the service cannot use them. */
  updateCredentials(credentials: JiraCredentials): Promise<void>;
  /** Throws UpstreamError NOT_FOUND (`detail: { what: 'job' }`) for a JOB_LOGS job it lacks. */
  createSsoUrl(
    requester: BackupRequester,
    destination?: ManagementDestination,
  ): Promise<{ url: string; expiresAt: string }>;
}
