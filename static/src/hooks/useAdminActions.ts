import { useCallback } from 'react';
import type { ConnectedOverview, Overview, SavedSchedule } from '../../../src/contract';
import { api, type Result } from '../api';
import { describeProgress } from '../wording/describe';
import * as updates from '../overviewUpdates';
import type { Dialogs } from './useDialogs';
import { useHandOff } from './useHandOff';
import { useI18n } from './useI18n';
import type { Notice } from './useNotices';

/**
 * The key of the "already running" flag: said again, it replaces the earlier one. It is news,
 * not a problem, so it goes by itself: its progress would soon be out of date.
 */
const ALREADY_RUNNING = 'backup-already-running';

export interface AdminActions {
  openEdit: () => void;
  /** Asks to confirm, or says a backup is already running. */
  backupNow: () => void;
  openMoreFeatures: () => void;
  /** Confirmed: starts the backup and shows it running. */
  startBackup: () => Promise<Result<unknown>>;
  /** Confirmed: signs the admin in to the Management Service's dashboard, in a new tab. */
  continueToService: () => Promise<Result<unknown> | null>;
  scheduleSaved: (saved: SavedSchedule) => void;
  /** After a conflict: reads the page again, which brings the stored schedule version. */
  rereadSchedule: () => void;
  /** Confirmed: forgets the connection; the page then reads the setup form's overview. */
  disconnect: () => Promise<Result<unknown>>;
}

interface Page {
  overview: ConnectedOverview;
  refresh: () => Promise<Overview | null>;
  replace: (update: (current: Overview) => Overview) => void;
  notify: (notice: Notice) => void;
  dialogs: Dialogs;
}

/** Edit, Backup now, More features and Disconnect: the admin's actions and their dialogs. */
export function useAdminActions({
  overview,
  refresh,
  replace,
  notify,
  dialogs,
}: Page): AdminActions {
  const { t, format } = useI18n();
  const handOff = useHandOff();
  const { runningJob } = overview;

  const backupNow = useCallback(() => {
    if (runningJob) {
      notify({
        appearance: 'info',
        title: t('backupNow.alreadyRunningProgress', { progress: describeProgress(runningJob, t) }),
        key: ALREADY_RUNNING,
      });
      return;
    }
    dialogs.open({ kind: 'backupNow' });
  }, [runningJob, notify, t, dialogs]);

  const startBackup = async () => {
    const result = await api.startBackup();
    if (!result.ok) return result;
    const { job, started } = result.data;
    // Started while no backup can succeed (the admin chose to): it is news, not a success.
    const pausedUntil = overview.health.pausedUntil;
    replace(updates.jobStarted(job));
    notify(
      started
        ? pausedUntil === null
          ? { appearance: 'success', title: t('backupNow.started') }
          : {
              appearance: 'warning',
              title: t(
                pausedUntil === 'TOKEN_REPLACED'
                  ? 'backupNow.startedPausedToken'
                  : 'backupNow.startedPausedConnection',
              ),
            }
        : {
            appearance: 'info',
            title: t('backupNow.alreadyRunningProgress', { progress: describeProgress(job, t) }),
            key: ALREADY_RUNNING,
          },
    );
    return result;
  };

  const scheduleSaved = (saved: SavedSchedule) => {
    dialogs.close();
    const next = saved.nextBackups[0] ?? null;
    replace(updates.scheduleSaved(saved));
    notify({
      appearance: 'success',
      title: next ? t('edit.savedNext', { time: format.dateTime(next) }) : t('edit.saved'),
    });
    // Whether backups are overdue depends on the schedule: the backend says so on the next read.
    void refresh();
  };

  const rereadSchedule = () => void refresh();

  const disconnect = async () => {
    const result = await api.disconnect();
    if (result.ok) void refresh();
    return result;
  };

  return {
    openEdit: () => dialogs.open({ kind: 'editSchedule' }),
    backupNow,
    openMoreFeatures: () => dialogs.open({ kind: 'moreFeatures' }),
    disconnect,
    startBackup,
    continueToService: () => handOff.open(),
    scheduleSaved,
    rereadSchedule,
  };
}
