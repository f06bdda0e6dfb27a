import type { BackupJob, Region, Schedule, VersionedSchedule } from '../contract';

/**
 * The GitProtect Management Service, as the app needs it (see contract/management-service.yaml).
 * Failures are thrown as `UpstreamError` (src/ports/errors.ts).
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
  /** False when a job was already running and is returned instead. */
  created: boolean;
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
  /** Throws UpstreamError CREDENTIALS_REJECTED when the service cannot use them. */
  updateCredentials(credentials: JiraCredentials): Promise<void>;
  createSsoUrl(requester: BackupRequester): Promise<{ url: string; expiresAt: string }>;
}
