import type { JobTrigger, Region, Schedule } from '../../src/contract';

/** Everything the emulator remembers; plain JSON so it can be written to the state file. */
export interface EmulatorState {
  /** How far the emulator's clock runs ahead of its base clock. */
  clockOffsetMs: number;
  /** By Jira cloudId. */
  instances: Record<string, InstanceRecord>;
  accessTokens: Record<string, AccessTokenRecord>;
  /** Refresh token -> cloudId. */
  refreshTokens: Record<string, string>;
  /** Serial of the last access token issued. */
  lastTokenSerial: number;
  /** Settings given to instances registered from now on. */
  defaults: InstanceSettings;
  /** One-time sign-in codes of `POST /instance/sso`, by code (absent in older state files). */
  ssoCodes?: Record<string, SsoCodeRecord>;
}

/** What a one-time sign-in link opens: who, where to, until when, and whether it was used. */
export interface SsoCodeRecord {
  cloudId: string;
  managementHost: string;
  accountId: string;
  displayName: string;
  destination: SsoDestination;
  expiresAt: string;
  usedAt: string | null;
}

export type SsoDestination =
  | { kind: 'HOME' }
  | { kind: 'NOTIFICATION_SETTINGS' }
  | { kind: 'JOB_LOGS'; jobId: string }
  | { kind: 'RESTORE_PROJECT'; projectKey: string };

export interface InstanceSettings {
  projectCount: number;
  projectDurationMs: number;
  failingProjects: number;
  /**
   * The last this many projects of the site are ones the backup account cannot browse: the
   * service never sees them, so it neither lists nor backs them up (absent: none).
   */
  hiddenProjects?: number;
  /** The first this many projects the account can see are left out of the plan (absent: none). */
  excludedProjects?: number;
  storageRegion?: string;
}

export interface InstanceRecord extends InstanceSettings {
  id: string;
  cloudId: string;
  /**
   * The app installation that registered the site last (the FIT's `app.installationId`). A new
   * one for the same cloudId is the app installed again: it replaces this one (absent in older
   * state files).
   */
  installationId?: string;
  siteUrl: string;
  region: Region;
  managementHost: string;
  storageRegion: string;
  storageProvider: string;
  credentials: CredentialsRecord;
  plan: { version: string; schedule: Schedule | null };
  /** Oldest first. */
  jobs: JobRecord[];
  /** Idempotency-Key -> job id. */
  idempotencyKeys: Record<string, string>;
  /** Scheduled runs due up to this instant have been started (or skipped). */
  scheduledUpTo: string;
}

/** What the emulator keeps of the Jira credentials: never the token itself. */
export interface CredentialsRecord {
  email: string;
  apiTokenLastFour: string;
  expiresOn: string | null;
  checkedAt: string;
  /** Set by the control API; wins over the expiry date. */
  statusOverride: 'VALID' | 'REJECTED' | null;
}

/** A job's progress is not stored: it follows from its start, its size and the clock. */
export interface JobRecord {
  id: string;
  startedAt: string;
  trigger: JobTrigger;
  projectsTotal: number;
  projectsFailing: number;
  projectDurationMs: number;
  /**
   * The site index of the job's first project: it backs up projects `projectOffset` to
   * `projectOffset + projectsTotal - 1` of the site, in that order (absent: 0).
   */
  projectOffset?: number;
  /** Started while Jira refused the credentials: every project failed for that reason. */
  credentialsRejected?: boolean;
}

export interface AccessTokenRecord {
  cloudId: string;
  serial: number;
  issuedAt: string;
  expiresAt: string;
  /** Expired on purpose by the `expireToken` fault. */
  expiredByFault: boolean;
  /** Revoked by the `revokeSession` fault (absent in older state files). */
  revoked?: boolean;
}

export function emptyState(defaults: InstanceSettings): EmulatorState {
  return {
    clockOffsetMs: 0,
    instances: {},
    accessTokens: {},
    refreshTokens: {},
    lastTokenSerial: 0,
    defaults,
  };
}
