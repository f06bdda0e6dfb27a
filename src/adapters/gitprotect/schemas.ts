import { REGIONS, WEEKDAYS } from '../../contract';
import {
  array,
  boolean,
  httpsUrl,
  isoDateTime,
  minLength,
  nullable,
  matches,
  object,
  oneOf,
  optional,
  string,
  tagged,
  wholeNumber,
} from '../../domain/validation';

/**
 * The replies of contract/management-service.yaml as the client accepts them. Unknown fields are
 * dropped rather than refused, so the service can add fields without breaking installed apps.
 */

const instant = string(undefined, isoDateTime());
const text = string(undefined, minLength(1));
const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);

export const errorReply = object({
  error: object({ code: string(), message: string() }),
});

/** 422 `credentials_rejected`: why, when the service could tell (any string; unknown ones ignored). */
export const credentialsRejectedReply = object({
  error: object({ reason: optional(string()) }),
});

/** 409 `registered_in_other_region` of `POST /instances`: where the site is registered. */
export const registeredElsewhereReply = object({ region: oneOf(REGIONS) });

export const sessionReply = object({
  accessToken: text,
  refreshToken: text,
  accessTokenExpiresAt: instant,
});

export const registrationReply = object({
  instance: object({ id: text, managementHost: text }),
  session: sessionReply,
});

const trigger = tagged('kind', {
  SCHEDULE: {},
  ADMIN: { accountId: text, displayName: text },
});

export const job = object({
  id: text,
  outcome: oneOf([
    'RUNNING',
    'SUCCEEDED',
    'SUCCEEDED_WITH_WARNINGS',
    'FAILED',
    'CANCELED',
    'NOT_STARTED',
  ]),
  startedAt: instant,
  finishedAt: nullable(instant),
  projectsTotal: count,
  projectsSucceeded: count,
  projectsFailed: count,
  trigger,
});

export const summaryReply = object({
  id: text,
  serviceRegion: oneOf(REGIONS),
  storageRegion: text,
  storageProvider: text,
  securedProjects: count,
  visibleProjects: count,
  protectedProjects: count,
  credentials: object({ status: oneOf(['VALID', 'REJECTED']), checkedAt: instant }),
  lastJob: nullable(job),
  runningJob: nullable(job),
  nextBackupAt: nullable(instant),
});

export const schedule = object({
  days: array(oneOf(WEEKDAYS), {}, minLength(1)),
  hour: wholeNumber(0, 23),
  timezone: text,
});

export const storedScheduleReply = object({ version: text, schedule: nullable(schedule) });

export const configuredScheduleReply = object({ version: text, schedule });

export const versionMismatchReply = object({ current: storedScheduleReply });

export const startedJobReply = object({ job, created: boolean() });

/** Sent back in a query string: only the contract's charset (see "Paging"). */
export const cursor = string(undefined, matches(/^[A-Za-z0-9._~-]{1,256}$/));

export const jobListReply = object({ jobs: array(job), nextCursor: optional(nullable(cursor)) });

const projectKey = string(undefined, matches(/^[A-Z][A-Z0-9_]{0,99}$/));
const projectName = text;
const failureReason = nullable(text);

export const projectResult = object({
  key: projectKey,
  name: projectName,
  outcome: oneOf(['SUCCEEDED', 'FAILED', 'PENDING']),
  failureReason,
  finishedAt: nullable(instant),
});

export const jobDetailsReply = object({
  job,
  projects: array(projectResult),
  nextCursor: nullable(cursor),
});

export const projectCoverage = object({
  key: projectKey,
  name: projectName,
  inPlan: boolean(),
  lastBackup: nullable(
    object({
      jobId: text,
      finishedAt: instant,
      outcome: oneOf(['SUCCEEDED', 'FAILED']),
      failureReason,
    }),
  ),
  lastSuccessAt: nullable(instant),
});

export const projectCoverageReply = object({
  projects: array(projectCoverage),
  nextCursor: nullable(cursor),
  visibleProjects: count,
  plannedProjects: count,
});

export const ssoReply = object({ url: httpsUrl(), expiresAt: instant });
