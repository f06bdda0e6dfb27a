import { randomBytes } from 'node:crypto';
import type { JobTrigger } from '../../src/contract';
import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import { nextBackupTimes } from '../../src/domain/schedule';
import { planOf } from './scheduler';
import type { InstanceRecord, JobRecord } from './state';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SEEDED_PROJECT_MS = 30_000;
/** Seeded runs stay short enough never to overlap the next day's 02:00 run or the manual one. */
const LONGEST_SEEDED_RUN_MS = 10 * HOUR_MS;

/** The local Jira site's admin, so the audit trail and the jobs table name the same person. */
export const SEEDED_ADMIN: JobTrigger = {
  kind: 'ADMIN',
  accountId: LOCAL_USERS.admin.accountId,
  displayName: LOCAL_USERS.admin.displayName,
};

/**
 * Adds `weeks` of history that ends before both `now` and the instance's oldest job: runs at
 * the times the instance's plan gives (daily 02:00 UTC without one) that succeeded, one that
 * partly failed, and one manual run.
 */
export function seedHistory(instance: InstanceRecord, now: Date, weeks: number): number {
  const oldest = instance.jobs[0];
  const end = Math.min(now.getTime(), oldest ? Date.parse(oldest.startedAt) : Infinity);
  const total = instance.projectCount;
  const projectMs =
    total === 0 ? 0 : Math.min(SEEDED_PROJECT_MS, Math.floor(LONGEST_SEEDED_RUN_MS / total));
  const runMs = total * projectMs;
  const fits = (start: number) => start + runMs <= end;

  const from = new Date(end - weeks * 7 * DAY_MS);
  const scheduled = nextBackupTimes(planOf(instance), from, weeks * 7)
    .map((at) => at.getTime())
    .filter(fits)
    .reverse();
  const partlyFailed = scheduled[Math.min(3, scheduled.length - 1)];
  const jobs: JobRecord[] = scheduled.map((start) =>
    seededJob(
      start,
      { kind: 'SCHEDULE' },
      total,
      projectMs,
      start === partlyFailed ? partialFailures(total) : 0,
    ),
  );
  const manualDay = scheduled[Math.min(1, scheduled.length - 1)];
  const manualStart = manualDay === undefined ? undefined : manualDay + 12 * HOUR_MS + 30 * 60_000;
  if (manualStart !== undefined && fits(manualStart)) {
    jobs.push(seededJob(manualStart, SEEDED_ADMIN, total, projectMs, 0));
  }

  instance.jobs = [...jobs, ...instance.jobs].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt),
  );
  return jobs.length;
}

/** Some projects fail but not all, so the job ends SUCCEEDED_WITH_WARNINGS. */
function partialFailures(total: number): number {
  return total < 2 ? 0 : Math.min(3, total - 1);
}

function seededJob(
  start: number,
  trigger: JobTrigger,
  projectsTotal: number,
  projectDurationMs: number,
  projectsFailing: number,
): JobRecord {
  return {
    id: `job_${randomBytes(8).toString('hex')}`,
    startedAt: new Date(start).toISOString(),
    trigger,
    projectsTotal,
    projectsFailing,
    projectDurationMs,
  };
}
