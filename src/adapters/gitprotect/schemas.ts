import { z } from 'zod';
import { REGIONS, WEEKDAYS } from '../../contract';

/**
 * The replies of contract/management-service.yaml as the client accepts them. Unknown fields are
 * dropped rather than refused, so the service can add fields without breaking installed apps.
 */

const instant = z.iso.datetime({ offset: true });
const text = z.string().min(1);

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
  finishedAt: instant.nullable(),
  projectsTotal: z.number().int().min(0),
  projectsSucceeded: z.number().int().min(0),
  projectsFailed: z.number().int().min(0),
  trigger,
});

export const summaryReply = z.object({
  id: text,
  serviceRegion: z.enum(REGIONS),
  storageRegion: text,
  storageProvider: text,
  securedProjects: z.number().int().min(0),
  credentials: z.object({ status: z.enum(['VALID', 'REJECTED']), checkedAt: instant }),
  lastJob: job.nullable(),
  runningJob: job.nullable(),
  nextBackupAt: instant.nullable(),
});

export const schedule = z.object({
  days: z.array(z.enum(WEEKDAYS)).min(1),
  hour: z.number().int().min(0).max(23),
  timezone: text,
});

export const storedScheduleReply = z.object({ version: text, schedule: schedule.nullable() });

export const configuredScheduleReply = z.object({ version: text, schedule });

export const versionMismatchReply = z.object({ current: storedScheduleReply });

export const startedJobReply = z.object({ job, created: z.boolean() });

export const jobListReply = z.object({ jobs: z.array(job) });

export const ssoReply = z.object({ url: z.url({ protocol: /^https$/ }), expiresAt: instant });
