import { WEEKDAYS, type BackupJob, type Schedule } from '../../src/contract';
import type { I18n, Translate } from './i18n';

/** "Mon, Wed and Fri at 02:00 (Europe/Warsaw)", in the viewer's language. */
export function describeSchedule(schedule: Schedule, { t, format }: I18n): string {
  const chosen = WEEKDAYS.filter((day) => schedule.days.includes(day));
  const days =
    chosen.length === WEEKDAYS.length
      ? t('schedule.everyDay')
      : format.list(chosen.map((day) => t(`weekdayShort.${day}`)));
  return t('schedule.text', { days, hour: format.hour(schedule.hour), zone: schedule.timezone });
}

/**
 * How long a job took, or "3 min so far" while it runs, counted on the backend's clock `now`.
 * `measuredMs` is the backend's own figure for a finished job, when the job's details carry one.
 */
export function describeDuration(
  job: BackupJob,
  now: Date,
  { t, format }: I18n,
  measuredMs?: number | null,
): string {
  if (job.finishedAt === null) {
    return t('jobs.soFar', {
      duration: format.duration(now.getTime() - Date.parse(job.startedAt)),
    });
  }
  return format.duration(measuredMs ?? Date.parse(job.finishedAt) - Date.parse(job.startedAt));
}

/** "12 of 40 projects": failed projects are done too, they will not be retried by this job. */
export function describeProgress(job: BackupJob, t: Translate): string {
  return t('progress.text', {
    done: job.projectsSucceeded + job.projectsFailed,
    total: job.projectsTotal,
  });
}
