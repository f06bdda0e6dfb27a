import { useMemo, useState, type ReactNode } from 'react';
import type { AlertAction, BackupJob, ConnectedOverview } from '../../../../src/contract';
import type { AdminActions } from '../../hooks/useAdminActions';
import { DialogOpenContext, type Dialog, type Dialogs } from '../../hooks/useDialogs';
import { useI18n } from '../../hooks/useI18n';
import type { MessageKey } from '../../i18n';
import { parts } from '../../parts';
import type { ConfirmDialogProps } from '../shared/ConfirmDialog';
import { DialogLoading } from '../shared/DialogLoading';
import { LazyBoundary } from '../shared/LazyBoundary';

type PausedUntil = NonNullable<ConnectedOverview['health']['pausedUntil']>;

/**
 * While no backup can run, Backup now's question says a started backup would fail, and why, and
 * offers the fix that must come first.
 */
const WHILE_PAUSED: Record<PausedUntil, { body: MessageKey; fix: AlertAction }> = {
  TOKEN_REPLACED: { body: 'backupNow.bodyPausedToken', fix: 'UPDATE_TOKEN' },
  RECONNECTED: { body: 'backupNow.bodyPausedConnection', fix: 'RECONNECT' },
};

function backupNowBody(overview: ConnectedOverview): MessageKey {
  const paused = overview.health.pausedUntil;
  if (paused) return WHILE_PAUSED[paused].body;
  return overview.schedule ? 'backupNow.bodyPlan' : 'backupNow.bodyDefault';
}

function backupNowFix(overview: ConnectedOverview): AlertAction | null {
  const paused = overview.health.pausedUntil;
  return paused ? WHILE_PAUSED[paused].fix : null;
}

/** The page's copy of a job: a running one moves on while its details are open. */
function currentJob(overview: ConnectedOverview, opened: BackupJob): BackupJob {
  const jobs = [overview.runningJob, overview.lastBackup, ...overview.recentJobs];
  return jobs.find((job) => job?.id === opened.id) ?? opened;
}

interface Shown {
  dialog: Dialog;
  /** False once closed, while it animates away. */
  isOpen: boolean;
  /** Each opening is a new dialog, with nothing kept from the last one. */
  id: number;
}

/** The page's one open dialog (`Dialogs`), to pass to `DialogsContext` and `DialogHost`. */
export function useDialogState() {
  const [shown, setShown] = useState<Shown | null>(null);
  const dialogs = useMemo<Dialogs>(
    () => ({
      open: (dialog) =>
        setShown((current) => ({ dialog, isOpen: true, id: (current?.id ?? 0) + 1 })),
      close: () => setShown((current) => current && { ...current, isOpen: false }),
    }),
    [],
  );
  const exited = (id: number) => setShown((current) => (current?.id === id ? null : current));
  return { shown, dialogs, exited };
}

export interface DialogHostProps {
  shown: Shown | null;
  dialogs: Dialogs;
  /** Called when a closed dialog has animated away. */
  exited: (id: number) => void;
  overview: ConnectedOverview;
  /** The backend's clock, for the times the dialogs show. */
  now: Date;
  actions: AdminActions;
  /** Takes the admin to a fix (Update token, Reconnect), as the verdict's action does. */
  onFix: (action: AlertAction) => void;
}

/**
 * Draws whichever dialog is open: the one place that knows every dialog. Each one's code
 * downloads the first time it opens.
 */
export function DialogHost({
  shown,
  dialogs,
  exited,
  overview,
  now,
  actions,
  onFix,
}: DialogHostProps) {
  const { t } = useI18n();
  if (!shown) return null;
  const { dialog, isOpen, id } = shown;
  const close = dialogs.close;

  let part: { reset: () => void; loaded: () => boolean } = parts.confirm;
  let drawn: ReactNode;
  // Backup now, More features and Disconnect: a question with one way forward, its title and
  // its failure's heading under the topic's keys.
  const ask = (
    topic: 'backupNow' | 'more' | 'disconnect',
    [body, confirmLabel]: [string, string],
    onConfirm: ConfirmDialogProps['onConfirm'],
    more?: Pick<ConfirmDialogProps, 'appearance' | 'fix'>,
  ) => (
    <parts.confirm.Component
      {...more}
      title={t(`${topic}.title`)}
      body={body}
      confirmLabel={confirmLabel}
      failureTitle={t(`${topic}.failed`)}
      onConfirm={onConfirm}
      onClose={close}
    />
  );
  switch (dialog.kind) {
    case 'editSchedule':
      part = parts.editSchedule;
      drawn = (
        <parts.editSchedule.Component
          schedule={overview.schedule}
          version={overview.scheduleVersion}
          onSaved={actions.scheduleSaved}
          onStale={actions.rereadSchedule}
          onClose={close}
        />
      );
      break;
    case 'backupNow': {
      const fix = backupNowFix(overview);
      const takeFix = (action: AlertAction) => () => {
        // Gone at once, not animated away: its focus lock would keep the focus from the field
        // the fix leads to.
        exited(id);
        onFix(action);
      };
      const words = t(fix ? 'backupNow.confirmAnyway' : 'backupNow.confirm');
      drawn = ask('backupNow', [t(backupNowBody(overview)), words], actions.startBackup, {
        fix: fix ? { label: t(`alertAction.${fix}`), onClick: takeFix(fix) } : undefined,
      });
      break;
    }
    case 'moreFeatures':
      drawn = ask('more', [t('more.body'), t('action.continue')], actions.continueToService);
      break;
    case 'disconnect':
      drawn = ask(
        'disconnect',
        [t('disconnect.body'), t('settings.disconnect')],
        actions.disconnect,
        {
          appearance: 'danger',
        },
      );
      break;
    case 'spaces':
      part = parts.coverage;
      drawn = <parts.coverage.Component now={now} onClose={close} />;
      break;
    case 'jobDetails':
      part = parts.jobDetails;
      drawn = (
        <parts.jobDetails.Component
          job={currentJob(overview, dialog.job)}
          now={now}
          onClose={close}
        />
      );
      break;
  }
  // Closed before its code arrived: nothing to animate away.
  if (!isOpen && !part.loaded()) return null;
  return (
    <DialogOpenContext.Provider value={{ isOpen, onExited: () => exited(id) }}>
      <LazyBoundary key={id} part={part} onGiveUp={close} fallback={<DialogLoading />}>
        {drawn}
      </LazyBoundary>
    </DialogOpenContext.Provider>
  );
}
