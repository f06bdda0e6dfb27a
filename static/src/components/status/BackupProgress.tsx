import type { CSSProperties } from 'react';
import { Text } from '@atlaskit/primitives/compiled';
import ProgressBar from '@atlaskit/progress-bar';
import { token } from '@atlaskit/tokens';
import type { BackupJob } from '../../../../src/contract';
import { describeProgress } from '../../wording/describe';
import { useI18n } from '../../hooks/useI18n';

const progressStyles: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075', '6px'),
  maxWidth: '360px',
};

export function BackupProgress({ job }: { job: BackupJob }) {
  const { t } = useI18n();
  const done = job.projectsSucceeded + job.projectsFailed;
  const text = describeProgress(job, t);
  return (
    <div style={progressStyles}>
      {job.projectsTotal > 0 ? (
        <ProgressBar value={Math.min(1, done / job.projectsTotal)} ariaLabel={text} />
      ) : (
        <ProgressBar isIndeterminate ariaLabel={t('progress.label')} />
      )}
      <Text size="small" color="color.text.subtle">
        {text}
      </Text>
    </div>
  );
}
