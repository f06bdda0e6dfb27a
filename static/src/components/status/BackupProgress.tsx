import { Text } from '@atlaskit/primitives/compiled';
import ProgressBar from '@atlaskit/progress-bar';
import type { BackupJob } from '../../../../src/contract';
import { describeProgress } from '../../describe';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';

export function BackupProgress({ job }: { job: BackupJob }) {
  const { t } = useI18n();
  const done = job.projectsSucceeded + job.projectsFailed;
  const text = describeProgress(job, t);
  return (
    <div style={styles.progress}>
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
