/**
 * Every change the page makes to the overview it shows, without waiting for the next read: what
 * an action answered. Each is passed to `replace` (useOverview); the next read has the last word.
 */
import type {
  BackupJob,
  ConnectedOverview,
  Overview,
  SavedSchedule,
  TokenMetadata,
} from '../../src/contract';

type Update = (current: Overview) => Overview;

function whileConnected(update: (overview: ConnectedOverview) => ConnectedOverview): Update {
  return (current) => (current.connected ? update(current) : current);
}

/** The site was connected: the overview the connect answered replaces the not-connected one. */
export const connected =
  (overview: Overview): Update =>
  () =>
    overview;

/** A backup started (or was already running): the page follows it at once. */
export const jobStarted = (job: BackupJob): Update =>
  whileConnected((current) => ({ ...current, status: 'RUNNING', runningJob: job }));

/** A schedule was saved: its days, hour, zone and version, and when the next backup runs. */
export const scheduleSaved = (saved: SavedSchedule): Update =>
  whileConnected((current) => ({
    ...current,
    schedule: saved.schedule,
    scheduleVersion: saved.schedule.version,
    nextBackupAt: saved.nextBackups[0] ?? null,
  }));

/** The Jira credentials were replaced: what the app keeps of the new token. */
export const tokenUpdated = (token: TokenMetadata): Update =>
  whileConnected((current) => ({ ...current, token }));
