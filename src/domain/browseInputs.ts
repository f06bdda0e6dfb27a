import type {
  GetCoverageInput,
  GetJobInput,
  ListJobsInput,
  ManagementDestination,
  OpenManagementServiceInput,
} from '../contract';
import type { Validation } from './inputs';
import {
  type Checker,
  INVALID,
  matches,
  oneOf,
  optional,
  strictObject,
  string,
  tagged,
  wholeNumber,
} from './validation';

/**
 * Payloads of the resolvers that read the backup history, a job's results and the projects'
 * coverage, and of the hand-off with its destination. Any Jira user can send any payload: every
 * field is checked and unknown fields are refused. A payload left out counts as `{}`.
 */

/** The contract's job ids and cursors: they go into a path or a query string as they are. */
export const JOB_ID_PATTERN = /^[A-Za-z0-9._~-]{1,128}$/;
export const CURSOR_PATTERN = /^[A-Za-z0-9._~-]{1,256}$/;
export const PROJECT_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,99}$/;

export const HISTORY_PAGE = { fallback: 10, max: 50 } as const;
export const RESULTS_PAGE = { fallback: 50, max: 100 } as const;
export const COVERAGE_PAGE = { fallback: 50, max: 100 } as const;
/** Sites have at most a few hundred thousand projects; past that a startAt is nonsense. */
const MAX_START_AT = 1_000_000;

const jobId = string(
  'Name the backup job by its id.',
  matches(JOB_ID_PATTERN, 'This is not the id of a backup job.'),
);
const cursor = optional(
  string(
    'The page cursor must be text.',
    matches(CURSOR_PATTERN, 'This page cursor is not one the app gave. Start from the first page.'),
  ),
);
const projectKey = string(
  'Name the project by its key.',
  matches(PROJECT_KEY_PATTERN, 'This is not a Jira project key.'),
);

const destinationKinds = tagged('kind', {
  HOME: {},
  NOTIFICATION_SETTINGS: {},
  JOB_LOGS: { jobId },
  RESTORE_PROJECT: { projectKey },
});
const DESTINATION_KEYS: Record<ManagementDestination['kind'], readonly string[]> = {
  HOME: ['kind'],
  NOTIFICATION_SETTINGS: ['kind'],
  JOB_LOGS: ['kind', 'jobId'],
  RESTORE_PROJECT: ['kind', 'projectKey'],
};

/** A destination of the closed list, with exactly the fields of its kind. */
const destination: Checker<ManagementDestination> = (input) => {
  const result = destinationKinds(input);
  if (!result.ok) {
    return result.issue.path[0] === 'kind'
      ? {
          ok: false,
          issue: {
            path: ['kind'],
            message: 'The destination is HOME, JOB_LOGS, RESTORE_PROJECT or NOTIFICATION_SETTINGS.',
          },
        }
      : result;
  }
  const allowed = DESTINATION_KEYS[result.value.kind];
  const extra = Object.keys(input as object).find((key) => !allowed.includes(key));
  return extra === undefined
    ? result
    : { ok: false, issue: { path: [], message: INVALID, unknownKey: extra } };
};

const openChecker = strictObject({ destination: optional(destination) });

const listJobsChecker = strictObject({
  cursor,
  limit: optional(
    wholeNumber(
      1,
      HISTORY_PAGE.max,
      `The page size is a whole number from 1 to ${HISTORY_PAGE.max}.`,
    ),
  ),
});

const getJobChecker = strictObject({
  jobId,
  outcome: optional(
    oneOf(['SUCCEEDED', 'FAILED', 'PENDING'], 'The outcome is SUCCEEDED, FAILED or PENDING.'),
  ),
  cursor,
  limit: optional(
    wholeNumber(
      1,
      RESULTS_PAGE.max,
      `The page size is a whole number from 1 to ${RESULTS_PAGE.max}.`,
    ),
  ),
});

const coverageChecker = strictObject({
  startAt: optional(wholeNumber(0, MAX_START_AT, 'startAt is a whole number from 0.')),
  limit: optional(
    wholeNumber(
      1,
      COVERAGE_PAGE.max,
      `The page size is a whole number from 1 to ${COVERAGE_PAGE.max}.`,
    ),
  ),
});

export function validateOpenManagementService(
  payload: unknown,
): Validation<OpenManagementServiceInput> {
  return checkPayload(openChecker, payload);
}

export function validateListJobs(payload: unknown): Validation<ListJobsInput> {
  return checkPayload(listJobsChecker, payload);
}

export function validateGetJob(payload: unknown): Validation<GetJobInput> {
  return checkPayload(getJobChecker, payload);
}

export function validateGetCoverage(payload: unknown): Validation<GetCoverageInput> {
  return checkPayload(coverageChecker, payload);
}

/** As inputs.ts's checks, and a payload left out (undefined or null) is `{}`. */
function checkPayload<T>(checker: Checker<T>, payload: unknown): Validation<T> {
  const input = payload === undefined || payload === null ? {} : payload;
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, field: 'payload', message: 'The request must be an object.' };
  }
  const result = checker(input);
  if (result.ok) return { ok: true, value: result.value };
  const { path, message, unknownKey } = result.issue;
  if (unknownKey !== undefined) {
    const key = unknownKey.slice(0, 64);
    const where = path.length > 0 ? `${String(path[0])}.` : '';
    return {
      ok: false,
      field: path.length > 0 ? String(path[0]) : key,
      message: `Unknown field "${where}${key}".`,
    };
  }
  return { ok: false, field: path.length > 0 ? String(path[0]) : 'payload', message };
}
