import type {
  GetCoverageInput,
  GetJobInput,
  ListJobsInput,
  ManagementDestination,
  OpenManagementServiceInput,
} from '../contract';
import { type Validation, checkPayload } from './inputs';
import {
  type Checker,
  boolean,
  matches,
  oneOf,
  optional,
  strictObject,
  string,
  wholeNumber,
} from './validation';

/**
 * Payloads of the resolvers that read the backup history, a job's results and the projects'
 * coverage, and of the hand-off with its destination. Any Jira user can send any payload: every
 * field is checked and unknown fields are refused. A payload left out counts as `{}`.
 */

/**
 * The contract's job ids and cursors. A job id is a path segment: never `.` or `..`, which a URL
 * resolves into another path (and it is percent-encoded all the same).
 */
export const JOB_ID_PATTERN = /^(?!\.{1,2}$)[A-Za-z0-9._~-]{1,128}$/;
export const CURSOR_PATTERN = /^[A-Za-z0-9._~-]{1,256}$/;
export const PROJECT_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,99}$/;

export const HISTORY_PAGE = { fallback: 10, max: 50 } as const;
export const RESULTS_PAGE = { fallback: 50, max: 100 } as const;
export const COVERAGE_PAGE = { fallback: 50, max: 100 } as const;
/**
 * With `onlyUnprotected`, how many projects one call looks at, at most: three of Jira's pages
 * of 100 and three questions to GitProtect, whatever the site's size.
 */
export const COVERAGE_SCAN = { chunk: 100, max: 300 } as const;
/** Jira's project names have at most 80 characters, and keys fewer. */
export const SEARCH_MAX_LENGTH = 80;
const SEARCH_PATTERN = new RegExp(`^(?=.*\\S)[^\\p{Cc}]{1,${SEARCH_MAX_LENGTH}}$`, 'u');
/** Sites have at most a few hundred thousand projects; past that a startAt is nonsense. */
const MAX_START_AT = 1_000_000;

const jobId = string('Name a backup job by its id.', matches(JOB_ID_PATTERN));
const cursor = optional(
  string('This page cursor is not one the app gave.', matches(CURSOR_PATTERN)),
);
const pageSize = (max: number) =>
  optional(wholeNumber(1, max, `The page size is a whole number from 1 to ${max}.`));

/** A destination of the closed list, with exactly the fields of its kind. */
const DESTINATIONS: Record<string, Checker<ManagementDestination>> = {
  HOME: strictObject({ kind: oneOf(['HOME']) }),
  NOTIFICATION_SETTINGS: strictObject({ kind: oneOf(['NOTIFICATION_SETTINGS']) }),
  JOB_LOGS: strictObject({ kind: oneOf(['JOB_LOGS']), jobId }),
  RESTORE_PROJECT: strictObject({
    kind: oneOf(['RESTORE_PROJECT']),
    projectKey: string('Name a project by its Jira key.', matches(PROJECT_KEY_PATTERN)),
  }),
};
const destination: Checker<ManagementDestination> = (input) => {
  const kind = (input as { kind?: unknown } | null)?.kind;
  const checker = typeof kind === 'string' ? DESTINATIONS[kind] : undefined;
  return Object.hasOwn(DESTINATIONS, String(kind)) && checker
    ? checker(input)
    : {
        ok: false,
        issue: {
          path: ['kind'],
          message: 'The destination is HOME, JOB_LOGS, RESTORE_PROJECT or NOTIFICATION_SETTINGS.',
        },
      };
};

const openChecker = strictObject({ destination: optional(destination) });
const listJobsChecker = strictObject({ cursor, limit: pageSize(HISTORY_PAGE.max) });
const getJobChecker = strictObject({
  jobId,
  outcome: optional(oneOf(['SUCCEEDED', 'FAILED', 'PENDING'])),
  cursor,
  limit: pageSize(RESULTS_PAGE.max),
});
const coverageChecker = strictObject({
  startAt: optional(wholeNumber(0, MAX_START_AT, 'startAt is a whole number from 0.')),
  limit: pageSize(COVERAGE_PAGE.max),
  query: optional(
    string(
      `Search for 1 to ${SEARCH_MAX_LENGTH} characters of a space's key or name.`,
      matches(SEARCH_PATTERN),
    ),
  ),
  onlyUnprotected: optional(boolean('onlyUnprotected is true or false.')),
});

export function validateOpenManagementService(
  payload: unknown,
): Validation<OpenManagementServiceInput> {
  return checkPayload(openChecker, payload, true);
}

export function validateListJobs(payload: unknown): Validation<ListJobsInput> {
  return checkPayload(listJobsChecker, payload, true);
}

export function validateGetJob(payload: unknown): Validation<GetJobInput> {
  return checkPayload(getJobChecker, payload, true);
}

export function validateGetCoverage(payload: unknown): Validation<GetCoverageInput> {
  return checkPayload(coverageChecker, payload, true);
}
