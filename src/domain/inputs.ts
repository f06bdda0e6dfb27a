import { REGIONS, SCHEDULE_VERSION_PATTERN, WEEKDAYS } from '../contract';
import type {
  ConnectInput,
  GetOverviewInput,
  SaveScheduleInput,
  UpdateJiraTokenInput,
} from '../contract';
import { isValidTimeZone } from './schedule';
import {
  type EmailProblem,
  type ExpiryProblem,
  type TokenProblem,
  emailProblem,
  expiryProblem,
  tokenProblem,
} from './credentialRules';
import {
  type Checker,
  array,
  boolean,
  matches,
  minLength,
  oneOf,
  optional,
  refined,
  rule,
  strictObject,
  string,
  wholeNumber,
} from './validation';

/**
 * Run-time validation of every resolver payload: any Jira user can send any payload, so types
 * alone prove nothing. Unknown fields are refused.
 */

export type Validation<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

/** The server's words for each problem of a credentials field (the page has its own). */
const EMAIL_MESSAGES: Record<EmailProblem, string> = {
  missing: 'Enter a valid email address.',
  tooLong: 'The email address is too long.',
  spaces: 'The email address contains spaces or control characters.',
  notAnEmail: 'Enter a valid email address.',
};
/**
 * A token too short to be any Atlassian API token is not an input error but the service's FORMAT
 * refusal, given by the resolver before any call (resolvers/tokenRejection.ts).
 */
const TOKEN_MESSAGES: Record<Exclude<TokenProblem, 'tooShort'>, string> = {
  missing: 'Enter the Jira API token.',
  tooLong: 'The API token is too long.',
  spaces: 'The API token contains spaces or control characters.',
};
const EXPIRY_MESSAGES: Record<ExpiryProblem, string> = {
  notADate: 'Enter the expiry date as YYYY-MM-DD.',
  noSuchDay: 'This date does not exist.',
  past: 'The expiry date is in the past: create a new token.',
  tooFar: 'Jira API tokens expire within a year: check the date.',
};

/** A string checked by one of credentialRules' functions, with the words for each problem. */
function credential<P extends string>(
  typeMessage: string,
  problemOf: (value: string) => P | null,
  messages: Record<P, string>,
): Checker<string> {
  const rules = (Object.keys(messages) as P[]).map((problem) =>
    rule((value: string) => problemOf(value) !== problem, messages[problem]),
  );
  return string(typeMessage, ...rules);
}

const email = credential(
  'Enter the email address of the Jira account the token belongs to.',
  emailProblem,
  EMAIL_MESSAGES,
);

const token = credential(
  'Enter the Jira API token.',
  (value) => {
    const problem = tokenProblem(value);
    return problem === 'tooShort' ? null : problem;
  },
  TOKEN_MESSAGES,
);

function expiresOn(today: Date) {
  return credential(
    EXPIRY_MESSAGES.notADate,
    (value) => expiryProblem(value, today),
    EXPIRY_MESSAGES,
  );
}

const HOUR_MESSAGE = 'The hour is a whole number from 0 to 23.';

const saveScheduleChecker = strictObject({
  days: array(
    oneOf(WEEKDAYS, 'Days are MON, TUE, WED, THU, FRI, SAT or SUN.'),
    {
      message: 'Choose the days of the week.',
      max: WEEKDAYS.length,
      tooLong: 'Choose each day at most once.',
    },
    minLength(1, 'Choose at least one day.'),
    rule((days: unknown[]) => new Set(days).size === days.length, 'Choose each day at most once.'),
  ),
  hour: wholeNumber(0, 23, HOUR_MESSAGE),
  timezone: string(
    'Choose a time zone.',
    rule(isValidTimeZone, 'Choose a time zone from the list (an IANA name such as Europe/Warsaw).'),
  ),
  version: string(
    'The schedule version is missing.',
    matches(
      SCHEDULE_VERSION_PATTERN,
      'The schedule version is not one GitProtect issued. Reload the page and save again.',
    ),
  ),
});

function tokenChecker(today: Date) {
  return strictObject({ email, token, expiresOn: optional(expiresOn(today)) });
}

function connectChecker(today: Date) {
  return strictObject({
    region: oneOf(REGIONS, 'Choose a region: EU, US or AU.'),
    email,
    token,
    expiresOn: optional(expiresOn(today)),
  });
}

const emptyChecker = strictObject({});

const IDLE_MESSAGE = 'idle is true or left out.';
const overviewChecker = strictObject({
  idle: optional(
    refined(
      boolean(IDLE_MESSAGE),
      rule((idle: boolean) => idle, IDLE_MESSAGE),
    ) as Checker<true>,
  ),
});

export function validateEmpty(payload: unknown): Validation<Record<string, never>> {
  return checkPayload(emptyChecker, payload) as Validation<Record<string, never>>;
}

export function validateGetOverview(payload: unknown): Validation<GetOverviewInput> {
  return checkPayload(overviewChecker, payload);
}

export function validateSaveSchedule(payload: unknown): Validation<SaveScheduleInput> {
  return checkPayload(saveScheduleChecker, payload);
}

export function validateUpdateJiraToken(
  payload: unknown,
  today: Date,
): Validation<UpdateJiraTokenInput> {
  return checkPayload(tokenChecker(today), payload);
}

export function validateConnect(payload: unknown, today: Date): Validation<ConnectInput> {
  return checkPayload(connectChecker(today), payload);
}

/**
 * The payload as `checker` reads it, or the field at fault and why. With `absentIsEmpty`, a
 * payload left out (undefined or null) counts as `{}`.
 */
export function checkPayload<T>(
  checker: Checker<T>,
  payload: unknown,
  absentIsEmpty = false,
): Validation<T> {
  const input = absentIsEmpty && (payload === undefined || payload === null) ? {} : payload;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, field: 'payload', message: 'The request must be an object.' };
  }
  const result = checker(input);
  if (result.ok) return { ok: true, value: result.value };
  const { path, message, unknownKey } = result.issue;
  const field = path.length > 0 ? String(path[0]) : undefined;
  if (unknownKey !== undefined) {
    const key = unknownKey.slice(0, 64);
    const where = field === undefined ? '' : `${field}.`;
    return { ok: false, field: field ?? key, message: `Unknown field "${where}${key}".` };
  }
  return { ok: false, field: field ?? 'payload', message };
}
