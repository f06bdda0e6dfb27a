import { z } from 'zod';
import { REGIONS, WEEKDAYS } from '../../src/contract';
import { isValidTimeZone } from '../../src/domain/schedule';

/** Request bodies of the contract, as strict as its schemas (`additionalProperties: false`). */

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a date');

export const jiraCredentials = z.strictObject({
  email: z.email().max(254),
  apiToken: z.string().min(1).max(1024),
  expiresOn: day.optional(),
});

export const registerRequest = z.strictObject({
  region: z.enum(REGIONS),
  cloudId: z.string().min(1).max(200),
  siteUrl: z.url({ protocol: /^https?$/ }),
  jira: jiraCredentials,
});

export const refreshRequest = z.strictObject({ refreshToken: z.string().min(1).max(1024) });

export const requester = z.strictObject({
  accountId: z.string().min(1).max(128),
  displayName: z.string().min(1).max(255),
});

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,99}$/, 'a Jira project key');
const jobId = z.string().regex(/^(?!\.{1,2}$)[A-Za-z0-9._~-]{1,128}$/, 'a job id');

export const ssoDestination = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('HOME') }),
  z.strictObject({ kind: z.literal('NOTIFICATION_SETTINGS') }),
  z.strictObject({ kind: z.literal('JOB_LOGS'), jobId }),
  z.strictObject({ kind: z.literal('RESTORE_PROJECT'), projectKey }),
]);

export const ssoRequest = z.strictObject({
  accountId: z.string().min(1).max(128),
  displayName: z.string().min(1).max(255),
  destination: ssoDestination.optional(),
});

export const startBackupRequest = z.strictObject({ triggeredBy: requester });

export const scheduleRequest = z.strictObject({
  days: z
    .array(z.enum(WEEKDAYS))
    .min(1)
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'each day at most once'),
  hour: z.number().int().min(0).max(23),
  timezone: z.string().min(1).max(64).refine(isValidTimeZone, 'not an IANA time zone'),
});

/** The first problem, named by its field: enough for a developer, no echo of the values. */
export function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.join('.') || 'body';
  return `Invalid request: ${where}: ${issue?.message ?? 'invalid'}.`;
}
