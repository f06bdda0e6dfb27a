import {
  indicesByKey,
  siteProjectAt,
  siteProjectIndex,
} from '../../src/adapters/local/siteProjects';
import { succeededWithinPeriod } from '../../src/domain/protection';
import { planOf } from './scheduler';
import type { InstanceRecord, JobRecord } from './state';
import type { ServiceProject } from '../../src/ports/managementService';

/**
 * Which of the site's projects the service sees and backs up, and what each job did for each.
 * Projects are the local site's (src/adapters/local/siteProjects.ts) by index: the backup
 * account sees all but the last `hiddenProjects`, and the plan leaves out the first
 * `excludedProjects` of those.
 */

export interface ProjectResult {
  key: string;
  name: string;
  outcome: 'SUCCEEDED' | 'FAILED' | 'PENDING';
  failureReason: string | null;
  finishedAt: string | null;
}

const FAILURE_REASONS = [
  'Jira answered 503 Service Unavailable while the work items were exported; the next backup tries again.',
  'Jira took longer than 120 seconds to export the attachments of this space, 3 times.',
  'An attachment in this space is larger than the 2 GB the plan allows per file.',
] as const;
const REJECTED_REASON =
  'Jira refused the API token of the backup account (401), so nothing of this space was read.';

export function visibleCount(instance: InstanceRecord): number {
  return Math.max(0, instance.projectCount - Math.max(0, instance.hiddenProjects ?? 0));
}

export function excludedCount(instance: InstanceRecord): number {
  return Math.min(visibleCount(instance), Math.max(0, instance.excludedProjects ?? 0));
}

/** The projects a job started now backs up: the plan's, as site indices `first`..`first+count-1`. */
export function plannedRange(instance: InstanceRecord): { first: number; count: number } {
  const first = excludedCount(instance);
  return { first, count: visibleCount(instance) - first };
}

/** Projects the job has finished with at `now`. */
export function projectsDone(job: JobRecord, now: Date): number {
  if (job.projectDurationMs <= 0) return job.projectsTotal;
  const elapsed = now.getTime() - Date.parse(job.startedAt);
  return Math.min(job.projectsTotal, Math.max(0, Math.floor(elapsed / job.projectDurationMs)));
}

/** Failures are spread evenly: the job's `position`-th project fails when the count steps up. */
export function failsAt(job: JobRecord, position: number): boolean {
  const total = job.projectsTotal;
  if (total === 0) return false;
  const failing = job.projectsFailing;
  return Math.floor(((position + 1) * failing) / total) > Math.floor((position * failing) / total);
}

function finishedAtOf(job: JobRecord, position: number): string {
  return new Date(
    Date.parse(job.startedAt) + (position + 1) * Math.max(0, job.projectDurationMs),
  ).toISOString();
}

function reasonOf(job: JobRecord, position: number): string {
  if (job.credentialsRejected) return REJECTED_REASON;
  return FAILURE_REASONS[position % FAILURE_REASONS.length]!;
}

export function resultAt(job: JobRecord, position: number, now: Date): ProjectResult {
  const project = siteProjectAt((job.projectOffset ?? 0) + position);
  if (position >= projectsDone(job, now)) {
    return { ...project, outcome: 'PENDING', failureReason: null, finishedAt: null };
  }
  const failed = failsAt(job, position);
  return {
    ...project,
    outcome: failed ? 'FAILED' : 'SUCCEEDED',
    failureReason: failed ? reasonOf(job, position) : null,
    finishedAt: finishedAtOf(job, position),
  };
}

/** Positions from `from`, at most `limit` with `outcome` (any when absent), and where to go on. */
export function jobResults(
  job: JobRecord,
  now: Date,
  options: { from: number; limit: number; outcome?: ProjectResult['outcome'] },
): { results: ProjectResult[]; next: number | null } {
  const results: ProjectResult[] = [];
  let position = options.from;
  for (; position < job.projectsTotal && results.length < options.limit; position += 1) {
    const result = resultAt(job, position, now);
    if (options.outcome === undefined || result.outcome === options.outcome) results.push(result);
  }
  return { results, next: position < job.projectsTotal ? position : null };
}

/** One project as `GET /instance/projects` describes it: the port's reading of that reply. */
export type Coverage = ServiceProject;

/** What the service knows of the site project at `index` (one the backup account can see). */
export function coverageOf(instance: InstanceRecord, index: number, now: Date): Coverage {
  const project = siteProjectAt(index);
  const { first, count } = plannedRange(instance);
  return {
    ...project,
    inPlan: index >= first && index < first + count,
    lastBackup: lastBackupOf(instance, index, now),
    lastSuccessAt: lastSuccessOf(instance, index, now),
  };
}

/** What each job that has finished with the site project at `index` did for it, newest first. */
function* finishedResults(
  instance: InstanceRecord,
  index: number,
  now: Date,
): Generator<{ job: JobRecord; result: ProjectResult }> {
  for (let i = instance.jobs.length - 1; i >= 0; i -= 1) {
    const job = instance.jobs[i]!;
    const position = index - (job.projectOffset ?? 0);
    if (position < 0 || position >= job.projectsTotal) continue;
    if (Date.parse(job.startedAt) > now.getTime() || position >= projectsDone(job, now)) continue;
    yield { job, result: resultAt(job, position, now) };
  }
}

function lastBackupOf(instance: InstanceRecord, index: number, now: Date): Coverage['lastBackup'] {
  for (const { job, result } of finishedResults(instance, index, now)) {
    return {
      jobId: job.id,
      finishedAt: result.finishedAt!,
      outcome: result.outcome === 'FAILED' ? 'FAILED' : 'SUCCEEDED',
      failureReason: result.failureReason,
    };
  }
  return null;
}

/** When a backup of the site project at `index` last succeeded, by `now`; null when none has. */
function lastSuccessOf(instance: InstanceRecord, index: number, now: Date): string | null {
  for (const { result } of finishedResults(instance, index, now)) {
    if (result.outcome === 'SUCCEEDED') return result.finishedAt;
  }
  return null;
}

/**
 * The planned projects whose last success is within the plan's period at `now`: the contract's
 * `protectedProjects`, by the app's own rule (src/domain/protection.ts).
 */
export function protectedCount(instance: InstanceRecord, now: Date): number {
  const { first, count } = plannedRange(instance);
  const schedule = planOf(instance);
  let protectedProjects = 0;
  for (let index = first; index < first + count; index += 1) {
    if (succeededWithinPeriod(lastSuccessOf(instance, index, now), schedule, now)) {
      protectedProjects += 1;
    }
  }
  return protectedProjects;
}

/** The site index of a key the backup account can see, or undefined. */
export function visibleIndexOf(instance: InstanceRecord, key: string): number | undefined {
  const index = siteProjectIndex(key, instance.projectCount);
  return index !== undefined && index < visibleCount(instance) ? index : undefined;
}

/** The projects the backup account can see, in key order: site indices from `from`. */
export function visibleByKey(
  instance: InstanceRecord,
  from: number,
  limit: number,
): { indices: number[]; next: number | null } {
  const visible = visibleCount(instance);
  const ordered = indicesByKey(instance.projectCount).filter((index) => index < visible);
  const indices = ordered.slice(from, from + limit);
  return { indices, next: from + limit < ordered.length ? from + limit : null };
}
