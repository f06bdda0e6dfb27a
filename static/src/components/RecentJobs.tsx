import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import type { BackupJob } from '../../../src/contract';
import { useI18n } from '../hooks/useI18n';
import { parts } from '../parts';
import { styles } from '../styles';
import { LazyBoundary } from './LazyBoundary';
import '../focus.css';

/**
 * Whether the box is narrower than what it holds: only then is it a tab stop, so a keyboard
 * can scroll the table on a narrow screen without an extra stop on a wide one.
 */
function useOverflows<T extends HTMLElement>(present: boolean) {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!present || !box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    // The box keeps its width when the table arrives or grows: watch the content as well.
    const resized = new ResizeObserver(measure);
    const changed = new MutationObserver(measure);
    resized.observe(box);
    changed.observe(box, { childList: true, subtree: true });
    measure();
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [present]);
  return { ref, overflows };
}

function NoJobs({ onFirstBackup }: { onFirstBackup?: () => void }) {
  const { t } = useI18n();
  if (!onFirstBackup) return <p style={styles.subtle}>{t('jobs.empty')}</p>;
  return (
    <div style={styles.emptyJobs}>
      <p style={{ ...styles.subtle, ...styles.text }}>{t('jobs.emptyAdmin')}</p>
      <div>
        <Button appearance="primary" onClick={onFirstBackup}>
          {t('jobs.firstBackup')}
        </Button>
      </div>
    </div>
  );
}

export interface RecentJobsProps {
  jobs: BackupJob[];
  /** Admins: an empty table offers the first backup. */
  onFirstBackup?: () => void;
}

/** The recent backups: the heading at once, the table as soon as its code has arrived. */
export function RecentJobs({ jobs, onFirstBackup }: RecentJobsProps) {
  const { t } = useI18n();
  const { ref, overflows } = useOverflows<HTMLDivElement>(jobs.length > 0);
  return (
    <section aria-labelledby="jobs-heading" style={styles.section}>
      <Heading size="medium" as="h2" id="jobs-heading">
        {t('jobs.heading')}
      </Heading>
      {jobs.length === 0 ? (
        <NoJobs onFirstBackup={onFirstBackup} />
      ) : (
        <div
          ref={ref}
          className="gp-focus-ring"
          style={styles.scroller}
          tabIndex={overflows ? 0 : undefined}
          role="group"
          aria-labelledby="jobs-heading"
        >
          <LazyBoundary onRetry={parts.jobsTable.reset} fallback={<div aria-busy="true" />}>
            {() => <parts.jobsTable.Component jobs={jobs} />}
          </LazyBoundary>
        </div>
      )}
    </section>
  );
}
