import type { BackupJob, BackupStatus } from '../contract';

/** What the status lozenge shows: the running job first, else how the last job ended. */
export function backupStatus(
  runningJob: BackupJob | null,
  lastJob: BackupJob | null,
): BackupStatus {
  if (runningJob) return 'RUNNING';
  if (!lastJob || lastJob.outcome === 'NOT_STARTED' || lastJob.outcome === 'RUNNING') {
    return lastJob?.outcome === 'RUNNING' ? 'RUNNING' : 'NEVER_RUN';
  }
  return lastJob.outcome;
}

export function isSuccessful(job: BackupJob): boolean {
  return job.outcome === 'SUCCEEDED' || job.outcome === 'SUCCEEDED_WITH_WARNINGS';
}

/** When the most recent successful job finished, in any order of jobs. */
export function lastSuccessAt(jobs: readonly BackupJob[]): Date | null {
  let latest: number | null = null;
  for (const job of jobs) {
    if (!isSuccessful(job) || !job.finishedAt) continue;
    const finished = Date.parse(job.finishedAt);
    if (latest === null || finished > latest) latest = finished;
  }
  return latest === null ? null : new Date(latest);
}
