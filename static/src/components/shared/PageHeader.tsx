import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../hooks/useI18n';

export interface HeaderActions {
  /** Absent where the schedule is not what the admin is looking at (the Settings tab). */
  onEdit?: () => void;
  onBackupNow: () => void;
  onMoreFeatures: () => void;
  /** Fetches a dialog's code while the pointer is on its way to the button. */
  onPrepare: (dialog: 'edit' | 'confirm') => void;
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
              <Button
                onClick={actions.onEdit}
                onMouseEnter={() => actions.onPrepare('edit')}
                onFocus={() => actions.onPrepare('edit')}
              >
                {t('action.edit')}
              </Button>
            ) : null}
            <Button
              appearance="primary"
              onClick={actions.onBackupNow}
              onMouseEnter={() => actions.onPrepare('confirm')}
              onFocus={() => actions.onPrepare('confirm')}
            >
              {t('action.backupNow')}
            </Button>
            <Button
              onClick={actions.onMoreFeatures}
              onMouseEnter={() => actions.onPrepare('confirm')}
              onFocus={() => actions.onPrepare('confirm')}
            >
              {t('action.moreFeatures')}
            </Button>
          </Inline>
        ) : null}
      </Inline>
    </Box>
  );
}
