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
}

export interface InstanceSettings {
  projectCount: number;
  projectDurationMs: number;
  failingProjects: number;
  storageRegion?: string;
}

export interface InstanceRecord extends InstanceSettings {
  id: string;
  cloudId: string;
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
}

export interface AccessTokenRecord {
  cloudId: string;
  serial: number;
  issuedAt: string;
  expiresAt: string;
  /** Expired on purpose by the `expireToken` fault. */
  expiredByFault: boolean;
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
