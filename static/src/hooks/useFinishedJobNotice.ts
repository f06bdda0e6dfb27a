import { useEffect, useRef } from 'react';
import type { ConnectedOverview } from '../../../src/contract';
import { useI18n } from './useI18n';
import type { Notice } from './useNotices';

/** A job that ends while the page watches it is worth saying out loud, with its outcome. */
export function useFinishedJobNotice(
  overview: ConnectedOverview,
  notify: (notice: Notice) => void,
): void {
  const { t } = useI18n();
  const watchedJob = useRef(overview.runningJob?.id ?? null);
  const { runningJob, lastBackup } = overview;

  useEffect(() => {
    const previous = watchedJob.current;
    watchedJob.current = runningJob?.id ?? null;
    if (previous === null || runningJob !== null || lastBackup?.id !== previous) return;
    const appearance =
      lastBackup.outcome === 'SUCCEEDED'
        ? 'success'
        : lastBackup.outcome === 'FAILED'
          ? 'error'
          : 'warning';
    notify({
      appearance,
      title: t('backupNow.finished', { outcome: t(`status.${lastBackup.outcome}`) }),
    });
  }, [runningJob, lastBackup, notify, t]);
}
