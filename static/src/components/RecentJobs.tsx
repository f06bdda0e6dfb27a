import Heading from '@atlaskit/heading';
import type { BackupJob } from '../../../src/contract';
import { useI18n } from '../hooks/useI18n';
import { parts } from '../parts';
import { styles } from '../styles';
import { LazyBoundary } from './LazyBoundary';

/** The recent backups: the heading at once, the table as soon as its code has arrived. */
export function RecentJobs({ jobs }: { jobs: BackupJob[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="jobs-heading" style={styles.section}>
      <Heading size="medium" as="h2" id="jobs-heading">
        {t('jobs.heading')}
      </Heading>
      {/* Focusable, so keyboard users can scroll the table on a narrow screen. */}
      <div style={styles.scroller} tabIndex={0} role="group" aria-labelledby="jobs-heading">
        <LazyBoundary onRetry={parts.jobsTable.reset} fallback={<div aria-busy="true" />}>
          {() => <parts.jobsTable.Component jobs={jobs} />}
        </LazyBoundary>
      </div>
    </section>
  );
}
