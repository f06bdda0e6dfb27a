import { nextBackupTimes } from '../domain/schedule';
import type { StatusSnapshot } from './state';

/** A snapshot younger than this, with nothing running or due since, needs no new reading. */
export const SNAPSHOT_FRESH_MS = 30 * 60_000;
/**
 * How long after a planned run falls due the service may take to show its job: until a job that
 * started since shows, the snapshot is not fresh, so a run started late is still seen.
 */
export const RUN_START_GRACE_MS = 10 * 60_000;

/**
 * Whether the stored snapshot still tells what the service would: young enough, no job running
 * (its progress moves), the next planned run still ahead, and none that just fell due unseen.
 * The hourly sync and the page's idle reads skip the service while it holds.
 */
export function snapshotIsFresh(snapshot: StatusSnapshot, now: Date): boolean {
  const nowMs = now.getTime();
  const age = nowMs - Date.parse(snapshot.asOf);
  if (!(age >= 0 && age <= SNAPSHOT_FRESH_MS)) return false;
  if (snapshot.summary.runningJob) return false;
  const next = snapshot.summary.nextBackupAt;
  if (next !== null && !(Date.parse(next) > nowMs)) return false;
  return !awaitingPlannedRun(snapshot, nowMs);
}

/** A run of the plan fell due within the grace period and the snapshot shows no job since it. */
function awaitingPlannedRun(snapshot: StatusSnapshot, nowMs: number): boolean {
  if (!snapshot.schedule) return false;
  const [due] = nextBackupTimes(snapshot.schedule, new Date(nowMs - RUN_START_GRACE_MS), 1);
  if (!due || due.getTime() > nowMs) return false;
  const jobs = [snapshot.summary.lastJob, ...snapshot.recentJobs];
  return !jobs.some((job) => job !== null && Date.parse(job.startedAt) >= due.getTime());
}
