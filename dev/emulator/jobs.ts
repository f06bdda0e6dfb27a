import { randomBytes } from 'node:crypto';
import type { BackupJob, JobTrigger } from '../../src/contract';
import { credentialsRejectedAt } from './credentials';
import { plannedRange, projectsDone } from './projects';
import type { InstanceRecord, JobRecord } from './state';

/**
 * A job backs up one project after another, each taking `projectDurationMs`; failing projects
 * are spread evenly over the run, so a partly failed job shows failures while it is running.
 */
export function jobView(job: JobRecord, now: Date): BackupJob {
  const startedMs = Date.parse(job.startedAt);
  const total = job.projectsTotal;
  const done = projectsDone(job, now);
  const failed = total === 0 ? 0 : Math.floor((done * job.projectsFailing) / total);
  const succeeded = done - failed;
  const finished = done >= total;
  return {
    id: job.id,
    outcome: !finished ? 'RUNNING' : outcomeOf(succeeded, failed),
    startedAt: job.startedAt,
    finishedAt: finished
      ? new Date(startedMs + total * Math.max(0, job.projectDurationMs)).toISOString()
      : null,
    projectsTotal: total,
    projectsSucceeded: succeeded,
    projectsFailed: failed,
    trigger: job.trigger,
  };
}

function outcomeOf(succeeded: number, failed: number): BackupJob['outcome'] {
  if (failed === 0) return 'SUCCEEDED';
  return succeeded === 0 ? 'FAILED' : 'SUCCEEDED_WITH_WARNINGS';
}

export function runningJob(instance: InstanceRecord, at: Date): JobRecord | undefined {
  return instance.jobs.find((job) => {
    const startedMs = Date.parse(job.startedAt);
    return startedMs <= at.getTime() && jobView(job, at).outcome === 'RUNNING';
  });
}

export function lastFinishedJob(instance: InstanceRecord, now: Date): BackupJob | null {
  for (let i = instance.jobs.length - 1; i >= 0; i -= 1) {
    const job = instance.jobs[i];
    if (!job) continue;
    const view = jobView(job, now);
    if (view.outcome !== 'RUNNING') return view;
  }
  return null;
}

/** Newest first. */
export function recentJobs(instance: InstanceRecord, now: Date, limit: number): BackupJob[] {
  return jobPage(instance, now, limit, undefined)?.jobs ?? [];
}

/**
 * A page of jobs, newest first, older than the job `beforeId` (from the newest when undefined);
 * `next` is the id to page on from, null on the last page. Jobs that have not started by `now`
 * are not listed. Undefined when `beforeId` names no job.
 */
export function jobPage(
  instance: InstanceRecord,
  now: Date,
  limit: number,
  beforeId: string | undefined,
): { jobs: BackupJob[]; next: string | null } | undefined {
  const started = instance.jobs.filter((job) => Date.parse(job.startedAt) <= now.getTime());
  let end = started.length;
  if (beforeId !== undefined) {
    end = started.findIndex((job) => job.id === beforeId);
    if (end < 0) return undefined;
  }
  const page = started.slice(Math.max(0, end - limit), end).reverse();
  const oldest = page.at(-1);
  return {
    jobs: page.map((job) => jobView(job, now)),
    next: oldest && end - limit > 0 ? oldest.id : null,
  };
}

/** Starts a job with the instance's plan; Jira refuses every project while credentials are rejected. */
export function startJob(instance: InstanceRecord, at: Date, trigger: JobTrigger): JobRecord {
  const { first, count: total } = plannedRange(instance);
  const rejected = credentialsRejectedAt(instance, at);
  const job: JobRecord = {
    id: `job_${randomBytes(8).toString('hex')}`,
    startedAt: at.toISOString(),
    trigger,
    projectsTotal: total,
    projectsFailing: rejected ? total : Math.min(total, Math.max(0, instance.failingProjects)),
    ...(rejected ? { credentialsRejected: true } : {}),
    projectDurationMs: instance.projectDurationMs,
    projectOffset: first,
  };
  instance.jobs.push(job);
  instance.jobs.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return job;
}
