import type { ProjectLastBackup, Schedule } from '../contract';
import { DEFAULT_SCHEDULE } from './defaultSchedule';
import { longestGapHours } from './schedule';

const HOUR_MS = 3_600_000;

/** Slack beyond the schedule's longest gap before a missing backup counts as overdue. */
export const OVERDUE_GRACE_HOURS = 6;

/**
 * When a space counts as protected. A space is protected when the plan backs it up, the backup
 * account can read it, and a backup of it succeeded within the plan's period: the longest gap
 * between two of the plan's runs, plus the same grace the overdue rule allows. A space that was
 * never backed up is not protected, and neither is one whose last success is older than that.
 * The Management Service contract counts `protectedProjects` by the same rule.
 */
export function protectionPeriodMs(schedule: Schedule | null): number {
  return (longestGapHours(schedule ?? DEFAULT_SCHEDULE) + OVERDUE_GRACE_HOURS) * HOUR_MS;
}

/** Whether a success at `lastSuccessAt` still protects a space at `now`. */
export function succeededWithinPeriod(
  lastSuccessAt: string | null,
  schedule: Schedule | null,
  now: Date,
): boolean {
  if (lastSuccessAt === null) return false;
  const at = Date.parse(lastSuccessAt);
  return !Number.isNaN(at) && now.getTime() - at <= protectionPeriodMs(schedule);
}

export interface SpaceFacts {
  /** The backup account can browse the space (the service lists it). */
  visible: boolean;
  inPlan: boolean;
  /** The last finished backup that reached the space, however it went. */
  lastBackup: ProjectLastBackup | null;
  /** When a backup of the space last succeeded; null when none has. */
  lastSuccessAt: string | null;
}

export type SpaceProtection =
  | { status: 'PROTECTED'; fix: null }
  | { status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT'; fix: 'GRANT_BROWSE_PROJECTS' }
  | { status: 'NOT_IN_PLAN'; fix: 'ADD_TO_PLAN' }
  | { status: 'LAST_BACKUP_FAILED'; fix: 'SEE_JOB_LOGS' }
  | { status: 'NEVER_BACKED_UP' | 'BACKUP_OUTDATED'; fix: 'START_BACKUP' };

/** Whether one space is protected and, when not, the root cause and what fixes it. */
export function spaceProtection(
  space: SpaceFacts,
  schedule: Schedule | null,
  now: Date,
): SpaceProtection {
  if (!space.visible)
    return { status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT', fix: 'GRANT_BROWSE_PROJECTS' };
  if (!space.inPlan) return { status: 'NOT_IN_PLAN', fix: 'ADD_TO_PLAN' };
  if (succeededWithinPeriod(space.lastSuccessAt, schedule, now)) {
    return { status: 'PROTECTED', fix: null };
  }
  // A backup that fails says why in its logs; one that never ran or ran too long ago needs a run.
  if (space.lastBackup?.outcome === 'FAILED')
    return { status: 'LAST_BACKUP_FAILED', fix: 'SEE_JOB_LOGS' };
  return {
    status: space.lastSuccessAt === null ? 'NEVER_BACKED_UP' : 'BACKUP_OUTDATED',
    fix: 'START_BACKUP',
  };
}

/** How many of the site's spaces are protected, and why the others are not: constant-size. */
export interface SpaceCounts {
  /** Spaces in the Jira site as the app sees them; null when Jira could not be asked. */
  site: number | null;
  /** Spaces the backup account can browse. */
  visible: number;
  /** Of those, the spaces the plan backs up. */
  planned: number;
  /** Of those, the spaces with a success within the plan's period. */
  protected: number;
}

export interface Unprotected {
  total: number;
  protected: number;
  notVisible: number;
  notInPlan: number;
  /** In the plan and visible, but with no success within the plan's period. */
  notRecentlyBackedUp: number;
}

/** The site's spaces split by root cause; counts the service gave out of range are clamped. */
export function unprotectedSpaces(counts: SpaceCounts): Unprotected {
  const visible = Math.max(0, counts.visible);
  const planned = Math.min(visible, Math.max(0, counts.planned));
  const protectedCount = Math.min(planned, Math.max(0, counts.protected));
  const total = Math.max(counts.site ?? visible, visible);
  return {
    total,
    protected: protectedCount,
    notVisible: total - visible,
    notInPlan: visible - planned,
    notRecentlyBackedUp: planned - protectedCount,
  };
}
