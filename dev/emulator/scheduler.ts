import type { Schedule } from '../../src/contract';
import { nextBackupTimes } from '../../src/domain/schedule';
import { runningJob, startJob } from './jobs';
import type { InstanceRecord } from './state';

/** What the instance follows while no plan is configured (documented in the contract). */
export const DEFAULT_PLAN: Schedule = {
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'],
  hour: 2,
  timezone: 'UTC',
};

const BATCH = 64;

export function planOf(instance: InstanceRecord): Schedule {
  return instance.plan.schedule ?? DEFAULT_PLAN;
}

export function nextBackupAt(instance: InstanceRecord, now: Date): string | null {
  const [next] = nextBackupTimes(planOf(instance), now, 1);
  return next ? next.toISOString() : null;
}

/**
 * Starts the scheduled runs that fell due since the last look, each at its own instant, skipping
 * those that find a job still running. Returns true when a job was started.
 */
export function startDueBackups(instance: InstanceRecord, now: Date): boolean {
  let from = new Date(instance.scheduledUpTo);
  if (now <= from) return false;
  let started = false;
  // Every request looks, so nearly always nothing is due: one run answers that. Batches are for
  // a clock moved ahead by days.
  let batch = 1;
  for (;;) {
    const due = nextBackupTimes(planOf(instance), from, batch).filter((at) => at <= now);
    for (const at of due) {
      const alreadyStarted = instance.jobs.some(
        (job) => Date.parse(job.startedAt) === at.getTime(),
      );
      if (!alreadyStarted && !runningJob(instance, at)) {
        startJob(instance, at, { kind: 'SCHEDULE' });
        started = true;
      }
      from = at;
    }
    if (due.length < batch) break;
    batch = BATCH;
  }
  instance.scheduledUpTo = now.toISOString();
  return started;
}
