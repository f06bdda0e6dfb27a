import {
  WEEKDAYS,
  type BackupJob,
  type ConnectedOverview,
  type Schedule,
} from '../../../src/contract';
import type { I18n, Translate } from '../i18n';

/** "Mon, Wed and Fri at 02:00 (Europe/Warsaw)", in the viewer's language. */
export function describeSchedule(schedule: Schedule, { t, format }: I18n): string {
  const chosen = WEEKDAYS.filter((day) => schedule.days.includes(day));
  const days =
    chosen.length === WEEKDAYS.length
      ? t('schedule.everyDay')
      : format.list(chosen.map((day) => t(`weekdayShort.${day}`)));
  return t('schedule.text', { days, hour: format.hour(schedule.hour), zone: schedule.timezone });
}

const MINUTE_MS = 60_000;

/**
 * How long a finished job took as its shown start and end read, to the minute: 01:00 to 01:12 is
 * 12 min, whatever the seconds behind them; under a minute, the seconds.
 */
function shownDurationMs(startedAt: string, finishedAt: string): number {
  const start = Date.parse(startedAt);
  const end = Date.parse(finishedAt);
  const minutes = Math.floor(end / MINUTE_MS) - Math.floor(start / MINUTE_MS);
  return minutes >= 1 ? minutes * MINUTE_MS : end - start;
}

/** How long a job took, or "3 min so far" while it runs, counted on the backend's clock `now`. */
export function describeDuration(job: BackupJob, now: Date, { t, format }: I18n): string {
  if (job.finishedAt === null) {
    return t('jobs.soFar', {
      duration: format.duration(now.getTime() - Date.parse(job.startedAt)),
    });
  }
  return format.duration(shownDurationMs(job.startedAt, job.finishedAt));
}

/** "12 of 40 projects": failed projects are done too, they will not be retried by this job. */
export function describeProgress(job: BackupJob, t: Translate): string {
  return t('progress.text', {
    done: job.projectsSucceeded + job.projectsFailed,
    count: job.projectsTotal,
  });
}

/**
 * The last success worth naming beside a last backup that did not succeed: its instant, or null
 * when no backup has succeeded. Undefined when there is nothing to add: the last backup succeeded
 * (a partly failed one is itself the last success), is running, or the overview does not say.
 */
export function lastSuccessToName(
  overview: Pick<ConnectedOverview, 'lastBackup' | 'health'>,
): string | null | undefined {
  const last = overview.lastBackup;
  const at = overview.health.lastSuccessAt;
  if (!last || last.outcome === 'SUCCEEDED' || last.outcome === 'RUNNING' || at === undefined) {
    return undefined;
  }
  const isLast = at !== null && last.finishedAt !== null;
  return isLast && Date.parse(at) === Date.parse(last.finishedAt!) ? undefined : at;
}
