import { REGIONS, WEEKDAYS } from '../../contract';
import { CURSOR_PATTERN, JOB_ID_PATTERN, PROJECT_KEY_PATTERN } from '../../domain/browseInputs';
import {
  array,
  boolean,
  httpsUrl,
  isoDateTime,
  maxLength,
  minLength,
  nullable,
  matches,
  object,
  oneOf,
  optional,
  refined,
  rule,
  string,
  tagged,
  wholeNumber,
} from '../../domain/validation';

/**
 * The replies of contract/management-service.yaml as the client accepts them. Unknown fields are
 * dropped rather than refused, so the service can add fields without breaking installed apps.
 * Every bound of the contract holds (lengths, patterns, enums): what the app shows, stores or
 * sends back is never larger or looser than the contract says.
 */

const instant = string(undefined, isoDateTime());
/** A non-empty string of at most `max` characters (the contract's maxLength). */
const text = (max: number) => string(undefined, minLength(1), maxLength(max));
const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);
/** Ids the app sends back in a path: the contract's JobId, never `.` or `..`. */
const jobId = string(undefined, matches(JOB_ID_PATTERN));

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
  accessToken: text(1024),
  refreshToken: text(1024),
  accessTokenExpiresAt: instant,
});

export const registrationReply = object({
  instance: object({ id: text(128), managementHost: text(253) }),
  session: sessionReply,
});

const trigger = tagged('kind', {
  SCHEDULE: {},
  ADMIN: { accountId: text(128), displayName: text(255) },
});

/** A job never ends before it starts: its duration is not negative. */
const endsAfterStart = rule(
  (job: { startedAt: string; finishedAt: string | null }) =>
    job.finishedAt === null || Date.parse(job.finishedAt) >= Date.parse(job.startedAt),
);

export const job = refined(
  object({
    id: jobId,
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
  }),
  endsAfterStart,
);

export const summaryReply = object({
  id: text(128),
  serviceRegion: oneOf(REGIONS),
  storageRegion: text(64),
  storageProvider: text(128),
  securedProjects: count,
  visibleProjects: count,
  protectedProjects: count,
  credentials: object({ status: oneOf(['VALID', 'REJECTED']), checkedAt: instant }),
  lastJob: nullable(job),
  runningJob: nullable(job),
  nextBackupAt: nullable(instant),
});

export const schedule = object({
  days: array(
    oneOf(WEEKDAYS),
    { max: WEEKDAYS.length },
    minLength(1),
    rule((days: readonly string[]) => new Set(days).size === days.length),
  ),
  hour: wholeNumber(0, 23),
  timezone: text(64),
});

export const storedScheduleReply = object({ version: text(128), schedule: nullable(schedule) });

export const configuredScheduleReply = object({ version: text(128), schedule });

export const versionMismatchReply = object({ current: storedScheduleReply });

export const startedJobReply = object({ job, created: boolean() });

/** Sent back in a query string: only the contract's charset (see "Paging"). */
export const cursor = string(undefined, matches(CURSOR_PATTERN));

export const jobListReply = object({ jobs: array(job), nextCursor: optional(nullable(cursor)) });

const projectKey = string(undefined, matches(PROJECT_KEY_PATTERN));
const projectName = text(255);
const failureReason = nullable(text(512));

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
      jobId,
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
