import type { AlertAction, ConnectedOverview } from '../../../../src/contract';
import type { AdminActions } from '../../hooks/useAdminActions';
import { useI18n } from '../../hooks/useI18n';
import type { MessageKey } from '../../i18n';
import { parts } from '../../parts';
import { DialogLoading } from '../shared/DialogLoading';
import { LazyBoundary } from '../shared/LazyBoundary';

/** While no backup can run, the question says a backup started now would fail, and why. */
function backupNowBody(overview: ConnectedOverview): MessageKey {
  switch (overview.health.pausedUntil) {
    case 'TOKEN_REPLACED':
      return 'backupNow.bodyPausedToken';
    case 'RECONNECTED':
      return 'backupNow.bodyPausedConnection';
    case null:
      return overview.schedule ? 'backupNow.bodyPlan' : 'backupNow.bodyDefault';
  }
}

/** While no backup can run, the fix that must come first: it is Backup now's way forward. */
function backupNowFix(overview: ConnectedOverview): AlertAction | null {
  switch (overview.health.pausedUntil) {
    case 'TOKEN_REPLACED':
      return 'UPDATE_TOKEN';
    case 'RECONNECTED':
      return 'RECONNECT';
    case null:
      return null;
  }
}

/** Whichever dialog an action opened; each one's code downloads the first time it opens. */
export function ActionDialogs({
  overview,
  actions,
  onFix,
}: {
  overview: ConnectedOverview;
  actions: AdminActions;
  /** Takes the admin to a fix (Update token, Reconnect), as the verdict's action does. */
  onFix: (action: AlertAction) => void;
}) {
  const { t } = useI18n();
  const { dialog, closeDialog } = actions;
  const fix = backupNowFix(overview);
  if (dialog === 'edit') {
    return (
      <LazyBoundary
        onRetry={parts.editSchedule.reset}
        onGiveUp={closeDialog}
        fallback={<DialogLoading />}
      >
        {() => (
          <parts.editSchedule.Component
            schedule={overview.schedule}
            version={overview.scheduleVersion}
            onSaved={actions.scheduleSaved}
            onStale={actions.rereadSchedule}
            onClose={closeDialog}
          />
        )}
      </LazyBoundary>
    );
  }
  if (dialog === null) return null;
  return (
    <LazyBoundary
      key={dialog}
      onRetry={parts.confirm.reset}
      onGiveUp={closeDialog}
      fallback={<DialogLoading />}
    >
      {() =>
        dialog === 'backupNow' ? (
          <parts.confirm.Component
            title={t('backupNow.title')}
            body={t(backupNowBody(overview))}
            confirmLabel={t(fix ? 'backupNow.confirmAnyway' : 'backupNow.confirm')}
            fix={
              fix
                ? {
                    label: t(`alertAction.${fix}`),
                    onClick: () => {
                      closeDialog();
                      onFix(fix);
                    },
                  }
                : undefined
            }
            failureTitle={t('backupNow.failed')}
            onConfirm={actions.startBackup}
            onClose={closeDialog}
          />
        ) : (
          <parts.confirm.Component
            title={t('more.title')}
            body={t('more.body')}
            confirmLabel={t('action.continue')}
            failureTitle={t('more.failed')}
            onConfirm={actions.continueToService}
            onClose={closeDialog}
          />
        )
      }
    </LazyBoundary>
  );
}
