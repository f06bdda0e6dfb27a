import * as z from 'zod/mini';
import { REGIONS, WEEKDAYS } from '../../contract';

/**
 * The replies of contract/management-service.yaml as the client accepts them. Unknown fields are
 * dropped rather than refused, so the service can add fields without breaking installed apps.
 */

const instant = z.iso.datetime({ offset: true });
const text = z.string().check(z.minLength(1));
const count = z.number().check(z.int(), z.minimum(0));

export const errorReply = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const sessionReply = z.object({
  accessToken: text,
  refreshToken: text,
  accessTokenExpiresAt: instant,
});

export const registrationReply = z.object({
  instance: z.object({ id: text, managementHost: text }),
  session: sessionReply,
});

const trigger = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('SCHEDULE') }),
  z.object({ kind: z.literal('ADMIN'), accountId: text, displayName: text }),
]);

export const job = z.object({
  id: text,
  outcome: z.enum([
    'RUNNING',
    'SUCCEEDED',
    'SUCCEEDED_WITH_WARNINGS',
    'FAILED',
    'CANCELED',
    'NOT_STARTED',
  ]),
  startedAt: instant,
  finishedAt: z.nullable(instant),
  projectsTotal: count,
  projectsSucceeded: count,
  projectsFailed: count,
  trigger,
});

export const summaryReply = z.object({
  id: text,
  serviceRegion: z.enum(REGIONS),
  storageRegion: text,
  storageProvider: text,
  securedProjects: count,
  credentials: z.object({ status: z.enum(['VALID', 'REJECTED']), checkedAt: instant }),
  lastJob: z.nullable(job),
  runningJob: z.nullable(job),
  nextBackupAt: z.nullable(instant),
});

export const schedule = z.object({
  days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1)),
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  timezone: text,
});

export const storedScheduleReply = z.object({ version: text, schedule: z.nullable(schedule) });

export const configuredScheduleReply = z.object({ version: text, schedule });

export const versionMismatchReply = z.object({ current: storedScheduleReply });

export const startedJobReply = z.object({ job, created: z.boolean() });

export const jobListReply = z.object({ jobs: z.array(job) });

export const ssoReply = z.object({ url: z.url({ protocol: /^https$/ }), expiresAt: instant });
