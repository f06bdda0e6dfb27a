import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { BackupStatus, JobOutcome } from '../../../../src/contract';
import { useI18n } from '../../hooks/useI18n';

const APPEARANCE: Record<BackupStatus | JobOutcome, ThemeAppearance> = {
  NEVER_RUN: 'default',
  NOT_STARTED: 'default',
  RUNNING: 'inprogress',
  SUCCEEDED: 'success',
  SUCCEEDED_WITH_WARNINGS: 'moved',
  FAILED: 'removed',
  CANCELED: 'default',
  PAUSED: 'removed',
};

export function StatusLozenge({ status }: { status: BackupStatus | JobOutcome }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={APPEARANCE[status]} isBold={status === 'FAILED' || status === 'PAUSED'}>
      {t(`status.${status}`)}
    </Lozenge>
  );
}
