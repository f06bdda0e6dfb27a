import { REGIONS, SCHEDULE_VERSION_PATTERN, WEEKDAYS } from '../contract';
import type { ConnectInput, SaveScheduleInput, UpdateJiraTokenInput } from '../contract';
import { isValidTimeZone } from './schedule';
import {
  type Checker,
  array,
  emailAddress,
  matches,
  maxLength,
  minLength,
  oneOf,
  optional,
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

const CONTROL_OR_SPACE = /[\s\p{Cc}\p{Cf}]/u;
const MAX_TOKEN_LENGTH = 1024;
const MAX_TOKEN_LIFETIME_DAYS = 366;

const email = string(
  'Enter the email address of the Jira account the token belongs to.',
  maxLength(254, 'The email address is too long.'),
  rule(
    (value) => !CONTROL_OR_SPACE.test(value),
    'The email address contains spaces or control characters.',
  ),
  emailAddress('Enter a valid email address.'),
);

const token = string(
  'Enter the Jira API token.',
  minLength(1, 'Enter the Jira API token.'),
  maxLength(MAX_TOKEN_LENGTH, 'The API token is too long.'),
  rule(
    (value) => !CONTROL_OR_SPACE.test(value),
    'The API token contains spaces or control characters.',
  ),
);

function expiresOn(today: Date) {
  return string(
    'Enter the expiry date as YYYY-MM-DD.',
    matches(/^\d{4}-\d{2}-\d{2}$/, 'Enter the expiry date as YYYY-MM-DD.'),
    rule(isCalendarDate, 'This date does not exist.'),
    rule((value) => value >= isoDay(today), 'The expiry date is in the past: create a new token.'),
    rule(
      (value) => value <= isoDay(addDays(today, MAX_TOKEN_LIFETIME_DAYS)),
      'Jira API tokens expire within a year: check the date.',
    ),
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

export function validateEmpty(payload: unknown): Validation<Record<string, never>> {
  return check(emptyChecker, payload) as Validation<Record<string, never>>;
}

export function validateSaveSchedule(payload: unknown): Validation<SaveScheduleInput> {
  return check(saveScheduleChecker, payload);
}

export function validateUpdateJiraToken(
  payload: unknown,
  today: Date,
): Validation<UpdateJiraTokenInput> {
  return check(tokenChecker(today), payload);
}

export function validateConnect(payload: unknown, today: Date): Validation<ConnectInput> {
  return check(connectChecker(today), payload);
}

function check<T>(checker: Checker<T>, payload: unknown): Validation<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, field: 'payload', message: 'The request must be an object.' };
  }
  const result = checker(payload);
  if (result.ok) return { ok: true, value: result.value };
  const { path, message, unknownKey } = result.issue;
  if (unknownKey !== undefined) {
    const key = unknownKey.slice(0, 64);
    return { ok: false, field: key, message: `Unknown field "${key}".` };
  }
  return { ok: false, field: path.length > 0 ? String(path[0]) : 'payload', message };
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
