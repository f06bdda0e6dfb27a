import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../hooks/useI18n';

export interface HeaderActions {
  /** Absent where the schedule is not what the admin is looking at (the Settings tab). */
  onEdit?: () => void;
  onBackupNow: () => void;
  /**
   * Whether Backup now is the page's primary action. Not while the page already offers the
   * first backup as its one primary action (right after setup).
   */
  backupNowPrimary: boolean;
  onMoreFeatures: () => void;
  /** Fetches a dialog's code while the pointer is on its way to the button. */
  onPrepare: (dialog: 'edit' | 'confirm') => void;
}

/** A header button that fetches its dialog's code as the pointer or the focus reaches it. */
function ActionButton({
  prepares,
  actions,
  onClick,
  appearance,
  children,
}: {
  prepares: 'edit' | 'confirm';
  actions: HeaderActions;
  onClick: () => void;
  appearance?: 'primary';
  children: string;
}) {
  return (
    <Button
      appearance={appearance}
      onClick={onClick}
      onMouseEnter={() => actions.onPrepare(prepares)}
      onFocus={() => actions.onPrepare(prepares)}
    >
      {children}
    </Button>
  );
}

export function PageHeader({ actions }: { actions?: HeaderActions }) {
  const { t } = useI18n();
  return (
    <Box as="header" paddingBlockEnd="space.300">
      <Inline space="space.200" alignBlock="center" spread="space-between" shouldWrap>
        <Heading size="large" as="h1">
          {t('app.name')}
        </Heading>
        {actions ? (
          <Inline role="group" aria-label={t('app.actions')} space="space.100" shouldWrap>
            {actions.onEdit ? (
              <ActionButton prepares="edit" actions={actions} onClick={actions.onEdit}>
                {t('action.edit')}
              </ActionButton>
            ) : null}
            <ActionButton
              prepares="confirm"
              actions={actions}
              onClick={actions.onBackupNow}
              appearance={actions.backupNowPrimary ? 'primary' : undefined}
            >
              {t('action.backupNow')}
            </ActionButton>
            <ActionButton prepares="confirm" actions={actions} onClick={actions.onMoreFeatures}>
              {t('action.moreFeatures')}
            </ActionButton>
          </Inline>
        ) : null}
      </Inline>
    </Box>
  );
}
