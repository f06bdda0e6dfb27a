import * as z from 'zod/mini';
import { REGIONS, WEEKDAYS } from '../contract';
import type { ConnectInput, SaveScheduleInput, UpdateJiraTokenInput } from '../contract';
import { isValidTimeZone } from './schedule';

/**
 * Run-time validation of every resolver payload: any Jira user can send any payload, so types
 * alone prove nothing. Unknown fields are refused.
 */

export type Validation<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

const CONTROL_OR_SPACE = /[\s\p{Cc}\p{Cf}]/u;
const MAX_TOKEN_LENGTH = 1024;
const MAX_TOKEN_LIFETIME_DAYS = 366;

const email = z.pipe(
  z.string({ error: 'Enter the email address of the Jira account the token belongs to.' }).check(
    z.maxLength(254, 'The email address is too long.'),
    z.refine(
      (value) => !CONTROL_OR_SPACE.test(value),
      'The email address contains spaces or control characters.',
    ),
  ),
  z.email('Enter a valid email address.'),
);

const token = z.string({ error: 'Enter the Jira API token.' }).check(
  z.minLength(1, 'Enter the Jira API token.'),
  z.maxLength(MAX_TOKEN_LENGTH, 'The API token is too long.'),
  z.refine(
    (value) => !CONTROL_OR_SPACE.test(value),
    'The API token contains spaces or control characters.',
  ),
);

function expiresOn(today: Date) {
  return z.string({ error: 'Enter the expiry date as YYYY-MM-DD.' }).check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the expiry date as YYYY-MM-DD.'),
    z.refine(isCalendarDate, 'This date does not exist.'),
    z.refine(
      (value) => value >= isoDay(today),
      'The expiry date is in the past: create a new token.',
    ),
    z.refine(
      (value) => value <= isoDay(addDays(today, MAX_TOKEN_LIFETIME_DAYS)),
      'Jira API tokens expire within a year: check the date.',
    ),
  );
}

const HOUR_MESSAGE = 'The hour is a whole number from 0 to 23.';

const scheduleShape = {
  days: z
    .array(z.enum(WEEKDAYS, { error: 'Days are MON, TUE, WED, THU, FRI, SAT or SUN.' }), {
      error: 'Choose the days of the week.',
    })
    .check(
      z.minLength(1, 'Choose at least one day.'),
      z.maxLength(WEEKDAYS.length, 'Choose each day at most once.'),
      z.refine((days) => new Set(days).size === days.length, 'Choose each day at most once.'),
    ),
  hour: z
    .number({ error: HOUR_MESSAGE })
    .check(z.int(HOUR_MESSAGE), z.minimum(0, HOUR_MESSAGE), z.maximum(23, HOUR_MESSAGE)),
  timezone: z
    .string({ error: 'Choose a time zone.' })
    .check(
      z.refine(
        isValidTimeZone,
        'Choose a time zone from the list (an IANA name such as Europe/Warsaw).',
      ),
    ),
};

const saveScheduleSchema = z.strictObject({
  ...scheduleShape,
  version: z
    .string({ error: 'The schedule version is missing.' })
    .check(z.minLength(1), z.maxLength(128)),
});

function tokenSchema(today: Date) {
  return z.strictObject({ email, token, expiresOn: z.optional(expiresOn(today)) });
}

function connectSchema(today: Date) {
  return z.strictObject({
    region: z.enum(REGIONS, { error: 'Choose a region: EU, US or AU.' }),
    email,
    token,
    expiresOn: z.optional(expiresOn(today)),
  });
}

const emptySchema = z.strictObject({});

export function validateEmpty(payload: unknown): Validation<Record<string, never>> {
  return check(emptySchema, payload) as Validation<Record<string, never>>;
}

export function validateSaveSchedule(payload: unknown): Validation<SaveScheduleInput> {
  return check(saveScheduleSchema, payload);
}

export function validateUpdateJiraToken(
  payload: unknown,
  today: Date,
): Validation<UpdateJiraTokenInput> {
  return check(tokenSchema(today), payload);
}

export function validateConnect(payload: unknown, today: Date): Validation<ConnectInput> {
  return check(connectSchema(today), payload);
}

function check<T>(schema: z.ZodMiniType<T>, payload: unknown): Validation<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, field: 'payload', message: 'The request must be an object.' };
  }
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, field: 'payload', message: 'The request is not valid.' };
  if (issue.code === 'unrecognized_keys') {
    const key = String(issue.keys[0] ?? 'payload').slice(0, 64);
    return { ok: false, field: key, message: `Unknown field "${key}".` };
  }
  const field = issue.path.length > 0 ? String(issue.path[0]) : 'payload';
  return { ok: false, field, message: issue.message };
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
